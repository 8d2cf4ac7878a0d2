/**
 * Widget exercises with exact starting points (issue #19), by keyboard, in both languages: the
 * instructor ticks the lifetime-value calculator and the queue simulator, gives each a start (one
 * value refused first, with its message beside the field), makes the link; a student opens it on
 * another device, sees each start listed, follows each task's link and finds the widget showing
 * exactly those settings.
 */
import type { Page } from '@playwright/test';
import { expect, retype, tabTo, test, waitForIslands } from './fixtures.ts';

const locales = [
  {
    id: 'zh-cn',
    prefix: '',
    title: '第三周：生命周期价值',
    tooHigh: '不能大于 99%',
    startLine: '情景 A · 年保留率（%）：70%',
    timingLine: '首期利润先计入',
    queueLines: ['练习场景：电信客服热线', '服务台数：10', '队伍形式：每台一队，顾客选最短的队'],
  },
  {
    id: 'en',
    prefix: '/en',
    title: 'Week 3: lifetime value',
    tooHigh: 'cannot be more than 99%',
    startLine: 'Scenario A · Yearly retention (%): 70%',
    timingLine: 'First margin up front',
    queueLines: [
      'Exercise: A telecom hotline',
      'Servers: 10',
      'Line layout: One line per server; customers pick the shortest',
    ],
  },
] as const;

async function tick(page: Page, id: string) {
  await tabTo(page, id);
  await page.keyboard.press('Space');
  await expect(page.locator(`#${id}`)).toBeChecked();
}

const start = 'chapter-03-customer-value-start-LifetimeValueCalculator';
const queueStart = 'chapter-06-waiting-start-QueueSimulator';

for (const locale of locales) {
  test(`${locale.id}: exercises open the calculator and the queue simulator at the instructor's starting points @phone`, async ({
    browser,
    baseURL,
  }) => {
    const instructorContext = await browser.newContext({ baseURL: baseURL! });
    const instructor = await instructorContext.newPage();
    await instructor.goto(`${locale.prefix}/instructor/`);
    await waitForIslands(instructor);
    await expect(instructor.locator('.builder-form[data-ready]')).toHaveCount(1);
    await tabTo(instructor, 'builder-title');
    await instructor.keyboard.type(locale.title);
    await tabTo(instructor, 'chapter-03-customer-value-summary');
    await instructor.keyboard.press('Enter');
    await tick(instructor, 'chapter-03-customer-value-widget-LifetimeValueCalculator');
    await tabTo(instructor, `${start}-summary`);
    await instructor.keyboard.press('Enter');
    // Retention above the calculator's 99 % is refused beside its field, and the field takes the focus.
    await tabTo(instructor, `${start}-a-r`);
    await instructor.keyboard.type('150');
    await tabTo(instructor, `${start}-b-n`);
    await instructor.keyboard.type('40');
    // The convention's list: the widget's own, then end of period, then up front.
    await tabTo(instructor, `${start}-timing`);
    await instructor.keyboard.press('ArrowDown');
    await instructor.keyboard.press('ArrowDown');
    await expect(instructor.locator(`#${start}-timing`)).toHaveValue('upFront');
    await tabTo(instructor, 'builder-make');
    await instructor.keyboard.press('Enter');
    await expect(instructor.locator(`#${start}-a-r-problem`)).toContainText(locale.tooHigh);
    await expect(instructor.locator(`#${start}-a-r`)).toBeFocused();
    await expect(instructor.locator('#builder-link')).toHaveCount(0);
    await retype(instructor, '70');
    // Chapter 6: the hotline scene, 10 servers, a line per server.
    await tabTo(instructor, 'chapter-06-waiting-summary');
    await instructor.keyboard.press('Enter');
    await tick(instructor, 'chapter-06-waiting-widget-QueueSimulator');
    await tabTo(instructor, `${queueStart}-summary`);
    await instructor.keyboard.press('Enter');
    // The scenes' list: the widget's own, then the four scenes, the hotline last.
    await tabTo(instructor, `${queueStart}-preset`);
    for (let press = 0; press < 4; press++) await instructor.keyboard.press('ArrowDown');
    await expect(instructor.locator(`#${queueStart}-preset`)).toHaveValue('telecom-hotline');
    await tabTo(instructor, `${queueStart}-layout`);
    await instructor.keyboard.press('ArrowDown');
    await instructor.keyboard.press('ArrowDown');
    await expect(instructor.locator(`#${queueStart}-layout`)).toHaveValue('perServer');
    await tabTo(instructor, `${queueStart}-servers`);
    await instructor.keyboard.type('10');
    await tabTo(instructor, 'builder-make');
    await instructor.keyboard.press('Enter');
    const link = await instructor.locator('#builder-link').inputValue();

    const studentContext = await browser.newContext({ baseURL: baseURL! });
    const student = await studentContext.newPage();
    await student.goto(link);
    await waitForIslands(student);
    const task = student.locator('.assignment-task').first();
    await expect(task).toContainText(locale.startLine);
    await expect(task).toContainText(locale.timingLine);
    const queueTask = student.locator('.assignment-task').nth(1);
    for (const line of locale.queueLines) await expect(queueTask).toContainText(line);
    const queueHref = await queueTask.getByRole('link').getAttribute('href');
    await task.getByRole('link').click();
    await waitForIslands(student);
    expect(new URL(student.url()).search).toBe('?a.r=0.7&b.n=40&timing=upFront');
    // Scenario A's retention and B's customers as given; the rest as the calculator opens.
    await expect(student.locator('#clv-a-retention')).toHaveValue('70');
    await expect(student.locator('#clv-b-startingCustomers')).toHaveValue('40');
    await expect(student.locator('#clv-a-startingCustomers')).toHaveValue('1000');
    await expect(student.locator('#clv-timing-upFront')).toBeChecked();
    await expect(student.getByTestId('clv-link-problems')).toHaveCount(0);

    await student.goto(queueHref!);
    await waitForIslands(student);
    expect(new URL(student.url()).search).toBe('?queue.preset=telecom-hotline&queue.layout=perServer&queue.servers=10');
    await expect(student.locator('#queue-preset-telecom-hotline')).toBeChecked();
    await expect(student.locator('#queue-servers')).toHaveValue('10');
    await expect(student.locator('#queue-layout-perServer')).toBeChecked();
    // The rest is the hotline's own: 1.9 calls a minute.
    await expect(student.locator('#queue-ratePerMinute')).toHaveValue('1.9');
    await expect(student.getByTestId('queue-link-problems')).toHaveCount(0);
    await instructorContext.close();
    await studentContext.close();
  });
}
