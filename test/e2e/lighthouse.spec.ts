/**
 * Lighthouse gates (mobile, simulated throttling calibrated to a mid-tier phone, median of three
 * runs) on the home page, the chapter with the most widgets and, while there is one, a chapter
 * without widgets: accessibility, best practices and SEO must score 100, performance at least 90,
 * and the audits of the former PWA category that this Lighthouse still runs must pass (or not apply).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { audit, pwaAudits } from '../tools/lighthouse.mjs';
import { htmlFiles } from '../tools/page-weight.mjs';

const islandCount = (file: string) => (readFileSync(file, 'utf8').match(/<astro-island/g) ?? []).length;
const urlOf = (file: string) => '/' + file.replace(/^dist\//, '').replace(/index\.html$/, '');

const chapters = htmlFiles('dist')
  .filter((file) => /^dist\/chapters\/[^/]+\/index\.html$/.test(file))
  .map((file) => ({ url: urlOf(file), islands: islandCount(file) }))
  .sort((a, b) => b.islands - a.islands);

const pages = [
  { name: 'home', url: '/' },
  ...chapters.slice(0, 1).map(({ url }) => ({ name: 'the chapter with the most widgets', url })),
  ...chapters
    .filter((chapter) => chapter.islands === 0)
    .slice(0, 1)
    .map(({ url }) => ({ name: 'a chapter without widgets', url })),
];

for (const { name, url } of pages) {
  test(`Lighthouse: ${name} (${url})`, async ({ baseURL }) => {
    const { scores, failing, slowdowns, audits } = await audit(new URL(url, baseURL).href);
    console.log(
      `${url}: ${JSON.stringify(scores)} at CPU slowdown ${slowdowns.join(', ')}` +
        (failing.length ? `; below 90: ${failing.join(', ')}` : ''),
    );
    expect.soft(scores['accessibility'], 'accessibility').toBe(100);
    expect.soft(scores['best-practices'], 'best practices').toBe(100);
    expect.soft(scores['seo'], 'SEO').toBe(100);
    expect.soft(scores['performance'], 'performance').toBeGreaterThanOrEqual(90);
    for (const id of pwaAudits) {
      expect.soft(id in audits, `${id} was run`).toBe(true);
      expect.soft([1, null], `${id}: ${audits[id]}`).toContain(audits[id]);
    }
  });
}
