/**
 * The course offline, as a learner on a train uses it: one visit to the home page while online,
 * then with the network gone every chapter, quiz and widget in both languages, an assignment's
 * link and its report, answers that
 * survive a reload, the offline badge, and the bilingual offline page for an address never stored.
 * The same under the /crm/ base path. Then an update: a changed build served on the same origin
 * while a quiz is half done, the prompt, the reload, and nothing lost.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { writeServiceWorker } from '../../src/integrations/serviceWorker.ts';
import { widgetIds, type WidgetId } from '../../src/widgets/registry.ts';
import { serveStatic } from '../tools/static-server.mjs';
import { testPort } from '../tools/test-server.mjs';
import { expect, retype, test, waitForIslands } from './fixtures.ts';
import { sampleAssignment, withSampleFragment } from './sampleAssignment.ts';

// Service workers are blocked in the other specs (playwright.config.ts); these tests need them.
test.use({ serviceWorkers: 'allow' });

/** Resolves once the service worker controls the page, which it does once it has precached the course. */
async function waitForWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

/** Focuses a widget's control once the widget has hydrated (inert until then), as a keyboard user would reach it. */
async function focusControl(page: Page, id: string): Promise<Locator> {
  const control = page.locator(`#${id}`);
  await control.scrollIntoViewIfNeeded();
  await page.waitForFunction((target) => {
    const element = document.getElementById(target);
    return element !== null && !element.closest('[inert]');
  }, id);
  await control.focus();
  return control;
}

/**
 * One small action per widget, on a chapter that has it, enough for the widget to count as
 * tried. Typed as a record of every widget id, and checked against the registry below, so a new
 * widget without an action here fails the type check and this test.
 */
const widgetActions: Record<WidgetId, { chapter: string; act: (page: Page) => Promise<void> }> = {
  ChurnCompounding: {
    chapter: '01-foundations',
    act: async (page) => {
      await focusControl(page, 'churn-churnRateB');
      await retype(page, '20');
    },
  },
  LifetimeValueCalculator: {
    chapter: '03-customer-value',
    act: async (page) => {
      await focusControl(page, 'clv-a-retention');
      await retype(page, '85');
    },
  },
  CustomerPyramidExplorer: {
    chapter: '03-customer-value',
    act: async (page) => {
      await focusControl(page, 'pyramid-platinum');
      await retype(page, '10');
    },
  },
  QueueSimulator: {
    chapter: '06-waiting',
    act: async (page) => {
      await focusControl(page, 'queue-preset-bank-lunch');
      await page.keyboard.press('ArrowDown');
    },
  },
  ComplaintRolePlay: {
    chapter: '07-complaints',
    act: async (page) => {
      await focusControl(page, 'roleplay-start-clothing-exchange');
      await page.keyboard.press('Enter');
    },
  },
  NpsCalculator: {
    chapter: '04-satisfaction',
    act: async (page) => {
      await focusControl(page, 'nps-a-promoters');
      await retype(page, '50');
    },
  },
  KanoClassifier: {
    chapter: '04-satisfaction',
    act: async (page) => {
      // The own-answers mode is code loaded on demand: it must come from the precache.
      await focusControl(page, 'kano-mode-sample');
      await page.keyboard.press('ArrowDown');
      await expect(page.locator('#kano-mode-own')).toBeChecked();
    },
  },
  ServqualGapScorer: {
    chapter: '04-satisfaction',
    act: async (page) => {
      await focusControl(page, 'sq-mode-gap');
      await page.keyboard.press('ArrowDown');
      await expect(page.locator('#sq-mode-zone')).toBeChecked();
    },
  },
  LoyaltyMatrix: {
    chapter: '05-loyalty',
    act: async (page) => {
      await focusControl(page, 'lm-place-true-loyalty');
      await page.keyboard.press('Enter');
    },
  },
  SatisfactionLoyaltyCurve: {
    chapter: '05-loyalty',
    act: async (page) => {
      await focusControl(page, 'curve-score1');
      await retype(page, '30');
    },
  },
  LoyaltyScorecard: {
    chapter: '05-loyalty',
    act: async (page) => {
      await focusControl(page, 'scorecard-mode-scorecard');
      await page.keyboard.press('ArrowDown');
      await expect(page.locator('#scorecard-mode-kpi')).toBeChecked();
    },
  },
  PipelineForecast: {
    chapter: '08-crm-systems',
    act: async (page) => {
      await focusControl(page, 'pipeline-proposal');
      await retype(page, '60');
    },
  },
  DataCleaning: {
    chapter: '08-crm-systems',
    act: async (page) => {
      // The matching rule is code loaded on demand: it must come from the precache.
      await focusControl(page, 'dc-rule-open');
      await page.keyboard.press('Enter');
      await focusControl(page, 'dc-rule-phone');
      await page.keyboard.press('Space');
      await expect(page.locator('#dc-rule-phone')).toBeChecked();
    },
  },
  CustomerLadder: {
    chapter: '01-foundations',
    act: async (page) => {
      await focusControl(page, 'cs-customer-ladder-laundry-number-choice');
      await page.keyboard.press('ArrowDown');
    },
  },
  BondLevels: {
    chapter: '02-relationship-marketing',
    act: async (page) => {
      await focusControl(page, 'cs-bond-levels-supermarket-points-choice');
      await page.keyboard.press('ArrowDown');
    },
  },
  RelationshipStages: {
    chapter: '02-relationship-marketing',
    act: async (page) => {
      await focusControl(page, 'cs-relationship-stages-group-chat-tip-choice');
      await page.keyboard.press('ArrowDown');
    },
  },
};

