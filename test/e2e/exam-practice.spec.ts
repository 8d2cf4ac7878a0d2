/**
 * Exam-format practice by keyboard alone, in both languages: write an answer, show the model
 * answer, tick the marking points it covered, record the score (shown and announced), reload and
 * find it kept, and find it in the exported progress file. The mock exam's countdown runs on
 * Playwright's clock. The item used, ch1-term-client, stays in the course (3 marking points of
 * 1 mark each); everything else is read from the page, so the tests hold as items are added.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, tabTo, test, waitForIslands } from './fixtures.ts';

const item = 'ch1-term-client';

const words = {
  en: {
    path: '/en/exam/01-foundations/',
    answer: 'A client is a buyer the firm knows by name, with a record, served over a long time.',
    modelShown: 'The model answer and 3 marking points are shown below your answer.',
    score: '2 / 3 marks',
    recorded: 'Recorded: 2 / 3 marks.',
    count: /\d+ characters written/,
  },
  'zh-cn': {
    path: '/exam/01-foundations/',
    answer: '客户是企业认识并有档案记录、长期往来的购买者。',
    modelShown: '参考答案和 3 条评分要点已显示在答题框下方。',
    score: '2 / 3 分',
    recorded: '已记录：2 / 3 分。',
    count: /已写 \d+ 字/,
  },
} as const;

async function writeAndMark(page: Page, locale: keyof typeof words) {
  const w = words[locale];
  await page.goto(w.path);
  await tabTo(page, `answer-${item}`);
  await waitForIslands(page);
  await page.keyboard.type(w.answer);
  await expect(page.locator(`#answer-${item}-count`)).toHaveText(w.count);
  await page.keyboard.press('Tab');
  await expect(page.locator(`#show-${item}`)).toBeFocused();
  await page.keyboard.press('Enter');
  // The key appears below the answer and takes focus; its arrival is announced.
  const section = page.locator('section.exam-item').filter({ has: page.locator(`#answer-${item}`) });
  await expect(section.locator('.exam-model')).toBeVisible();
  await expect(page.locator('.exam-practice').getByRole('status')).toHaveText(w.modelShown);
  await tabTo(page, `exam-${item}-known`);
  await page.keyboard.press('Space');
  await tabTo(page, `exam-${item}-relationship`);
  await page.keyboard.press('Space');
  await tabTo(page, `record-${item}`);
  await page.keyboard.press('Enter');
  await expect(section.locator('.exam-score')).toHaveText(w.score);
  await expect(section.locator('.exam-score')).toBeFocused();
  await expect(page.locator('.exam-practice').getByRole('status')).toHaveText(w.recorded);
}

for (const locale of ['en', 'zh-cn'] as const) {
  test(`${locale}: write, show the model answer, tick, record; a reload keeps the answer and the score @phone`, async ({
    page,
  }) => {
    const w = words[locale];
    await writeAndMark(page, locale);
    await page.reload();
    await waitForIslands(page);
    const section = page.locator('section.exam-item').filter({ has: page.locator(`#answer-${item}`) });
    await section.scrollIntoViewIfNeeded();
    await expect(section.locator('.exam-score')).toHaveText(w.score);
    await expect(page.locator(`#answer-${item}`)).toHaveValue(w.answer);
    await expect(page.locator(`#exam-${item}-known`)).toBeChecked();
    await expect(page.locator(`#exam-${item}-contrast`)).not.toBeChecked();
    // Answering again starts from an empty box.
    await tabTo(page, `retry-${item}`);
    await page.keyboard.press('Enter');
    await expect(page.locator(`#answer-${item}`)).toBeFocused();
    await expect(page.locator(`#answer-${item}`)).toHaveValue('');
  });
}

test('a draft survives a reload before the model answer is shown', async ({ page }) => {
  await page.goto('/en/exam/01-foundations/');
  await tabTo(page, `answer-${item}`);
  await waitForIslands(page);
  await page.keyboard.type('Half an answer');
  // Saved once typing pauses.
  await expect
    .poll(() => page.evaluate((id) => localStorage.getItem(`crm:draft:${id}`), item))
    .toContain('Half an answer');
  await page.reload();
  await waitForIslands(page);
  await page.locator(`#answer-${item}`).scrollIntoViewIfNeeded();
  await expect(page.locator(`#answer-${item}`)).toHaveValue('Half an answer');
});

test('asking for the model answer before writing says to write first', async ({ page }) => {
  await page.goto('/en/exam/01-foundations/');
  await tabTo(page, `show-${item}`);
  await waitForIslands(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Write your answer first, then look at the model answer.');
});

test('the exported progress file holds the written answer and its score', async ({ page }) => {
  await writeAndMark(page, 'en');
  await page.goto('/en/progress/');
  await waitForIslands(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export progress file' }).click(),
  ]);
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
    entries: Record<
      string,
      { attempts: { response: { kind: string; text: string; ticked: string[] }; score: number }[] }
    >;
  };
  const attempt = exported.entries[`item:${item}`]!.attempts.at(-1)!;
  expect(attempt.response).toEqual({ kind: 'written', text: words.en.answer, ticked: ['known', 'relationship'] });
  expect(attempt.score).toBeCloseTo(2 / 3, 10);
});

test('the index lists the chapters’ practice with counts and the latest score', async ({ page }) => {
  await writeAndMark(page, 'en');
  await page.goto('/en/exam/');
  await waitForIslands(page);
  const chapter = page.locator('.exam-chapter').first();
  await expect(chapter.getByRole('link')).toHaveAttribute('href', '/en/exam/01-foundations/');
  await expect(chapter).toContainText(/Define the term: \d+/);
  await expect(chapter).toContainText(/Your latest score: 2 \/ 3 marks \(1 of \d+ questions answered\)/);
  await expect(page.locator('.exam-chapter')).toHaveCount(8);
});

test('the mock exam: a timed paper, time up keeps the answers, self-marking gives a total @phone', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-05T09:00:00Z') });
  await page.goto('/en/exam/mock/');
  await waitForIslands(page);
  const mock = page.locator('.mock-exam');
  const composition = await mock.locator('.widget-result').first().textContent();
  const [, questions, marks, minutes] =
    /This paper has (\d+) questions worth (\d+) marks; suggested time (\d+) minutes/.exec(composition ?? '') ?? [];
  expect(Number(questions)).toBeGreaterThan(0);
  // 1.2 minutes a mark, rounded up to 5, at least 10.
  expect(Number(minutes)).toBe(Math.max(10, Math.ceil((Number(marks) * 1.2) / 5) * 5));
  await expect(mock.locator('section.exam-item')).toHaveCount(Number(questions));

  const firstBox = mock.locator('textarea').first();
  const boxId = (await firstBox.getAttribute('id'))!;
  await tabTo(page, 'mock-start');
  await page.keyboard.press('Enter');
  await expect(mock.getByRole('status')).toHaveText(`${minutes} minutes left.`);
  await tabTo(page, boxId);
  await page.keyboard.type('My mock answer');
  // Further down the paper the clock stays in view just below the sticky header, not under it.
  await mock.locator('textarea').last().scrollIntoViewIfNeeded();
  await expect(mock.locator('.mock-clock')).toBeInViewport();
  const [clockTop, headerBottom] = await page
    .evaluate(() =>
      ['.mock-clock', '.site-header'].map((selector) => document.querySelector(selector)!.getBoundingClientRect()),
    )
    .then(([clock, header]) => [clock!.top, header!.bottom]);
  expect(clockTop).toBeGreaterThanOrEqual(headerBottom! - 1);
  // Not read out every second: at 5 minutes left, then time up.
  await page.clock.fastForward((Number(minutes) - 5) * 60_000 + 1000);
  await expect(mock.getByRole('status')).toHaveText('5 minutes left.');
  await expect(mock.locator('.mock-clock-face')).toHaveText(/^4:5\d$/);
  await page.clock.fastForward(5 * 60_000);
  await expect(mock.getByRole('status')).toHaveText(
    'Time is up. Your answers are kept: mark them against the marking points.',
  );
  await expect(page.locator(`#${boxId}`)).toHaveValue('My mock answer');
  await expect(page.locator(`#${boxId}`)).toHaveAttribute('readonly', '');

  // Tick the first point of the first question, finish marking: its marks over the paper's.
  const first = mock.locator('section.exam-item').first();
  const point = first.locator('.exam-rubric input').first();
  const pointMarks = Number(/(\d+)/.exec((await first.locator('.exam-point-marks').first().textContent()) ?? '')![1]);
  await tabTo(page, (await point.getAttribute('id'))!);
  await page.keyboard.press('Space');
  await tabTo(page, 'mock-finish');
  await page.keyboard.press('Enter');
  await expect(page.locator('#mock-total')).toHaveText(`Total: ${pointMarks} / ${marks} marks`);
  await expect(page.locator('#mock-total')).toBeFocused();
  await expect(mock.getByRole('status')).toHaveText(`Marking finished: ${pointMarks} / ${marks} marks in total.`);
  const stored = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('crm:mock:'))
      .map(
        (key) => JSON.parse(localStorage.getItem(key)!) as { items: string[]; marked?: { got: number; total: number } },
      ),
  );
  expect(stored).toHaveLength(1);
  expect(stored[0]!.items).toHaveLength(Number(questions));
  expect(stored[0]!.marked).toMatchObject({ got: pointMarks, total: Number(marks) });
});

test('the Chinese mock exam pauses and resumes, and a new paper asks before discarding answers', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-05T09:00:00Z') });
  await page.goto('/exam/mock/');
  await waitForIslands(page);
  const mock = page.locator('.mock-exam');
  await tabTo(page, 'mock-start');
  await page.keyboard.press('Enter');
  await page.clock.fastForward(60_000);
  const face = mock.locator('.mock-clock-face');
  await tabTo(page, 'mock-pause');
  await page.keyboard.press('Enter');
  await expect(mock.getByRole('status')).toHaveText('已暂停。');
  // Paused after a minute, the clock holds, and offers to resume.
  const paused = (await face.textContent())!;
  await page.clock.fastForward(10 * 60_000);
  await expect(face).toHaveText(paused);
  await expect(page.locator('#mock-start')).toHaveText('继续计时');
  await tabTo(page, (await mock.locator('textarea').first().getAttribute('id'))!);
  await page.keyboard.type('答案');
  await tabTo(page, 'mock-new');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('确定换一套吗');
  await tabTo(page, 'mock-confirm-new');
  await page.keyboard.press('Enter');
  await expect(mock.locator('textarea').first()).toHaveValue('');
  await expect(mock.getByRole('status')).toHaveText(/本卷共 \d+ 题，满分 \d+ 分/);
});

test('printed, a practice page is a paper with marks and room to write, the key only when asked', async ({ page }) => {
  await page.goto('/en/exam/01-foundations/');
  await waitForIslands(page);
  await page.emulateMedia({ media: 'print' });
  const paper = page.locator('.exam-paper');
  await expect(paper).toBeVisible();
  await expect(paper).toContainText('Define the term: client (客户) (3 marks)');
  await expect(paper.locator('.exam-paper-space').first()).toBeVisible();
  await expect(page.locator('textarea').first()).toBeHidden();
  await expect(paper.locator('.exam-key-print')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await tabTo(page, 'include-exam-key');
  await page.keyboard.press('Space');
  await page.emulateMedia({ media: 'print' });
  await expect(paper.locator('.exam-key-print')).toBeVisible();
  await expect(paper.locator('.exam-key-print')).toContainText('The firm knows who the client is');
});

test('printed, the mock exam is the drawn paper', async ({ page }) => {
  await page.goto('/exam/mock/');
  await waitForIslands(page);
  // The paper is drawn with each learner's own seed: the printed questions are the ones on screen,
  // in the same order (each screen prompt without its label and marks).
  const onScreen = page.locator('.mock-exam section.exam-item .exam-prompt');
  await expect(onScreen.first()).toBeVisible();
  const drawn = await onScreen.evaluateAll((headings) =>
    headings.map((heading) =>
      [...heading.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent)
        .join('')
        .trim(),
    ),
  );
  expect(drawn.length).toBeGreaterThan(5);
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('.mock-exam .exam-paper .exam-paper-item > p:first-child');
  await expect(printed.first()).toBeVisible();
  await expect(printed).toHaveText(drawn.map((prompt) => new RegExp(prompt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))));
  await expect(page.locator('.mock-clock')).toBeHidden();
});

for (const path of ['/exam/01-foundations/', '/en/exam/mock/', '/en/exam/']) {
  test(`${path} fits a 320 px screen without sideways scrolling @phone`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(path);
    await waitForIslands(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
}

test('an exam item not fully covered comes back in the review queue, in its written view', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-05T09:00:00Z') });
  await writeAndMark(page, 'en');
  // A month on, the item (2 of 3 marks) is due.
  await page.clock.setSystemTime(new Date('2027-01-05T09:00:00Z'));
  await page.goto('/en/review/');
  await waitForIslands(page);
  const queue = page.locator('.review-queue');
  await expect(queue.locator('section.exam-item')).toHaveCount(1);
  await expect(queue.locator('.exam-item-label')).toHaveText('Chapter 1 · Define the term');
  await tabTo(page, `answer-${item}`);
  await page.keyboard.type('A buyer the firm knows by name and keeps a record of, unlike an anonymous customer.');
  await tabTo(page, `show-${item}`);
  await page.keyboard.press('Enter');
  for (const point of ['known', 'contrast', 'relationship']) {
    await tabTo(page, `exam-${item}-${point}`);
    await page.keyboard.press('Space');
  }
  await tabTo(page, `record-${item}`);
  await page.keyboard.press('Enter');
  await expect(queue.locator('.exam-score')).toHaveText('3 / 3 marks');
  await expect(queue.getByText('That was every due item for now.')).toBeVisible();
});
