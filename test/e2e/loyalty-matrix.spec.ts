/**
 * The loyalty matrix in chapter 5, used by keyboard alone in both languages. Each story's cell is
 * read from content/loyalty-matrix/stories.yaml by the id of the story on show (the order is the
 * learner's own); the tallies expected are counted by hand: placing story 2 in the cell across
 * the attitude line and story 3 in the opposite corner, and all the others rightly, leaves
 * 11 of 13 right, 2 attitude misreads (stories 2 and 3) and 1 patronage misread (story 3). The
 * questionnaire's results are worked by hand from its rule (means of 0–3 scores, above 1.5 high).
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { parse } from 'yaml';
import { dealStories } from '../../src/lib/loyalty-matrix/dealStories.ts';
import { expect, tabTo, test, waitForIslands } from './fixtures.ts';

const english = '/en/chapters/05-loyalty/';
const chinese = '/chapters/05-loyalty/';

type Cell = 'true-loyalty' | 'latent' | 'spurious' | 'no-loyalty';
interface Story {
  id: string;
  cell: Cell;
  title: { 'zh-cn': string; en: string };
  attitude: { 'zh-cn': string; en: string };
  action: { 'zh-cn': string; en: string };
}
const stories: Story[] = parse(readFileSync('content/loyalty-matrix/stories.yaml', 'utf8')).stories;
const storyById = (id: string) => stories.find((story) => story.id === id)!;

const cellNames: Record<Cell, { 'zh-cn': string; en: string }> = {
  'true-loyalty': { 'zh-cn': '真正忠诚', en: 'True loyalty' },
  latent: { 'zh-cn': '潜在忠诚', en: 'Latent loyalty' },
  spurious: { 'zh-cn': '虚假忠诚', en: 'Spurious loyalty' },
  'no-loyalty': { 'zh-cn': '不忠诚', en: 'No loyalty' },
};
/** The cell across the attitude line (same patronage), and the opposite corner. */
const acrossAttitude: Record<Cell, Cell> = {
  'true-loyalty': 'spurious',
  spurious: 'true-loyalty',
  latent: 'no-loyalty',
  'no-loyalty': 'latent',
};
const opposite: Record<Cell, Cell> = {
  'true-loyalty': 'no-loyalty',
  'no-loyalty': 'true-loyalty',
  latent: 'spurious',
  spurious: 'latent',
};

const widget = (page: Page) => page.locator('.loyalty-matrix');
/** The widget's own live region for the tally (the quiz and the questionnaire have their own). */
const tallyAnnouncement = (page: Page): Locator => widget(page).getByRole('status').first();

/** The story on show, as the content file has it. */
async function shownStory(page: Page): Promise<Story> {
  return storyById((await page.getByTestId('lm-card').getAttribute('data-story'))!);
}

/** Tabs to a cell's button and presses Enter: the placement; focus lands on the feedback. */
async function place(page: Page, cell: Cell) {
  await tabTo(page, `lm-place-${cell}`);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('lm-feedback')).toBeFocused();
}

async function next(page: Page) {
  await tabTo(page, 'lm-next');
  await page.keyboard.press('Enter');
  await expect(page.locator('.lm-story-title')).toBeFocused();
}