const triedKey = (chapter: string, widget: string) => `crm:widget:${chapter}:${widget}`;
const stored = (page: Page, key: string) => page.evaluate((name) => localStorage.getItem(name), key);

test('every widget in the registry has an offline action', () => {
  expect(Object.keys(widgetActions).sort()).toEqual([...widgetIds].sort());
});

test('after one visit, chapters, a quiz and every widget work offline in both languages', async ({ page, context }) => {
  // About a minute on an idle machine; more when the machine is shared with other work.
  test.setTimeout(150_000);
  await page.goto('/');
  await waitForWorker(page);
  await expect(page.locator('[data-connection-status]')).toBeEmpty();

  await context.setOffline(true);
  // The badge says so in words (and an icon), politely announced.
  const badge = page.getByRole('status').filter({ hasText: '离线' });
  await expect(badge).toHaveCount(1);
  await expect(badge.locator('svg')).toHaveCount(1);

  // A chapter never opened, in each language (the widgets below open six more, three in each).
  for (const [path, locale] of [
    ['/chapters/02-relationship-marketing/', 'zh-CN'],
    ['/en/chapters/02-relationship-marketing/', 'en'],
    // Exam practice and the mock exam, never opened either.
    ['/exam/01-foundations/', 'zh-CN'],
    ['/en/exam/mock/', 'en'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('[data-connection-status]')).toHaveText(locale === 'en' ? /Offline/ : /离线/);
  }

  // An assignment link never opened: its checklist, and a report made offline (its code loads on demand).
  await page.goto(await withSampleFragment('/en/assignment/'));
  await waitForIslands(page);
  await expect(page.locator('.assignment-task')).toHaveCount(sampleAssignment.tasks.length);
  await page.locator('#report-name').fill('Offline student');
  const [report] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Make my report' }).click(),
  ]);
  expect(report.suggestedFilename()).toBe('assignment-report-第三周作业：客户价值-Offline student.json');
  // An exercise's start, followed offline: the simulator opens at the theme park with two rides.
  await page.locator('.assignment-task').last().getByRole('link').click();
  await waitForIslands(page);
  await expect(page.locator('#queue-preset-theme-park-ride')).toBeChecked();
  await expect(page.locator('#queue-servers')).toHaveValue('2');

  // A quiz item, answered offline, is still there after a reload.
  await page.goto('/en/quizzes/01-foundations/');
  await waitForIslands(page);
  const single = page.locator('section.quiz-item').filter({ hasText: /How a client differs/i });
  await single.getByRole('radio', { name: /knows the client's name/ }).focus();
  await page.keyboard.press('Space');
  await single.getByRole('button', { name: 'Check answer' }).focus();
  await page.keyboard.press('Enter');
  await expect(single.locator('.quiz-verdict')).toHaveText('✓ Correct');
  await page.reload();
  await waitForIslands(page);
  await expect(single.locator('.quiz-verdict')).toHaveText('✓ Correct');
  await expect(single.getByRole('radio', { name: /knows the client's name/ })).toBeChecked();

  // Search works offline: its code, the WebAssembly and the index come from the precache.
  await page.keyboard.press('/');
  await page.locator('#site-search-field').fill('Erlang');
  await expect(page.locator('#site-search').getByRole('status')).toHaveText(/\d/, { timeout: 20_000 });
  const found = await page
    .locator('#site-search ol a')
    .evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href') ?? ''));
  expect(
    found.some((href) => /\/en\/chapters\/06-waiting\/#/.test(href)),
    found.join(' '),
  ).toBe(true);
  await page.keyboard.press('Escape');

  // Every widget once, each chapter in the other language from the one before; each widget saves its "tried" mark.
  const chapters = [...new Set(Object.values(widgetActions).map(({ chapter }) => chapter))];
  for (const [index, chapter] of chapters.entries()) {
    const english = index % 2 === 0;
    await page.goto(`${english ? '/en' : ''}/chapters/${chapter}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', english ? 'en' : 'zh-CN');
    for (const [widget, action] of Object.entries(widgetActions)) {
      if (action.chapter !== chapter) continue;
      await action.act(page);
      await expect.poll(() => stored(page, triedKey(chapter, widget)), `${widget} tried`).not.toBeNull();
    }
  }

  // Reloaded offline, the answers and marks are all still there, and the progress page counts them.
  await page.goto('/en/progress/');
  for (const [widget, { chapter }] of Object.entries(widgetActions))
    expect(await stored(page, triedKey(chapter, widget)), widget).not.toBeNull();
  await expect(page.locator('[data-persistence]')).toHaveAttribute('data-persistence', /granted|denied/);
  await expect(page.getByRole('heading', { name: 'Storage on this device' })).toBeVisible();

  // An address the course never stored: the bilingual offline page, not the browser's error.
  await page.goto('/en/chapters/no-such-chapter/');
  await expect(page.getByRole('heading', { name: '暂时无法打开这一页' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'This page cannot be opened right now' })).toBeVisible();

  // Back online, the badge goes.
  await context.setOffline(false);
  await expect(page.locator('[data-connection-status]')).toBeEmpty();
});

test.describe('without a worker', () => {
  // No worker here: one installing while the test cuts the network would log its failed downloads.
  test.use({ serviceWorkers: 'block' });

  test('the offline badge and the update prompt fit a phone without sideways scrolling @phone', async ({
    page,
    context,
  }) => {
    // A page without islands (the header is the same on every page): with no worker, a chapter's
    // widgets would fail to load once the network is cut, which is not what this test is about.
    // Settled first: a request still under way when the network is cut logs a failed load.
    await page.goto('/en/worksheets/01-foundations/', { waitUntil: 'networkidle' });
    await context.setOffline(true);
    await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
    // The prompt as the registration script shows it (a real update is tested below, on desktop).
    await page.evaluate(() => {
      const template = document.querySelector<HTMLTemplateElement>('template[data-update-template]')!;
      document.querySelector('[data-update-prompt]')!.append(template.content.cloneNode(true));
    });
    await expect(page.getByRole('button', { name: 'Reload to update' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      await page.evaluate(() => window.innerWidth),
    );
    await context.setOffline(false);
    await expect(page.locator('[data-connection-status]')).toBeEmpty();
  });
});

/** A second origin for the tests that swap what it serves (astro preview serves one folder). */
const swapPort = testPort + 1000;
const swapOrigin = `http://127.0.0.1:${swapPort}`;

test.describe('on an origin that changes what it serves', () => {
  test.describe.configure({ mode: 'serial' });
  test.use({ baseURL: swapOrigin });

  const site = { root: 'dist-base', base: '/crm/' };
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  let builds: string | undefined;

  test.beforeAll(async () => {
    server = await serveStatic(swapPort, site);
  });

  test.afterAll(async () => {
    await server?.close();
    if (builds) rmSync(builds, { recursive: true, force: true });
  });

  test('the /crm/ build works offline under its base path', async ({ page, context }) => {
    Object.assign(site, { root: 'dist-base', base: '/crm/' });
    await page.goto('/crm/');
    await waitForWorker(page);
    const scope = await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.scope));
    expect(scope).toBe(`${swapOrigin}/crm/`);
    await context.setOffline(true);
    await page.goto('/crm/en/chapters/03-customer-value/');
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('[data-connection-status]')).toHaveText(/Offline/);
    await page.goto('/crm/chapters/06-waiting/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.goto('/crm/en/not-a-page/');
    await expect(page.getByRole('heading', { name: 'This page cannot be opened right now' })).toBeVisible();
  });

  test('an update mid-quiz: the prompt, a reload, and the answers kept', async ({ page }) => {
    test.setTimeout(60_000);
    // Two builds of the course: the one built for the tests, and a copy changed in one page and
    // given a new worker by the same code the build runs (the change gives that page a new revision).
    builds = mkdtempSync(join(tmpdir(), 'crm-update-'));
    const first = join(builds, 'first');
    const second = join(builds, 'second');
    cpSync('dist', first, { recursive: true });
    cpSync('dist', second, { recursive: true });
    const quizFile = join(second, 'en/quizzes/01-foundations/index.html');
    writeFileSync(
      quizFile,
      readFileSync(quizFile, 'utf8').replace('</h1>', ' <small data-course-version="2">(v2)</small></h1>'),
    );
    await writeServiceWorker(second);
    expect(readFileSync(join(second, 'sw.js'), 'utf8')).not.toBe(readFileSync(join(first, 'sw.js'), 'utf8'));

    Object.assign(site, { root: first, base: '/' });
    await page.goto('/en/quizzes/01-foundations/');
    await waitForWorker(page);
    await waitForIslands(page);
    const single = page.locator('section.quiz-item').filter({ hasText: /How a client differs/i });
    await single.getByRole('radio', { name: /knows the client's name/ }).focus();
    await page.keyboard.press('Space');
    await single.getByRole('button', { name: 'Check answer' }).focus();
    await page.keyboard.press('Enter');
    await expect(single.locator('.quiz-verdict')).toHaveText('✓ Correct');
    // Half way through a test: one answer given (a test saves each answer as it is given), none submitted.
    const testMode = async () => {
      await page.getByRole('radio', { name: 'Practice' }).focus();
      await page.keyboard.press('ArrowRight');
      await expect(page.getByRole('radio', { name: 'Test' })).toBeChecked();
    };
    const trueFalse = page.locator('section.quiz-item').filter({ hasText: /person who pays for a product/ });
    await testMode();
    await trueFalse.getByRole('radio', { name: 'True' }).focus();
    await page.keyboard.press('Space');
    await expect(trueFalse.getByRole('radio', { name: 'True' })).toBeChecked();

    // The course is rebuilt and published; the browser checks for a new worker.
    site.root = second;
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of the course is ready.' });
    await expect(prompt).toBeVisible({ timeout: 20_000 });
    await prompt.getByRole('button', { name: 'Reload to update' }).focus();
    await page.keyboard.press('Enter');

    // The new version is on screen, and the answer is still there.
    await expect(page.locator('[data-course-version="2"]')).toBeVisible({ timeout: 20_000 });
    await waitForIslands(page);
    await expect(single.locator('.quiz-verdict')).toHaveText('✓ Correct');
    await expect(single.getByRole('radio', { name: /knows the client's name/ })).toBeChecked();
    await testMode();
    await expect(trueFalse.getByRole('radio', { name: 'True' })).toBeChecked();
    await expect(prompt).toHaveCount(0);
  });
});
