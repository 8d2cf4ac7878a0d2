/**
 * Chapter 1's SCORM 1.2 package (built by `npm run scorm`, which npm test runs after the build)
 * inside a real LMS-side runtime: scorm-again's Scorm12API on a parent page of a made-up LMS
 * origin, the package's launch page in a frame, as Moodle or Canvas show it. A learner starts the
 * quiz in test mode, leaves; the LMS keeps what the package committed and, on the next launch (on
 * another device: nothing of the course left in storage), hands it back; the learner finds the
 * answers again, finishes on the quiz page and submits; the status, score and suspend data the
 * runtime then holds are checked against hand values. Opened without an LMS, the same package
 * works as the site does.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { FrameLocator, Page } from '@playwright/test';

/** Where the package's page is: the LMS's frame, or the top of the page outside an LMS. */
type Scope = FrameLocator | Page;
import { unzipSync } from 'fflate';
import { decodeSuspendData } from '../../src/lib/scorm/suspendData.ts';
import { expect, test } from './fixtures.ts';

const lms = 'http://lms.test';
test.use({ baseURL: lms });

type Locale = 'zh-cn' | 'en';
const unzipped = new Map<string, Record<string, Uint8Array>>();
/** A chapter's package, unzipped once per test worker. */
function packageOf(locale: Locale, slug = '01-foundations') {
  const zip = `dist-scorm/crm-${slug}-${locale}.zip`;
  if (!unzipped.has(zip)) {
    if (!existsSync(zip)) throw new Error(`${zip} is missing: run npm run scorm after the build (npm test does).`);
    unzipped.set(zip, unzipSync(readFileSync(zip)));
  }
  return unzipped.get(zip)!;
}

const types = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript',
  svg: 'image/svg+xml',
  png: 'image/png',
  xml: 'application/xml',
  xsd: 'application/xml',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
} as Record<string, string> & { html: string; js: string };
const runtime = readFileSync('node_modules/scorm-again/dist/scorm12.js', 'utf8');

/**
 * The LMS's launch page: a runtime loaded with what the LMS stored from the last sitting (the
 * mastery score of the manifest, the suspend data, status and score), and the package in a frame.
 * `?other-device` first clears the course's records, as a second device would have none.
 */
function launchPage(launch: string, masteryScore: string) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<script src="/lms/scorm12.js"></script>
<script>
  if (new URLSearchParams(location.search).has('other-device'))
    for (const key of Object.keys(localStorage)) if (key.startsWith('crm:')) localStorage.removeItem(key);
  const stored = JSON.parse(localStorage.getItem('lms-record') || '{}');
  window.API = new Scorm12API({ logLevel: 5, autocommit: false });
  window.API.loadFromJSON({ ...stored, student_data: { mastery_score: ${JSON.stringify(masteryScore)} } });
  // What an LMS keeps between sittings, read as it would send it (exit and session time are write-only to the package).
  const stateNow = () => window.API.renderCMIToJSONObject().cmi;
  const keep = () => {
    const { core, suspend_data } = stateNow();
    const kept = { core: { lesson_status: core.lesson_status } };
    if (core.score.raw !== '') kept.core.score = core.score;
    if (core.exit === 'suspend') kept.core.entry = 'resume';
    if (suspend_data) kept.suspend_data = suspend_data;
    localStorage.setItem('lms-record', JSON.stringify(kept));
    window.commits = (window.commits || 0) + 1;
  };
  window.API.on('LMSCommit', keep);
  window.API.on('LMSFinish', () => {
    const { core } = stateNow();
    localStorage.setItem('lms-finished', JSON.stringify({ exit: core.exit, time: core.session_time }));
  });