test('a keyboard user places every customer, reads why, and sees which axis their mistakes misread @phone', async ({
  page,
}) => {
  // Thirteen placements, each with its Tab walk and checks.
  test.setTimeout(120_000);
  await page.goto(english);
  await tabTo(page, 'lm-place-true-loyalty');
  await waitForIslands(page);
  const tally = page.getByTestId('lm-tally');
  await expect(tally).toHaveCount(0);

  // Story 1, placed rightly: the verdict, both axes explained and the firm's action, from the file.
  const first = await shownStory(page);
  await expect(page.locator('.lm-story-title')).toHaveText(`Customer 1 of 13: ${first.title.en}`);
  await place(page, first.cell);
  const feedback = page.getByTestId('lm-feedback');
  await expect(feedback.locator('.lm-verdict')).toHaveText(`✓ Right: ${cellNames[first.cell].en}.`);
  await expect(feedback).toContainText(`Relative attitude: ${first.attitude.en}`);
  await expect(feedback).toContainText(`What the firm should do: ${first.action.en}`);
  await expect(tally).toHaveText('1 of 13 placed, 1 right.');
  await expect(tallyAnnouncement(page)).toHaveText('1 of 13 placed, 1 right.');
  // The first placement counts the exercise as tried, for the progress page.
  const tried = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.endsWith(':LoyaltyMatrix')));
  expect(tried).toEqual([expect.stringContaining('widget:05-loyalty:LoyaltyMatrix')]);

  // Story 2, put across the attitude line: "keeps buying" taken for liking, or the reverse.
  await next(page);
  const second = await shownStory(page);
  await expect(page.locator('.lm-story-title')).toHaveText(`Customer 2 of 13: ${second.title.en}`);
  await place(page, acrossAttitude[second.cell]);
  await expect(feedback.locator('.lm-verdict')).toHaveText(
    `✗ Not quite: you chose “${cellNames[acrossAttitude[second.cell]].en}”; this customer shows “${cellNames[second.cell].en}”. You misread relative attitude.`,
  );
  await expect(tally).toHaveText('2 of 13 placed, 1 right.');

  // Story 3, put in the opposite corner.
  await next(page);
  const third = await shownStory(page);
  await place(page, opposite[third.cell]);
  await expect(feedback.locator('.lm-verdict')).toContainText('You misread both axes.');

  // The other ten, rightly; the last has no "next".
  for (let n = 4; n <= 13; n++) {
    await next(page);
    await expect(page.locator('.lm-story-title')).toContainText(`Customer ${n} of 13:`);
    await place(page, (await shownStory(page)).cell);
  }
  await expect(page.locator('#lm-next')).toHaveCount(0);
  const done =
    'All 13 customers placed: 11 right. Of the 2 misplaced, 2 misread relative attitude (taking “keeps buying” for liking, say) and 1 misread repeat patronage (taking “says they like it” for buying often, say); a customer put in the opposite corner misreads both.';
  await expect(tally).toHaveText(done);
  await expect(tallyAnnouncement(page)).toHaveText(done);

  // The matrix shows every story where it was put: 13 in all, the two wrong ones saying where they belong.
  const matrix = page.getByTestId('lm-matrix');
  await expect(matrix.locator('li')).toHaveCount(13);
  await expect(matrix.locator('li.lm-wrong')).toHaveCount(2);
  await expect(
    matrix.locator(`td[data-cell="${acrossAttitude[second.cell]}"] li[data-story="${second.id}"]`),
  ).toHaveText(`✗ Wrong: ${second.title.en}Belongs in “${cellNames[second.cell].en}”`);
  await expect(matrix.locator(`td[data-cell="${first.cell}"] li[data-story="${first.id}"]`)).toHaveText(
    `✓ Right: ${first.title.en}`,
  );
  for (const cell of Object.keys(cellNames) as Cell[]) {
    // Right placements in each cell: its stories, less story 2 and 3 if they were its own.
    const own = stories.filter((story) => story.cell === cell && story.id !== second.id && story.id !== third.id);
    await expect(matrix.locator(`td[data-cell="${cell}"] li.lm-right`)).toHaveCount(own.length);
  }

  // Start again: a new round, an empty matrix, focus on the first story.
  await tabTo(page, 'lm-start-again');
  await page.keyboard.press('Enter');
  await expect(page.locator('.lm-story-title')).toBeFocused();
  await expect(page.locator('.lm-story-title')).toContainText('Customer 1 of 13:');
  await expect(tally).toHaveCount(0);
  await expect(matrix.locator('li')).toHaveCount(0);
  await expect(matrix.locator('.lm-empty')).toHaveCount(4);
});

test('the Chinese questionnaire places a brand of one’s own by keyboard, and the brand moves when an answer changes @phone', async ({
  page,
}) => {
  await page.goto(chinese);
  await tabTo(page, 'lm-brand-open');
  await waitForIslands(page);
  await expect(page.locator('#lm-brand-open')).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(page.locator('#lm-brand-open')).toHaveAttribute('aria-expanded', 'true');
  // The questionnaire is fetched now; its name box is the next Tab stop.
  await expect(page.locator('#lm-brand-name')).toBeVisible();
  const result = page.getByTestId('lm-brand-result');
  await expect(result).toHaveText('每题都回答后才能判定；还没回答的：第 1、2、3、4、5 题。');
  await page.keyboard.press('Tab');
  await expect(page.locator('#lm-brand-name')).toBeFocused();
  await page.keyboard.type('楼下奶茶店');

  // Scores 3, 2 (patronage) and 1, 1, 2 (attitude): Tab into each group, then arrows (Space for the first answer).
  for (const score of [3, 2, 1, 1, 2]) {
    await page.keyboard.press('Tab');
    if (score === 0) await page.keyboard.press('Space');
    for (let step = 0; step < score; step++) await page.keyboard.press('ArrowDown');
  }
  // Patronage (3 + 2) / 2 = 2.5, high; attitude (1 + 1 + 2) / 3 = 1.33, low: spurious loyalty.
  // Attitude's sum 4 of 9 is one step below 5, which would be above the line of 4.5.
  await expect(result.locator('p')).toHaveText([
    '楼下奶茶店落在“虚假忠诚”。',
    '相对态度：平均 1.3 分（满分 3 分），低。',
    '重复惠顾：平均 2.5 分（满分 3 分），高。',
    '相对态度离分界线只差一步：有一个回答改动一档，就会落到另一格，请把结果看作一种倾向。',
    '你常买它，却谈不上喜欢，留住你的可能是习惯、方便或转换成本。一旦出现更好的选择，你很可能离开；企业得建立真正的差别。',
  ]);
  const matrix = page.getByTestId('lm-matrix');
  await expect(matrix.locator('td[data-cell="spurious"] [data-testid="lm-brand-mark"]')).toHaveText(
    '★ 楼下奶茶店（你的品牌）',
  );
  await expect(page.locator('.lm-questionnaire').getByRole('status')).toContainText('楼下奶茶店落在“虚假忠诚”。');

  // Question 3 from "和其他的差不多" (1) to "明显是最好的" (3): attitude (3 + 1 + 2) / 3 = 2, high → true loyalty.
  await tabTo(page, 'lm-brand-compared-1');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#lm-brand-compared-3')).toBeChecked();
  await expect(result.locator('p')).toHaveText([
    '楼下奶茶店落在“真正忠诚”。',
    '相对态度：平均 2 分（满分 3 分），高。',
    '重复惠顾：平均 2.5 分（满分 3 分），高。',
    '你既喜欢它，又常买它。企业要靠稳定的表现留住这样的顾客，并给他们推荐的机会。',
  ]);
  await expect(matrix.locator('[data-testid="lm-brand-mark"]')).toHaveCount(1);
  await expect(matrix.locator('td[data-cell="true-loyalty"] [data-testid="lm-brand-mark"]')).toBeVisible();
});

