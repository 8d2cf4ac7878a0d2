/**
 * The card sorts of chapters 1 and 2 (customer ladder, bond levels, relationship stages), used by
 * keyboard alone in both languages. Cards are found by their words, as the content file has them
 * (the order on screen is each learner's own), and placed with the arrow keys in their select.
 * Every placement and its expected verdict is worked out here from the file: all cards of the
 * first category placed right; the first card of the second category one step too high; the first
 * card of the last category on the first category, (categories − 1) steps too low. The summary's
 * counts follow by hand: right = the first category's cards, wrong = 2, the rest not placed.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { parse } from 'yaml';
import { expect, tabTo, test, waitForIslands } from './fixtures.ts';

type Locale = 'zh-cn' | 'en';
type Text = Record<Locale, string>;
interface Sort {
  ordered: boolean;
  categories: { id: string; name: Text; next?: Text }[];
  cards: { id: string; category: string; text: Text; why: Text }[];
}

const exercises = [
  { exercise: 'customer-ladder', chapter: '01-foundations', step: { en: ['rung', 'rungs'], 'zh-cn': '级' } },
  {
    exercise: 'bond-levels',
    chapter: '02-relationship-marketing',
    step: { en: ['level', 'levels'], 'zh-cn': '个层次' },
  },
  {
    exercise: 'relationship-stages',
    chapter: '02-relationship-marketing',
    step: { en: ['stage', 'stages'], 'zh-cn': '个阶段' },
  },
] as const;

const oneline = (text: string) => text.trim().replace(/\s+/g, ' ');

/** "One rung too high." / "放高了一级。" and the like, as the strings files word them. */
function offText(exercise: string, locale: Locale, steps: number): string {
  const up = steps > 0;
  const n = Math.abs(steps);
  if (locale === 'en') {
    const [one, many] = exercises.find((entry) => entry.exercise === exercise)!.step.en;
    const direction = exercise === 'relationship-stages' ? (up ? 'late' : 'early') : up ? 'high' : 'low';
    return n === 1 ? `One ${one} too ${direction}.` : `${n} ${many} too ${direction}.`;
  }
  const count = n === 1 ? '一' : ` ${n} `;
  if (exercise === 'customer-ladder') return `放${up ? '高' : '低'}了${count}级。`;
  if (exercise === 'bond-levels') return `${up ? '高' : '低'}了${count}个层次。`;
  return `${up ? '晚' : '早'}了${count}个阶段。`;
}

const words = {
  en: {
    path: (chapter: string) => `/en/chapters/${chapter}/`,
    right: (name: string) => `✓ Right: ${name}.`,
    wrong: (placed: string, answer: string) => `✗ Not quite: you chose “${placed}”; it belongs in “${answer}”.`,
    kept: (name: string) => `✓ Right last time: ${name}.`,
    why: 'Why: ',
    summary: (right: number, total: number, wrong: number, unplaced: number) =>
      [
        `${right} of ${total} placed right.`,
        wrong ? `${wrong} placed wrong.` : '',
        unplaced ? `${unplaced} not placed yet.` : '',
        'Choose “Try again”: the right cards stay, and you place only the others.',
      ]
        .filter(Boolean)
        .join(' '),
    unplaced: '○ Not placed yet.',
  },
  'zh-cn': {
    path: (chapter: string) => `/chapters/${chapter}/`,
    right: (name: string) => `✓ 放对了：${name}。`,
    wrong: (placed: string, answer: string) => `✗ 放错了：你放在“${placed}”，它属于“${answer}”。`,
    kept: (name: string) => `✓ 上一轮已放对：${name}。`,
    why: '理由：',
    summary: (right: number, total: number, wrong: number, unplaced: number) =>
      [
        `共 ${total} 张，放对 ${right} 张。`,
        wrong ? `放错 ${wrong} 张。` : '',
        unplaced ? `还有 ${unplaced} 张没放。` : '',
        '选“再试一次”，放对的卡片会保留，只需重放其余的。',
      ]
        .filter(Boolean)
        .join(' '),
    unplaced: '○ 还没有放。',
  },
} as const;

/** The card on screen whose words are this card's, wherever the deal put it. */
const cardByWords = (widget: Locator, card: Sort['cards'][number], locale: Locale) =>
  widget.locator('li.cs-card', { hasText: oneline(card.text[locale]) });

/** Tabs to the card's select and moves to the category with the arrow keys, as a keyboard user does. */
async function place(page: Page, card: Locator, sort: Sort, category: string) {
  const select = card.locator('select');
  await tabTo(page, (await select.getAttribute('id'))!);
  // Option 0 is "Choose…"; category n is option n + 1.
  const from = await select.evaluate((element: HTMLSelectElement) => element.selectedIndex);
  const to = sort.categories.findIndex((candidate) => candidate.id === category) + 1;
  for (let step = from; step !== to; step += Math.sign(to - from))
    await page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
  await expect(select).toHaveValue(category);
}