</script></head><body><iframe id="sco" title="Course" src="${launch}" style="width: 100%; height: 90vh"></iframe></body></html>`;
}

/** Serves the LMS page, the runtime and the unzipped package of a chapter from memory; `missing` collects what the package lacked. */
async function serveLms(page: Page, locale: Locale, slug?: string, missing: string[] = []) {
  const files = packageOf(locale, slug);
  const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
  const launch = /adlcp:scormtype="sco" href="([^"]+)"/.exec(manifest)![1]!;
  const masteryScore = /<adlcp:masteryscore>(\d+)<\/adlcp:masteryscore>/.exec(manifest)![1]!;
  await page.route(`${lms}/**`, async (route) => {
    const { pathname, searchParams } = new URL(route.request().url());
    // ?page=… launches another page of the package, as if the learner had followed a link to it.
    if (pathname === '/lms/launch.html')
      return route.fulfill({
        contentType: types.html,
        body: launchPage(`/content/${searchParams.get('page') ?? launch}`, masteryScore),
      });
    if (pathname === '/lms/scorm12.js') return route.fulfill({ contentType: types.js, body: runtime });
    const file = pathname.startsWith('/content/')
      ? files[decodeURIComponent(pathname.slice('/content/'.length))]
      : undefined;
    if (!file) {
      missing.push(pathname);
      return route.fulfill({ status: 404, body: 'not in the package' });
    }
    return route.fulfill({
      contentType: types[pathname.split('.').pop()!] ?? 'application/octet-stream',
      body: Buffer.from(file),
    });
  });
  return { launch };
}

/** The course's records in suspend data (key → record), decoded as the adapter decodes them at the next launch. */
function recordsIn(suspend: string) {
  const decoded = decodeSuspendData(suspend, { slug: '01-foundations', scenarioIds: [] });
  const records = decoded.ok ? decoded.records : {};
  const ofKind = (kind: string) =>
    Object.fromEntries(
      Object.entries(records)
        .filter(([key]) => key.startsWith(`${kind}:`))
        .map(([key, text]) => [key.split(':').at(-1)!, JSON.parse(text)]),
    );
  return { answers: ofKind('item'), tests: ofKind('test'), drafts: ofKind('draft') };
}

const cmi = (page: Page, element: string) =>
  page.evaluate(
    (path) => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], window.API),
    element,
  );

declare global {
  interface Window {
    API: Record<string, unknown>;
  }
}

const words = {
  'zh-cn': {
    practice: '练习',
    test: '测试',
    single: /知道客户的姓名/,
    false: '错',
    true: '对',
    answered: (n: number) => `已答 ${n} 题，共 15 题`,
    submit: '交卷',
    anyway: '仍然交卷',
    standalone: '在单独页面上做这份测验',
  },
  en: {
    practice: 'Practice',
    test: 'Test',
    single: /knows the client's name/,
    false: 'False',
    true: 'True',
    answered: (n: number) => `${n} of 15 answered`,
    submit: 'Submit',
    anyway: 'Submit anyway',
    standalone: 'Take this quiz on its own page',
  },
};

/** An item's section: `t-` in test mode, `q-` in practice. */
const item = (frame: Scope, id: string, mode: 't' | 'q' = 't') =>
  frame.locator(`section[aria-labelledby="${mode}-${id}"]`);

/** Waits for the quiz island to hydrate (it waits to be near the view, so it is scrolled to first). */
async function quizReady(frame: Scope) {
  const island = frame.locator('astro-island[component-url*="Quiz."]');
  // Hydration replaces the server-rendered items, so a scroll that lands in the middle of it is retried.
  await expect(async () => {
    await island.locator('section.quiz-item').first().scrollIntoViewIfNeeded({ timeout: 2000 });
    await expect(island).not.toHaveAttribute('ssr', { timeout: 2000 });
  }).toPass();
}

