/**
 * `npm run scorm`, after `astro build`: packs the chapters' SCORM 1.2 packages again, from dist/,
 * into `dist-scorm/crm-<NN-slug>-<locale>.zip` (the build itself writes them into dist/scorm/ for
 * the instructor's page; src/integrations/scormPackages.ts holds the packing). Run with
 * `SITE_URL=https://…` (the public site's origin) to make links to pages a package lacks open the
 * public site in a new tab instead of becoming plain text. A build under BASE_PATH is read with
 * its base stripped. Exits non-zero, naming the page, when a page keeps a URL the package cannot serve.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packChapters } from '../src/integrations/scormPackages.ts';

const dist = process.env.OUT_DIR || 'dist';
const out = 'dist-scorm';

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}/: run \`astro build\` (npm run build) first, then npm run scorm.`);
  process.exit(1);
}

// The base the site was built under, from the first script URL of a chapter page (`/crm/_astro/…`).
const firstChapter = join(dist, 'chapters', readdirSync(join(dist, 'chapters'))[0] ?? '', 'index.html');
const base = /="((?:\/[^/"]+)*\/)_astro\//.exec(readFileSync(firstChapter, 'utf8'))?.[1] ?? '/';
const siteUrl = process.env.SITE_URL ? new URL(process.env.SITE_URL).origin : undefined;

const { packages, errors } = await packChapters({ siteDir: dist, outDir: out, base, siteUrl });
for (const { name, files, bytes } of packages)
  console.log(`${out}/${name}: ${files} files, ${bytes.toLocaleString('en')} bytes`);
for (const error of errors) console.error(error);
if (errors.length > 0) process.exit(1);
