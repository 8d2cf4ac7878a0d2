import { pageWeight } from './test/tools/page-weight.mjs';
const dir = process.argv[2];
for (const f of ['chapters/04-satisfaction/index.html','chapters/01-foundations/index.html', 'exam/01-foundations/index.html','exam/mock/index.html','review/index.html']) {
  try { const p = pageWeight(dir, dir + '/' + f); console.log(f, p.moduleScriptGz, p.onDemandScriptGz); } catch (e) { console.log(f, 'missing'); }
}