/** Test mode, by keyboard: the arrow key moves the mode radio group from practice to test. */
async function chooseTestMode(page: Page, frame: Scope, locale: Locale) {
  await frame.getByRole('radio', { name: words[locale].practice, exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(frame.getByRole('radio', { name: words[locale].test, exact: true })).toBeChecked();
}

/** Checks the radio whose label matches, by keyboard (Space on the first, arrows to the rest). */
async function pickRadio(page: Page, frame: Scope, id: string, name: RegExp | string, mode: 't' | 'q' = 't') {
  const radios = item(frame, id, mode).getByRole('radio');
  const labels = await radios.evaluateAll((elements) =>
    elements.map((element) => element.closest('label')?.textContent ?? ''),
  );
  const target = labels.findIndex((text) => (typeof name === 'string' ? text === name : name.test(text)));
  expect(target, `a radio named ${name} in ${JSON.stringify(labels)}`).toBeGreaterThanOrEqual(0);
  await radios.first().focus();
  if (target === 0) await page.keyboard.press('Space');
  for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
  await expect(radios.nth(target)).toBeChecked();
}

/** The runtime's commit count, to wait for the adapter's next report. */
const commits = (page: Page) => page.evaluate(() => (window as unknown as { commits?: number }).commits ?? 0);

for (const locale of ['zh-cn', 'en'] as const) {
  const w = words[locale];
  test(`@phone the ${locale} package resumes a test from the LMS and reports its score and status`, async ({
    page,
  }) => {
    await serveLms(page, locale);
    await page.goto('/lms/launch.html');
    const frame = page.frameLocator('#sco');
    await quizReady(frame);
    await chooseTestMode(page, frame, locale);
    await pickRadio(page, frame, 'ch1-client-definition', w.single); // right
    await pickRadio(page, frame, 'ch1-payer-consumer', w.true); // wrong: the payer is not always the consumer
    await expect(frame.getByText(w.answered(2))).toBeVisible();

    // The adapter reports within its 2 s poll: the two drafts, and "incomplete" until a test is submitted.
    await expect
      .poll(async () => Object.keys(recordsIn(String(await cmi(page, 'cmi.suspend_data'))).drafts), {
        timeout: 10_000,
      })
      .toEqual(['ch1-client-definition', 'ch1-payer-consumer']);
    expect(await cmi(page, 'cmi.core.lesson_status')).toBe('incomplete');
    expect(await cmi(page, 'cmi.core.score.raw')).toBe('');

    // Another sitting on another device: the LMS hands back what it stored.
    await page.goto('/lms/launch.html?other-device');
    const finished = await page.evaluate(() => JSON.parse(localStorage.getItem('lms-finished') ?? 'null'));
    expect(finished?.exit).toBe('suspend');
    expect(finished?.time).toMatch(/^\d+:\d{2}:\d{2}/);
    expect(await cmi(page, 'cmi.core.entry')).toBe('resume');
    await quizReady(frame);
    await chooseTestMode(page, frame, locale);
    await expect(frame.getByText(w.answered(2))).toBeVisible();
    await expect(item(frame, 'ch1-client-definition').getByRole('radio', { name: w.single })).toBeChecked();

    // On to the quiz's own page, in the same LMS session.
    const link = frame.getByRole('link', { name: w.standalone });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(frame.locator('h1')).toContainText(locale === 'en' ? 'quiz' : '测验');
    await quizReady(frame);
    await chooseTestMode(page, frame, locale);
    await expect(frame.getByText(w.answered(2))).toBeVisible();

    let right = 1;
    if (locale === 'en') {
      // Eleven more answers, all right, so this learner passes.
      await pickRadio(page, frame, 'ch1-missing-layer', /^Process/);
      await pickRadio(page, frame, 'ch1-five-times', /^As a rule of thumb/);
      await pickRadio(page, frame, 'ch1-internal-customer', /^The production department/);
      await pickRadio(page, frame, 'ch1-retention-claim', 'False');
      const pairs: Record<string, Record<string, string>> = {
        'ch1-terms-match': { customer: 'receives', consumer: 'uses', client: 'known' },
        'ch1-layers-sort': {
          asset: 'philosophy',
          kpi: 'process',
          manager: 'process',
          'merged-data': 'technology',
          reminders: 'technology',
        },
        'ch1-value-capacity': {
          'first-day': 'lighthouse',
          'after-friends': 'follower',
          comparison: 'rational',
          coupon: 'profit-seeking',
        },
      };
      for (const [id, placements] of Object.entries(pairs))
        for (const [left, right] of Object.entries(placements))
          await frame.locator(`#t-${id}-${left}`).selectOption(right);
      const typed: Record<string, string> = {
        'ch1-churn-year-two': '1098',
        'ch1-average-lifetime': '12.5',
        'ch1-churn-rate': '15%',
        'ch1-advocate-term': 'advocate',
      };
      for (const [id, text] of Object.entries(typed)) await item(frame, id).getByRole('textbox').fill(text);
      await expect(frame.getByText(w.answered(15 - 2))).toBeVisible();
      right = 12;
    }
    const before = await commits(page);
    await frame.getByRole('button', { name: w.submit, exact: true }).focus();
    await page.keyboard.press('Enter');
    await frame.getByRole('button', { name: w.anyway }).focus();
    await page.keyboard.press('Enter');
    await expect(frame.locator('.quiz-test-result .widget-result')).toContainText(
      locale === 'en' ? `Score ${right} of 15 (80%)` : `得分 ${right} / 15（6.7%）`,
    );

    // Hand values: 1 of 15 right is 6.666…% → 6.67, below the mastery score of 60: failed;
    // 12 of 15 is 80%: passed.
    await expect.poll(() => commits(page), { timeout: 10_000 }).toBeGreaterThan(before);
    await expect.poll(() => cmi(page, 'cmi.core.score.raw')).toBe(right === 1 ? '6.67' : '80');
    expect(await cmi(page, 'cmi.core.score.min')).toBe('0');
    expect(await cmi(page, 'cmi.core.score.max')).toBe('100');
    expect(await cmi(page, 'cmi.core.lesson_status')).toBe(right === 1 ? 'failed' : 'passed');
    const suspend = String(await cmi(page, 'cmi.suspend_data'));
    expect(suspend.length).toBeLessThanOrEqual(4096);
    // The records, read back as the next sitting will: each item's latest answer, the submitted test with its score, no drafts left.
    const { answers, tests, drafts } = recordsIn(suspend);
    expect(Object.keys(answers)).toHaveLength(right === 1 ? 2 : 13);
    expect(answers['ch1-client-definition'].attempts[0].score).toBe(1);
    expect(answers['ch1-payer-consumer'].attempts[0].response).toEqual({ kind: 'trueFalse', choice: true });
    expect(answers['ch1-payer-consumer'].attempts[0].score).toBe(0);
    const [submitted] = Object.values(tests);
    expect(submitted.score).toBeCloseTo(right / 15, 10);
    expect(drafts).toEqual({});
  });
}

test('@phone the package opened without an LMS works as the site does', async ({ page }) => {
  await serveLms(page, 'en');
  await page.goto('/content/en/chapters/01-foundations/index.html');
  const frame = page;
  await quizReady(frame);
  await pickRadio(page, frame, 'ch1-client-definition', /knows the client's name/, 'q');
  await item(frame, 'ch1-client-definition', 'q').getByRole('button', { name: 'Check answer' }).focus();
  await page.keyboard.press('Enter');
  await expect(item(frame, 'ch1-client-definition', 'q').locator('.quiz-verdict')).toHaveText('✓ Correct');
  // The adapter found no API and did nothing: no session clock, no notice; the answer is kept as on the site.
  expect(await page.evaluate(() => sessionStorage.getItem('crm-scorm-started'))).toBeNull();
  await expect(page.locator('[data-scorm-notice]')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('crm:item:ch1-client-definition'))).toContain('"score":1');
  // Links to pages the package lacks are plain text, and the page's own links stay inside it.
  expect(await page.locator('a[href^="/"]').count()).toBe(0);
});

for (const [locale, notice] of [
  ['zh-cn', /平台没能全部保存下来。你的进度仍然完整地保存在这台设备上/],
  ['en', /the platform could not keep all of it\. Your progress is still saved in full on this device/],
] as const) {
  test(`@phone the ${locale} package says so when the LMS cannot keep all of the progress`, async ({ page }) => {
    await serveLms(page, locale);
    // 200 test answers of 500 characters each, far past the LMS's 4,096 (no quiz has so many items).
    await page.addInitScript(() => {
      if (window.top !== window) return;
      for (let n = 0; n < 200; n++)
        localStorage.setItem(
          `crm:draft:ch1-long-${n}`,
          JSON.stringify({ v: 2, at: Date.now(), input: { kind: 'text', text: '长'.repeat(500) } }),
        );
    });
    await page.goto('/lms/launch.html');
    const frame = page.frameLocator('#sco');
    await expect(frame.getByRole('alert').filter({ hasText: notice })).toBeVisible();
    // The LMS still hears the status; it is told nothing it could not keep.
    await expect.poll(() => cmi(page, 'cmi.core.lesson_status')).toBe('incomplete');
    expect(await cmi(page, 'cmi.suspend_data')).toBe('');
  });
}

const slugs = readdirSync('content/chapters/en').map((file) => file.replace(/\.mdx$/, ''));
for (const slug of slugs) {
  test(`the ${slug} package holds everything its two pages load, with every widget working in the LMS frame`, async ({
    page,
  }) => {
    const missing: string[] = [];
    const { launch } = await serveLms(page, 'en', slug, missing);
    for (const path of [launch, launch.replace('/chapters/', '/quizzes/')]) {
      await page.goto(`/lms/launch.html?page=${encodeURIComponent(path)}`);
      const frame = page.frameLocator('#sco');
      await expect(frame.locator('h1')).toBeVisible();
      // Each island hydrates as it comes near the view: walk down to every one.
      const islands = frame.locator('astro-island');
      for (let index = 0; index < (await islands.count()); index++) {
        const island = islands.nth(index);
        await expect(async () => {
          await island.locator('*').first().scrollIntoViewIfNeeded({ timeout: 2000 });
          await expect(island).not.toHaveAttribute('ssr', { timeout: 2000 });
        }).toPass();
      }
      // The adapter reports from either page.
      await expect.poll(() => cmi(page, 'cmi.core.lesson_status')).toBe('incomplete');
    }
    expect(missing).toEqual([]);
  });
}