for (const { exercise, chapter } of exercises) {
  const file = `content/card-sorts/${exercise}.yaml`;
  for (const locale of ['en', 'zh-cn'] as const) {
    test(`${exercise} (${locale}): a keyboard user places cards by their words, checks, reads why, and tries again keeping the right ones @phone`, async ({
      page,
    }) => {
      test.skip(!existsSync(file), `${file} is not written yet`);
      // Long Tab walks through a whole chapter; slow on a busy machine.
      test.setTimeout(240_000);
      const sort: Sort = parse(readFileSync(file, 'utf8'));
      const w = words[locale];
      const name = (id: string) => sort.categories.find((category) => category.id === id)!.name[locale];
      const [first, second] = sort.categories;
      const last = sort.categories.at(-1)!;
      const firstCards = sort.cards.filter((card) => card.category === first!.id);
      const secondCard = sort.cards.find((card) => card.category === second!.id)!;
      const lastCard = sort.cards.find((card) => card.category === last.id)!;
      const total = sort.cards.length;

      await page.goto(w.path(chapter));
      const widget = page.locator('section.widget', { has: page.locator(`#cs-${exercise}-title`) });
      await tabTo(page, `cs-${exercise}-check`);
      await waitForIslands(page);

      // Placed in the order the cards stand on screen, so each Tab walk is short.
      const plan = [
        ...firstCards.map((card) => [card, first!.id] as const),
        [secondCard, sort.categories[2]!.id] as const,
        [lastCard, first!.id] as const,
      ];
      const onScreen = await widget
        .locator('li.cs-card')
        .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-card')));
      plan.sort(([a], [b]) => onScreen.indexOf(a.id) - onScreen.indexOf(b.id));
      for (const [card, category] of plan) await place(page, cardByWords(widget, card, locale), sort, category);

      await tabTo(page, `cs-${exercise}-check`);
      await page.keyboard.press('Enter');
      const summary = widget.getByTestId('cs-summary');
      await expect(summary).toBeFocused();
      const expected = w.summary(firstCards.length, total, 2, total - firstCards.length - 2);
      await expect(summary).toHaveText(expected);
      await expect(widget.getByRole('status')).toHaveText(expected);

      // A right one and the two wrong ones: verdict in words and symbol, how far off, and why.
      const right = cardByWords(widget, firstCards[0]!, locale);
      await expect(right.locator('.cs-verdict')).toHaveText(w.right(first!.name[locale]));
      await expect(right.locator('.cs-why')).toHaveText(w.why + oneline(firstCards[0]!.why[locale]));
      const oneUp = cardByWords(widget, secondCard, locale);
      await expect(oneUp.locator('.cs-verdict')).toHaveText(
        `${w.wrong(name(sort.categories[2]!.id), second!.name[locale])} ${offText(exercise, locale, 1)}`,
      );
      await expect(oneUp.locator('.cs-why')).toHaveText(w.why + oneline(secondCard.why[locale]));
      const farDown = cardByWords(widget, lastCard, locale);
      await expect(farDown.locator('.cs-verdict')).toHaveText(
        `${w.wrong(first!.name[locale], last.name[locale])} ${offText(exercise, locale, -(sort.categories.length - 1))}`,
      );
      const notPlaced = sort.cards.find(
        (card) => card.category !== first!.id && card !== secondCard && card !== lastCard,
      )!;
      await expect(cardByWords(widget, notPlaced, locale).locator('.cs-verdict')).toHaveText(w.unplaced);
      await expect(widget.locator('li.cs-card[data-state="wrong"]')).toHaveCount(2);

      // Only the first category, every card of it right, shows what comes next.
      const categories = widget.locator('.cs-categories');
      if (first!.next)
        await expect(categories.locator(`li[data-category="${first!.id}"] .cs-next`)).toContainText(
          oneline(first!.next[locale]),
        );
      await expect(categories.locator('.cs-next')).toHaveCount(first!.next ? 1 : 0);

      // Try again: the right ones stay right, the wrong ones come back to be placed.
      await tabTo(page, `cs-${exercise}-try-again`);
      await page.keyboard.press('Enter');
      await expect(widget.locator('select').first()).toBeFocused();
      await expect(right.locator('.cs-verdict')).toHaveText(w.kept(first!.name[locale]));
      await expect(right.locator('select')).toHaveCount(0);
      await expect(farDown.locator('select')).toHaveValue('');
      await place(page, farDown, sort, last.id);
      await tabTo(page, `cs-${exercise}-check`);
      await page.keyboard.press('Enter');
      await expect(summary).toHaveText(w.summary(firstCards.length + 1, total, 0, total - firstCards.length - 1));
      await expect(farDown.locator('.cs-verdict')).toHaveText(w.right(last.name[locale]));
    });
  }
}

test('the ladder is dealt in an order of each learner’s own, kept across a reload', async ({ browser }) => {
  test.setTimeout(90_000);
  const orders: string[] = [];
  for (const learner of ['learner-a', 'learner-b']) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript((seed) => localStorage.setItem('crm-learner', seed), learner);
    const seen: string[] = [];
    for (const visit of ['first', 'reload']) {
      if (visit === 'first') await page.goto('/en/chapters/01-foundations/');
      else await page.reload();
      // Not a keyboard test: bring the widget into view and wait until it has hydrated.
      await page.locator('#cs-customer-ladder-check').scrollIntoViewIfNeeded();
      await page.waitForFunction(() => !document.getElementById('cs-customer-ladder-check')?.closest('[inert]'));
      seen.push(
        (
          await page.locator('li.cs-card').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-card')))
        ).join(),
      );
    }
    expect(seen[1], learner).toBe(seen[0]);
    orders.push(seen[0]!);
    await context.close();
  }
  expect(orders[0]).not.toBe(orders[1]);
});
