/**
 * The glossary: its page in both locales (every term listed without script; an instant filter in
 * Chinese and English that counts and announces what it shows, says so when nothing matches and
 * clears on Esc; an address with a term's id opens at it, highlighted), and the chapters' links to
 * it, whose definitions show on hover, on keyboard focus (Esc closes, focus stays) and at a tap on
 * a phone, beside the term and inside the screen. Written around customer relationship management,
 * the glossary's first term, so it holds however many terms the glossary has.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { readGlossary } from '../../src/integrations/glossaryLinks.ts';
import { expect, test } from './fixtures.ts';

const terms = readGlossary();
const crm = 'customer-relationship-management';

const locales = [
  {
    name: 'zh-cn',
    prefix: '',
    chinese: '客户关系',
    english: 'RELATIONSHIP manag',
    notAWordStart: 'elationship',
    all: `共 ${terms.length} 个术语。`,
    shown: /^显示 (\d+) 个，共 \d+ 个术语。$/,
    none: '没有与“elationship”匹配的术语。换一个词，或者少输入几个字试试。',
    definition: terms[0]!['zh-cn'].definition,
    other: 'customer relationship management',
  },
  {
    name: 'en',
    prefix: '/en',
    chinese: '客户关系',
    english: 'RELATIONSHIP manag',
    notAWordStart: 'elationship',
    all: terms.length === 1 ? '1 term.' : `All ${terms.length} terms.`,
    shown: /^(\d+) of \d+ terms? shown\.$/,
    none: 'No term matches “elationship”. Try another word, or fewer letters.',
    definition: terms[0]!.en.definition.replace(/\s+/g, ' '),
    other: '客户关系管理',
  },
];

/** The number of terms the page shows, and that each shown term has every word typed. */
async function expectShown(page: Page, words: string[]) {
  const shown = page.locator('[data-glossary-entry]:visible');
  const count = await shown.count();
  expect(count).toBeGreaterThan(0);
  for (const text of await shown.allTextContents())
    for (const word of words) expect(text.toLowerCase()).toContain(word.toLowerCase());
  return count;
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Whether two boxes overlap. */
async function overlaps(a: Locator, b: Locator) {
  const [one, two] = [await a.boundingBox(), await b.boundingBox()];
  if (!one || !two) throw new Error('no box');
  return !(
    one.x + one.width <= two.x ||
    two.x + two.width <= one.x ||
    one.y + one.height <= two.y ||
    two.y + two.height <= one.y
  );
}

for (const locale of locales) {
  const glossary = `${locale.prefix}/glossary/`;
  const chapter = `${locale.prefix}/chapters/01-foundations/`;

  test.describe(locale.name, () => {
    test('the filter narrows the list in Chinese and English, counts, says when nothing matches and clears on Esc @phone', async ({
      page,
    }) => {
      await page.goto(glossary);
      const field = page.getByRole('searchbox');
      const status = page.locator('.glossary-filter').getByRole('status');
      await expect(status).toHaveText(locale.all);
      await field.focus();

      await field.fill(locale.chinese);
      await expect(status).toHaveText(locale.shown);
      await expect(page.locator(`[data-glossary-entry]:has(#${crm})`)).toBeVisible();
      const chineseCount = await expectShown(page, [locale.chinese]);
      expect((await status.textContent())!.match(/\d+/)![0]).toBe(String(chineseCount));

      // Any case, each word the start of a word of the term.
      await field.fill(locale.english);
      await expect(page.locator(`[data-glossary-entry]:has(#${crm})`)).toBeVisible();
      await expectShown(page, ['relationship', 'manag']);
      // An alias, in lower case.
      await field.fill('crm');
      await expect(page.locator(`[data-glossary-entry]:has(#${crm})`)).toBeVisible();

      await field.fill(locale.notAWordStart);
      await expect(status).toHaveText(locale.none);
      await expect(page.locator('[data-glossary-entry]:visible')).toHaveCount(0);

      await page.keyboard.press('Escape');
      await expect(field).toHaveValue('');
      await expect(status).toHaveText(locale.all);
      await expect(page.locator('[data-glossary-entry]:visible')).toHaveCount(terms.length);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
    });

    test('opens at a term’s address, highlighted by more than colour, both forms side by side', async ({ page }) => {
      await page.goto(`${glossary}#${crm}`);
      const heading = page.locator(`h3#${crm}`);
      await expect(heading).toBeInViewport();
      await expect(heading).toContainText(locale.other);
      const entry = page.locator(`[data-glossary-entry]:has(#${crm})`);
      await expect(entry).toHaveCSS('border-left-width', '10px');
      await expect(entry).toHaveCSS('outline-style', 'solid');
      await expect(entry).toContainText(locale.definition);
    });

    test('a chapter term shows its definition on hover, stays while the pointer moves onto it, and Esc closes it', async ({
      page,
    }) => {
      await page.goto(chapter);
      const term = page.locator(`.prose a.glossary-term[href$="#${crm}"]`).first();
      const popover = page.locator('#glossary-popover');
      await term.scrollIntoViewIfNeeded();
      await term.hover();
      await expect(popover).toBeVisible();
      await expect(popover).toContainText(locale.definition);
      await expect(popover).toContainText(locale.other);
      expect(await overlaps(term, popover)).toBe(false);
      // Hoverable: the pointer crosses onto the popover and it stays.
      const box = (await popover.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
      await page.waitForTimeout(500);
      await expect(popover).toBeVisible();
      // Dismissible without moving the pointer.
      await page.keyboard.press('Escape');
      await expect(popover).toBeHidden();
      await term.hover();
      await page.mouse.move(0, 0);
      await expect(popover).toBeHidden();
    });

    test('a chapter term shows its definition on keyboard focus; Esc closes it and focus stays @phone', async ({
      page,
    }) => {
      await page.goto(chapter);
      const term = page.locator(`.prose a.glossary-term[href$="#${crm}"]`).first();
      const popover = page.locator('#glossary-popover');
      await expect(term).toHaveAttribute('aria-describedby', /.+/);
      const description = page.locator(`#${await term.getAttribute('aria-describedby')}`);
      await expect(description).toHaveText(locale.definition);
      // Reach the term by the keyboard: from the element before it.
      await term.focus();
      await page.keyboard.press('Shift+Tab');
      // The element before may be another term, with its own definition showing: not this one's.
      await expect(popover.filter({ hasText: locale.definition })).toBeHidden();
      await page.keyboard.press('Tab');
      await expect(term).toBeFocused();
      await expect(popover).toBeVisible();
      await expect(popover).toContainText(locale.definition);
      expect(await overlaps(term, popover)).toBe(false);
      await page.keyboard.press('Escape');
      await expect(popover).toBeHidden();
      await expect(term).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(term).not.toBeFocused();
    });

    test('on a phone, a first tap shows the definition and its link leads to the glossary entry @phone', async ({
      page,
      isMobile,
    }) => {
      test.skip(!isMobile, 'a touch screen');
      await page.goto(chapter);
      const term = page.locator(`.prose a.glossary-term[href$="#${crm}"]`).first();
      const popover = page.locator('#glossary-popover');
      await term.scrollIntoViewIfNeeded();
      await term.tap();
      await expect(popover).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`${chapter}$`));
      expect(await overlaps(term, popover)).toBe(false);
      await popover.getByRole('link').tap();
      await expect(page).toHaveURL(new RegExp(`${glossary}#${crm}$`));
      await expect(page.locator(`h3#${crm}`)).toBeInViewport();
    });

    for (const width of [320, 390]) {
      test(`at ${width} px the glossary fits the screen without sideways scrolling, and an open definition inside it @phone`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 700 });
        await page.goto(glossary);
        expect(await overflow(page)).toBeLessThanOrEqual(0);
        await page.goto(chapter);
        const terms = page.locator('.prose a.glossary-term');
        // The term furthest right on its line is the likeliest to push a popover off the screen.
        // (Of those on show: the teaching notes are folded away.)
        const index = await terms.evaluateAll((links) => {
          const right = (at: number) => (links[at]!.checkVisibility() ? links[at]!.getBoundingClientRect().right : -1);
          return links.reduce((best, _, at) => (right(at) > right(best) ? at : best), 0);
        });
        // The chapter's own overflow at 320 px (the quiz's answer menus, not the glossary's) is
        // measured first: opening a definition must add none.
        const before = await overflow(page);
        await terms.nth(index).focus();
        const popover = page.locator('#glossary-popover');
        await expect(popover).toBeVisible();
        const box = (await popover.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        expect(await overflow(page)).toBeLessThanOrEqual(Math.max(before, 0));
      });
    }
  });
}

