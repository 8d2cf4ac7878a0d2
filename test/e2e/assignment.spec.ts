/**
 * A student's assignment (issue #19): opened from a link, its checklist follows the work done on
 * this device (live, from another tab too), and the completion report is a file the gradebook's
 * reader accepts, with its summary to copy; a broken or foreign link gets its problem in words, in
 * both languages; the chapter pages count the time spent on them, pauses capped.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { assignmentFragment } from '../../src/lib/assignment/assignmentLink.ts';
import { readReport } from '../../src/lib/assignment/readReport.ts';
import type { Assignment } from '../../src/schemas/assignment.ts';
import { expect, retype, tabTo, test, waitForIslands } from './fixtures.ts';

const week3: Assignment = {
  format: 'crm-assignment',
  version: 1,
  locale: 'zh-cn',
  title: '第三周作业：客户价值',
  due: '2026-12-14',
  instructions: '周一上课前完成。',
  tasks: [
    { kind: 'read', chapter: '03-customer-value' },
    {
      kind: 'quiz',
      chapter: '03-customer-value',
      mode: 'practice',
      items: ['ch3-margin-multiple', 'ch3-up-front-convention'],
    },
    { kind: 'roleplay', scenario: 'lost-parcel' },
    { kind: 'exercise', chapter: '01-foundations', widget: 'ChurnCompounding' },
  ],
};

/** Three of the four tasks done, as the store writes them: chapter 3 read, both chosen items answered (1 and 0), a role-play ended. */
async function seedWork(page: Page) {
  await page.evaluate(() => {
    const at = Date.UTC(2026, 11, 10, 2, 0);
    const attempt = (score: number) => ({
      v: 2,
      attempts: [
        { id: `a${score}`, at, fingerprint: 'f', response: { kind: 'single', choice: 'b' }, score, mode: 'practice' },
      ],
    });
    localStorage.setItem('crm:read:03-customer-value', JSON.stringify({ v: 2, at }));
    localStorage.setItem('crm:item:ch3-margin-multiple', JSON.stringify(attempt(1)));
    localStorage.setItem('crm:item:ch3-up-front-convention', JSON.stringify(attempt(0)));
    localStorage.setItem(
      'crm:roleplay:lost-parcel',
      JSON.stringify({ v: 2, at, best: { ending: 'stays', at }, path: [] }),
    );
  });
}

test('a student follows the checklist, then hands in a report the gradebook can read @phone', async ({
  page,
  context,
}) => {
  const fragment = await assignmentFragment(week3);
  await page.goto(`/assignment/#${fragment}`);
  await waitForIslands(page);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('第三周作业：客户价值');
  await expect(page.getByText('截止日期：2026年12月14日')).toBeVisible();
  await expect(page.locator('.assignment-progress')).toContainText('已完成 0 / 4 项');

  await seedWork(page);
  await page.reload();
  await waitForIslands(page);
  await expect(page.locator('.assignment-progress')).toContainText('已完成 3 / 4 项');
  const tasks = page.locator('.assignment-task');
  await expect(tasks.nth(1)).toContainText('第 3 章测验，练习模式');
  // (1 + 0) / 2 chosen items.
  await expect(tasks.nth(1).locator('.assignment-task-state')).toHaveText(/^已于 2026年12月10日 \S+ 完成；得分 50%$/);
  await expect(tasks.nth(2)).toContainText('达到过的最好结局：顾客留下了');
  await expect(tasks.nth(3).locator('.assignment-task-state')).toHaveText('未完成');

  // The last task, done in another tab, shows up here without a reload.
  const chapter = await context.newPage();
  await chapter.goto((await tasks.nth(3).getByRole('link').getAttribute('href'))!);
  await waitForIslands(chapter);
  await tabTo(chapter, 'churn-churnRateA');
  await retype(chapter, '15');
  await expect(page.locator('.assignment-progress')).toContainText('已完成 4 / 4 项');
  await chapter.close();

  // A report needs a name; the message says so and the focus goes to the field.
  await tabTo(page, 'report-number');
  await page.keyboard.type(' 2024001 ');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '生成报告' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('请先填写姓名：老师要靠它把报告对应到你。');
  await expect(page.locator('#report-name')).toBeFocused();
  await page.keyboard.type('王小明');
  await tabTo(page, 'report-number');
  await page.keyboard.press('Tab');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe('作业报告-第三周作业：客户价值-王小明.json');
  const reading = readReport(readFileSync(await download.path(), 'utf8'));
  if (!reading.ok) throw new Error(`the report did not read back: ${JSON.stringify(reading.problem)}`);
  const { report } = reading;
  expect(report.student).toEqual({ name: '王小明', number: '2024001' });
  expect(report.tasks.map((task) => task.done)).toEqual([true, true, true, true]);
  expect(report.tasks[1]!.score).toBe(0.5);
  expect(report.tasks[2]!.ending).toBe('stays');
  expect(Object.keys(report.time)).toEqual(['01-foundations', '03-customer-value', '07-complaints']);

  const summary = page.getByLabel('报告摘要（可直接复制）');
  await expect(summary).toHaveValue(/^作业：第三周作业：客户价值\n学生：王小明（学号 2024001）\n/);
  await expect(summary).toHaveValue(/完成：4 \/ 4 项/);
  await expect(summary).toHaveValue(/\n2\. 第 3 章测验，练习模式：已于 2026年12月10日 \S+ 完成；得分 50%\n/);
  await expect(summary).toHaveValue(new RegExp(`校验码：${report.checksum}$`));
  await expect(page.getByText('报告已下载，文件名为')).toBeVisible();
});