test('the English questionnaire states its rule, lists what is unanswered, and counts a mean of exactly 1.5 as low', async ({
  page,
}) => {
  await page.goto(english);
  await tabTo(page, 'lm-brand-open');
  await waitForIslands(page);
  await page.keyboard.press('Enter');
  const questionnaire = page.locator('.lm-questionnaire');
  await expect(questionnaire).toContainText(
    'an average above 1.5 (the middle of the scale) counts as high, 1.5 or below as low.',
  );
  const result = page.getByTestId('lm-brand-result');
  await expect(result).toHaveText('Answer every question to see the cell; still open: 1, 2, 3, 4, 5.');
  // No name: the brand is "This brand". Scores 2, 1 | 2, 2, 1.
  await tabTo(page, 'lm-brand-name');
  for (const [n, score] of [2, 1, 2, 2, 1].entries()) {
    await page.keyboard.press('Tab');
    for (let step = 0; step < score; step++) await page.keyboard.press('ArrowDown');
    if (n === 0) await expect(result).toHaveText('Answer every question to see the cell; still open: 2, 3, 4, 5.');
  }
  // Patronage (2 + 1) / 2 = 1.5: not above the line, low. Attitude (2 + 2 + 1) / 3 = 1.67: high. Latent.
  await expect(result.locator('p')).toHaveText([
    'This brand falls in “Latent loyalty”.',
    'Relative attitude: average 1.7 of 3, high.',
    'Repeat patronage: average 1.5 of 3, low.',
    'Relative attitude is one step from the line: one answer a step different would put the brand in another cell, so read the result as a leaning.',
    'Repeat patronage is one step from the line: one answer a step different would put the brand in another cell, so read the result as a leaning.',
    'You like it but buy it seldom, probably because price, distance or access stands in the way. Remove that obstacle and you could become a regular.',
  ]);
  await expect(page.getByTestId('lm-matrix').locator('td[data-cell="latent"] li')).toHaveText('★ Your brand');

  // Closing the questionnaire hides it and keeps the answers.
  await tabTo(page, 'lm-brand-open');
  await page.keyboard.press('Enter');
  await expect(questionnaire).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(result.locator('p').first()).toHaveText('This brand falls in “Latent loyalty”.');
});

test('each learner is dealt the stories in an order of their own, kept across a reload', async ({ browser }) => {
  test.setTimeout(90_000);
  const ids = stories.map((story) => story.id);
  for (const seed of ['learner-a', 'learner-b']) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript((learner) => localStorage.setItem('crm-learner', learner), seed);
    // The order this learner's seed deals in its first round, written out by the engine.
    const expected = dealStories(ids, seed, 0).slice(0, 3);
    for (const visit of ['first visit', 'after a reload']) {
      if (visit === 'first visit') await page.goto(english);
      else await page.reload();
      await tabTo(page, 'lm-place-true-loyalty');
      await waitForIslands(page);
      for (const [n, id] of expected.entries()) {
        await expect(page.getByTestId('lm-card'), `${seed}, ${visit}, story ${n + 1}`).toHaveAttribute(
          'data-story',
          id,
        );
        await place(page, 'latent');
        if (n < expected.length - 1) await next(page);
      }
    }
    await context.close();
  }
  expect(dealStories(ids, 'learner-a', 0).slice(0, 3)).not.toEqual(dealStories(ids, 'learner-b', 0).slice(0, 3));
});