test('without script, every term is listed and the filter is not offered', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/glossary/');
  await expect(page.locator('[data-glossary-entry]')).toHaveCount(terms.length);
  await expect(page.locator('[data-glossary-entry]:visible')).toHaveCount(terms.length);
  await expect(page.getByRole('searchbox')).toBeHidden();
  await context.close();
});

test('the glossary is linked from the home page and every page’s footer, in both locales', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /^术语表：/ }).click();
  await expect(page).toHaveURL(/\/glossary\/$/);
  await page.getByRole('contentinfo').getByRole('link', { name: '术语表' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('术语表');
  await page.goto('/en/chapters/04-satisfaction/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Glossary' }).click();
  await expect(page).toHaveURL(/\/en\/glossary\/$/);
});

test('an open definition and a filter with no match pass the axe scan, in both themes', async ({ page }) => {
  test.setTimeout(90_000);
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/en/glossary/');
    await page.getByRole('searchbox').fill('zzz');
    await expect(page.locator('.glossary-filter').getByRole('status')).toContainText('No term matches');
    const glossary = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(glossary.violations.map((violation) => violation.id)).toEqual([]);
    await page.goto('/chapters/01-foundations/');
    await page.locator(`.prose a.glossary-term[href$="#${crm}"]`).first().focus();
    await expect(page.locator('#glossary-popover')).toBeVisible();
    const chapter = await new AxeBuilder({ page })
      .include('#glossary-popover')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(chapter.violations.map((violation) => violation.id)).toEqual([]);
  }
});

test('in print, a definition never shows and a term prints as plain words', async ({ page }) => {
  await page.goto('/chapters/01-foundations/');
  const term = page.locator(`.prose a.glossary-term[href$="#${crm}"]`).first();
  await term.focus();
  await expect(page.locator('#glossary-popover')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#glossary-popover')).toBeHidden();
  await expect(term).toHaveCSS('text-decoration-line', 'none');
  await expect(term).toHaveCSS('color', 'rgb(0, 0, 0)');
});
