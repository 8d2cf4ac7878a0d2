/**
 * The gradebook (issue #19), by keyboard alone, in both locales: report files made here as students
 * make them (buildReport) — three students, one of whom handed in twice, a damaged report and a
 * file that is not JSON — are chosen through the file input; the summary, the reasons, the table's
 * hand-computed scores and the CSV download are checked; a reload brings the class back and
 * clearing it (with its confirm step) empties it. A broken assignment link gets its reason in words
 * and the page still reads the reports; a good one shows the assignment first.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { assignmentFragment } from '../../src/lib/assignment/assignmentLink.ts';
import { buildReport } from '../../src/lib/assignment/assignmentReport.ts';
import { emptyProgress, type Progress } from '../../src/lib/progress/progressState.ts';
import type { Assignment } from '../../src/schemas/assignment.ts';
import type { StoredResponse } from '../../src/schemas/progress.ts';
import { expect, scrollTopForScan, tabTo, test } from './fixtures.ts';

const q1 = 'ch3-up-front-convention';
const q2 = 'ch3-margin-multiple';
const assignment: Assignment = {
  format: 'crm-assignment',
  version: 1,
  locale: 'en',
  title: 'Week 3',
  tasks: [
    { kind: 'read', chapter: '03-customer-value' },
    { kind: 'quiz', chapter: '03-customer-value', mode: 'practice', items: [q1, q2] },
    { kind: 'roleplay', scenario: 'lost-parcel' },
    { kind: 'exercise', chapter: '03-customer-value', widget: 'LifetimeValueCalculator' },
  ],
};

function answer(progress: Progress, id: string, score: number, response: StoredResponse) {
  progress.answers[id] = [{ id: `${id}-1`, at: 1_000, fingerprint: 'f', response, score, mode: 'practice' }];
}

function report(student: { name: string; number?: string }, fill: (p: Progress) => void, ms: number, madeAt: number) {
  const progress = emptyProgress();
  fill(progress);
  return buildReport({
    assignment,
    progress,
    quizItems: new Map(),
    chapterTime: { '03-customer-value': ms },
    chapters: ['03-customer-value'],
    student,
    locale: 'en',
    now: madeAt,
  });
}

const madeAt = Date.UTC(2026, 2, 1, 8, 0);
// Ada: both items right, 100 %; read, role-play "stays", exercise done; 20 minutes. Mean 100.
const ada = report(
  { name: 'Ada', number: 'S1' },
  (p) => {
    p.read['03-customer-value'] = 1_000;
    answer(p, q1, 1, { kind: 'single', choice: 'plus-m' });
    answer(p, q2, 1, { kind: 'numeric', value: 1.875 });
    p.roleplays['lost-parcel'] = { v: 2, at: 2_000, best: { ending: 'stays', at: 2_000 }, path: [] };
    p.widgets['03-customer-value:LifetimeValueCalculator'] = 3_000;
  },
  1_200_000,
  madeAt,
);
// Bo: both wrong ("Still ¥266.67…" and 4), 0 %; 1.5 minutes. An earlier report of Bo had q1 right.
const bo = report(
  { name: 'Bo', number: 'S2' },
  (p) => {
    answer(p, q1, 0, { kind: 'single', choice: 'same' });
    answer(p, q2, 0, { kind: 'numeric', value: 4 });
  },
  90_000,
  madeAt + 60_000,
);
const boEarlier = report(
  { name: 'Bo', number: 'S2' },
  (p) => answer(p, q1, 1, { kind: 'single', choice: 'plus-m' }),
  0,
  madeAt,
);
// Cy (no number): q1 wrong ("Still ¥266.67…"), q2 right: 50 %; role-play "leaves quietly". Mean 50.
const cy = report(
  { name: 'Cy' },
  (p) => {
    answer(p, q1, 0, { kind: 'single', choice: 'same' });
    answer(p, q2, 1, { kind: 'numeric', value: 1.875 });
    p.roleplays['lost-parcel'] = { v: 2, at: 2_000, best: { ending: 'leavesQuietly', at: 2_000 }, path: [] };
  },
  0,
  madeAt,
);

const json = (name: string, value: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(value)),
});
const files = [
  json('ada.json', ada),
  json('bo.json', bo),
  json('bo-earlier.json', boEarlier),
  json('cy.json', cy),
  json('damaged.json', { ...ada, student: { name: 'Ada Lovelace', number: 'S1' } }),
  { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a report') },
];

async function chooseFiles(page: Page) {
  await tabTo(page, 'gradebook-files');
  await page.locator('#gradebook-files').setInputFiles(files);
}

async function press(page: Page, id: string) {
  await tabTo(page, id);
  await page.keyboard.press('Enter');
}

test('an English gradebook reads the class, exports CSV, keeps it over a reload and clears it @phone', async ({
  page,
}) => {
  await page.goto('/en/gradebook/');
  await expect(page.getByText('Nothing is uploaded anywhere.')).toBeVisible();
  await chooseFiles(page);
  const widget = page.locator('.gradebook');
  const summary = '3 reports read; 2 files could not be read; 1 duplicate.';
  await expect(page.getByTestId('gradebook-summary')).toHaveText(summary);
  await expect(widget.getByRole('status')).toContainText(summary);
  const bad = page.getByTestId('gradebook-bad');
  await expect(bad).toContainText('damaged.json: The checksum does not match');
  await expect(bad).toContainText('notes.txt: This is not a JSON file');
  await expect(page.getByTestId('gradebook-superseded')).toContainText(
    'bo-earlier.json: an earlier report of Bo, replaced by bo.json',
  );

  const rows = page.getByTestId('gradebook-table').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0).locator('th')).toContainText('Ada');
  await expect(rows.nth(0)).toContainText('Done · 100%');
  await expect(rows.nth(0)).toContainText('Done · the customer stays');
  await expect(rows.nth(0).locator('td').nth(5)).toHaveText('20');
  await expect(rows.nth(1)).toContainText('Done · 0%');
  await expect(rows.nth(1).locator('td').last()).toHaveText('0%');
  await expect(rows.nth(2)).toContainText('Done · 50%');
  await expect(rows.nth(2).locator('td').last()).toHaveText('50%');
  await expect(page.getByTestId('gradebook-table').locator('thead')).toContainText('Ch. 3 quiz, 2 items (practice)');
  // q1 wrong twice, both "Still ¥266.67…": 2 of its 2 wrong answers.
  await expect(page.getByTestId('gradebook-wrong')).toContainText(
    '“Still ¥266.67; the convention makes no difference”, 2 of its 2 wrong answers (100%)',
  );
  // q1: 1, 0, 0 → 33.3 %; q2: 1, 0, 1 → 66.7 %: q1 first.
  await expect(page.getByTestId('gradebook-hardest').locator('li').first()).toContainText('mean 33.3%, 3 answered');

  const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'gradebook-export')]);
  expect(download.suggestedFilename()).toBe('Week 3.csv');
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(
    csv.startsWith(
      '\uFEFFName,Student number,Report made,Read ch. 3: done,Read ch. 3: score,"Ch. 3 quiz, 2 items (practice): done"',
    ),
  ).toBe(true);
  const lines = csv.split('\r\n');
  expect(lines).toHaveLength(5);
  expect(lines[1]).toBe('Ada,S1,2026-03-01T08:00:00.000Z,yes,,yes,100,yes,,the customer stays,yes,,20,100');
  expect(lines[3]).toBe('Cy,,2026-03-01T08:00:00.000Z,no,,yes,50,yes,,the customer leaves quietly,no,,0,50');

  await page.reload();
  await expect(page.getByTestId('gradebook-kept')).toContainText(
    'The class kept on this device was restored (4 reports',
  );
  await expect(page.getByTestId('gradebook-summary')).toHaveText('3 reports read; 1 duplicate.');
  await expect(rows).toHaveCount(3);

  await press(page, 'gradebook-clear');
  await expect(widget.getByRole('alert')).toHaveText('Clear it? You would need to choose the report files again.');
  await press(page, 'gradebook-clear-yes');
  await expect(page.getByTestId('gradebook-kept')).toHaveText('The class was cleared from this device.');
  await expect(page.getByTestId('gradebook-table')).toHaveCount(0);
  await expect(page.locator('#gradebook-files')).toBeFocused();
  await page.reload();
  await expect(page.getByTestId('gradebook-summary')).toHaveCount(0);
  await expect(page.getByTestId('gradebook-kept')).toHaveCount(0);
});

test('the Chinese gradebook reads the class and exports a CSV with Chinese headers @phone', async ({ page }) => {
  await page.goto('/gradebook/');
  await expect(page.getByText('所有文件只在这个浏览器里读取，不会上传到任何地方。')).toBeVisible();
  await chooseFiles(page);
  await expect(page.getByTestId('gradebook-summary')).toHaveText('读到 3 份报告；2 个文件读不了；1 份重复提交。');
  const bad = page.getByTestId('gradebook-bad');
  await expect(bad).toContainText('damaged.json：校验码对不上');
  await expect(bad).toContainText('notes.txt：不是 JSON 文件');
  const rows = page.getByTestId('gradebook-table').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('完成 · 100%');
  await expect(rows.nth(0)).toContainText('顾客留下了');
  await expect(rows.nth(2).locator('td').last()).toHaveText('50%');

  const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'gradebook-export')]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.startsWith('\uFEFF姓名,学号,报告生成时间,阅读第 3 章：完成,阅读第 3 章：得分,')).toBe(true);
  expect(csv.split('\r\n')[2]).toBe('Bo,S2,2026-03-01T08:01:00.000Z,否,,是,0,否,,,否,,1.5,0');
});

test('a broken assignment link is named in words and the page still reads the reports', async ({ page }) => {
  await page.goto('/en/gradebook/#a1.not-a-real-link!');
  await expect(page.locator('.gradebook .field-problem')).toContainText(
    'The assignment in the link could not be read: The link is damaged',
  );
  await chooseFiles(page);
  await expect(page.getByTestId('gradebook-summary')).toHaveText(
    '3 reports read; 2 files could not be read; 1 duplicate.',
  );
});

test('an assignment link shows the assignment and its tasks first', async ({ page }) => {
  await page.goto(`/en/gradebook/#${await assignmentFragment(assignment)}`);
  await expect(page.getByRole('heading', { name: 'Assignment: Week 3' })).toBeVisible();
  await expect(page.locator('.gradebook-assignment li')).toHaveText([
    'Read ch. 3',
    'Ch. 3 quiz, 2 items (practice)',
    /^Role-play: /,
    /\(ch\. 3\)$/,
  ]);
});

test('a loaded class has no axe violations, in either theme, and fits a 320 px phone', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/gradebook/');
  await chooseFiles(page);
  await expect(page.getByTestId('gradebook-wrong')).toBeVisible();
  await scrollTopForScan(page);
  const scan = async (axe: AxeBuilder) => (await axe.analyze()).violations.map((v) => `${v.id}: ${v.nodes.length}`);
  expect(
    await scan(new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])),
  ).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await scan(new AxeBuilder({ page }).withRules(['color-contrast']))).toEqual([]);
  await page.setViewportSize({ width: 320, height: 800 });
  // The wide table scrolls inside its own box; the page itself never sideways.
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
    .toBeLessThanOrEqual(0);
});
