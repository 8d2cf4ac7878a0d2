/**
 * Issue #19's whole journey, in each language, with nothing made by the test itself: an
 * instructor builds an assignment; a student on another device opens its link, does the work (a
 * chapter read to its end, a widget tried), and downloads a report; the instructor opens the
 * gradebook from the builder, chooses the report, sees the student's row and exports the CSV.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, retype, tabTo, test, waitForIslands } from './fixtures.ts';

const journeys = [
  {
    id: 'zh-cn',
    prefix: '',
    title: '第一周作业',
    student: '李雷',
    progress: ['已完成 0 / 2 项', '已完成 2 / 2 项'],
    make: '生成报告',
    done: '完成',
  },
  {
    id: 'en',
    prefix: '/en',
    title: 'Week 1 work',
    student: 'Li Lei',
    progress: ['0 of 2 tasks done', '2 of 2 tasks done'],
    make: 'Make my report',
    done: 'Done',
  },
] as const;

async function tick(page: Page, id: string) {
  await tabTo(page, id);
  await page.keyboard.press('Space');
  await expect(page.locator(`#${id}`)).toBeChecked();
}

for (const journey of journeys) {
  test(`${journey.id}: an assignment goes from the instructor to a student and back into the gradebook`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    // The instructor builds it: chapter 1 read, its churn widget tried.
    const instructorContext = await browser.newContext({ baseURL: baseURL! });
    const instructor = await instructorContext.newPage();
    await instructor.goto(`${journey.prefix}/instructor/`);
    await waitForIslands(instructor);
    await tabTo(instructor, 'builder-title');
    await instructor.keyboard.type(journey.title);
    await tabTo(instructor, 'chapter-01-foundations-summary');
    await instructor.keyboard.press('Enter');
    await tick(instructor, 'chapter-01-foundations-read');
    await tick(instructor, 'chapter-01-foundations-widget-ChurnCompounding');
    await tabTo(instructor, 'builder-make');
    await instructor.keyboard.press('Enter');
    const link = await instructor.locator('#builder-link').inputValue();
    expect(link).toContain(`${journey.prefix}/assignment/#a1.`);

    // A student on another device opens the link and does the work.
    const studentContext = await browser.newContext({ baseURL: baseURL! });
    const student = await studentContext.newPage();
    await student.goto(link);
    await waitForIslands(student);
    await expect(student.locator('.assignment-progress')).toContainText(journey.progress[0]);
    await student.locator('.assignment-task').nth(1).getByRole('link').click();
    await waitForIslands(student);
    await tabTo(student, 'churn-churnRateA');
    await retype(student, '12');
    // Read to the end: the chapter marks itself read when its end comes into view.
    await student.locator('[data-read-marker]').scrollIntoViewIfNeeded();
    await expect.poll(() => student.evaluate(() => localStorage.getItem('crm:read:01-foundations'))).not.toBeNull();
    await student.goto(link);
    await waitForIslands(student);
    await expect(student.locator('.assignment-progress')).toContainText(journey.progress[1]);
    await tabTo(student, 'report-name');
    await student.keyboard.type(journey.student);
    await tabTo(student, 'report-number');
    await student.keyboard.press('Tab');
    await expect(student.getByRole('button', { name: journey.make })).toBeFocused();
    const [report] = await Promise.all([student.waitForEvent('download'), student.keyboard.press('Enter')]);
    const reportFile = await report.path();

    // The instructor opens the gradebook for this assignment and chooses the report.
    await instructor.locator('#builder-open-gradebook').click();
    await waitForIslands(instructor);
    await expect(instructor.getByText(journey.title).first()).toBeVisible();
    await tabTo(instructor, 'gradebook-files');
    await instructor.locator('#gradebook-files').setInputFiles(reportFile);
    const rows = instructor.getByTestId('gradebook-table').locator('tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows.first().locator('th')).toContainText(journey.student);
    await expect(
      rows
        .first()
        .locator('td')
        .filter({ hasText: new RegExp(`^${journey.done}`) }),
    ).toHaveCount(2);
    await tabTo(instructor, 'gradebook-export');
    const [csv] = await Promise.all([instructor.waitForEvent('download'), instructor.keyboard.press('Enter')]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.split('\r\n')[1]).toContain(journey.student);
    await instructorContext.close();
    await studentContext.close();
  });
}