test('in English the page speaks English, and the language switch keeps the assignment', async ({ page }) => {
  const fragment = await assignmentFragment(week3);
  await page.goto(`/en/assignment/#${fragment}`);
  await waitForIslands(page);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('第三周作业：客户价值');
  await expect(page.getByText('(Your instructor wrote these in Chinese.)')).toBeVisible();
  await expect(page.locator('.assignment-progress')).toContainText('0 of 4 tasks done');
  await expect(page.locator('.assignment-task').first()).toContainText('Read chapter 3: ');
  await expect(page.locator('.assignment-task').nth(1)).toContainText('Only these 2 items count:');
  await page.getByRole('button', { name: 'Make my report' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Write your name first: your instructor matches the report to you by it.',
  );

  await page.locator('a[hreflang="zh-CN"]').first().click();
  await expect(page).toHaveURL(new RegExp(`/assignment/#${fragment.replace(/[.]/g, '\\.')}$`));
  await waitForIslands(page);
  await expect(page.locator('.assignment-progress')).toContainText('已完成 0 / 4 项');
});

test.describe('when the report’s code cannot be fetched', () => {
  // The browser logs the refused fetch; the page must say what happened instead of failing silently.
  test.use({ allowedConsoleErrors: [/Failed to load resource/] });

  for (const { prefix, make, name, failed } of [
    {
      prefix: '',
      make: '生成报告',
      name: '王小明',
      failed: '报告没能生成：这部分页面没有加载成功（可能刚好断网）。请联网后再按一次“生成报告”。',
    },
    {
      prefix: '/en',
      make: 'Make my report',
      name: 'Wang Xiaoming',
      failed:
        'The report could not be made: this part of the page did not load (the connection may have dropped). Go online and press “Make my report” again.',
    },
  ]) {
    test(`${prefix || '/'}: the page says the connection is the cause, and the report is made once it is back`, async ({
      page,
    }) => {
      await page.route('**/_astro/completionReport.*.js', (route) => route.abort('internetdisconnected'));
      await page.goto(`${prefix}/assignment/#${await assignmentFragment(week3)}`);
      await waitForIslands(page);
      await page.locator('#report-name').fill(name);
      await page.getByRole('button', { name: make }).click();
      await expect(page.getByRole('status').filter({ hasText: failed })).toHaveText(failed);
      // Back online: the same button makes the report (the browser fetches the code again).
      await page.unroute('**/_astro/completionReport.*.js');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: make }).click(),
      ]);
      expect(download.suggestedFilename()).toContain(name);
    });
  }
});

test('a broken, cut, foreign or out-of-date link is named for what it is, in both languages', async ({ page }) => {
  const whole = await assignmentFragment(week3);
  const changed = whole.slice(0, 20) + (whole[20] === 'A' ? 'B' : 'A') + whole.slice(21);
  const invalid = await assignmentFragment({ ...week3, title: ' ' } as Assignment);
  const elsewhere = await assignmentFragment({ ...week3, tasks: [{ kind: 'read', chapter: '09-nowhere' }] });
  const cases: [fragment: string, zh: string, en: string][] = [
    ['', '这个地址里没有作业', 'There is no assignment in this address'],
    [`a1.${'A'.repeat(3000)}`, '这个链接有 3003 个字符', 'This link is 3003 characters long'],
    ['b7.AAAA', '不是本课程能读取的作业格式', 'not an assignment this course can read'],
    [whole.slice(0, -12), '这个链接已经损坏', 'This link is damaged'],
    [changed, '这个链接已经损坏', 'This link is damaged'],
    [invalid, '出问题的地方：title', 'where: title'],
    [
      elsewhere,
      '当前课程里没有的内容：章节 09-nowhere',
      'parts this version of the course does not have: chapter 09-nowhere',
    ],
  ];
  for (const [prefix, index] of [
    ['', 1],
    ['/en', 2],
  ] as const) {
    await page.goto(`${prefix}/assignment/`);
    await waitForIslands(page);
    for (const entry of cases) {
      // The page follows a new fragment in place, as when a student pastes a second link.
      await page.evaluate((fragment) => (location.hash = fragment), entry[0]);
      await expect(page.getByRole('alert'), entry[0].slice(0, 30)).toContainText(entry[index]);
      await expect(page.locator('.assignment-task')).toHaveCount(0);
    }
  }
});

test('a chapter page counts the time it is in use, and a pause counts two minutes at most', async ({ page }) => {
  // The page's clock moves only when the test moves it.
  await page.clock.install({ time: Date.UTC(2026, 11, 5, 8, 0) });
  await page.clock.pauseAt(Date.UTC(2026, 11, 5, 8, 0, 1));
  await page.goto('/chapters/03-customer-value/');
  // A key that moves nothing: a scroll still under way when the clock runs would count as later use.
  await page.keyboard.press('Shift');
  await page.clock.runFor(60_000);
  // In ms, to the nearest 100 (the page's own frames can move its clock by a few ms).
  const stored = async () =>
    Math.round((await page.evaluate(() => Number(localStorage.getItem('crm-time:03-customer-value')))) / 100) * 100;
  // A minute in use, flushed every 15 s.
  expect(await stored()).toBe(60_000);
  // Ten minutes without a key, a click or a scroll: only the first two after the last use count.
  await page.clock.runFor(600_000);
  expect(await stored()).toBe(120_000);
  // Back at work: counted again from now.
  await page.keyboard.press('Shift');
  await page.clock.runFor(30_000);
  expect(await stored()).toBe(150_000);
});
