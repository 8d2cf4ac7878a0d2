/**
 * Printing: a chapter in each language and a quiz worksheet, as headless Chromium prints them to an
 * A4 PDF (page.pdf). The PDF is read with a few regular expressions, not a PDF library: its page
 * count (the page tree's /Count) and, from a tagged PDF, its outline, whose entries are the
 * headings Chromium actually laid out (a heading hidden by print CSS has none). The frame and the
 * printable width are checked in the print-media DOM at the width of an A4 page's content.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** A4 (210 mm) less the 16 mm side margins of src/styles/print.css, in CSS pixels (96 per inch). */
const CONTENT_WIDTH = Math.floor(((210 - 2 * 16) / 25.4) * 96);

interface PrintedPdf {
  pages: number;
  /** The outline's entries: the document title, then every printed heading. */
  headings: string[];
}

/** A PDF string as written: a (literal) with backslash escapes, or <hex> UTF-16BE behind a byte-order mark. */
function pdfString(raw: string): string {
  if (raw.startsWith('<')) {
    const hex = raw.slice(1, -1).replace(/^FEFF/i, '');
    let text = '';
    for (let i = 0; i + 4 <= hex.length; i += 4) text += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
    return text;
  }
  return raw
    .slice(1, -1)
    .replace(/\\([nrtbf()\\]|\d{1,3})/g, (_, escape: string) =>
      /\d/.test(escape)
        ? String.fromCharCode(parseInt(escape, 8))
        : ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' }[escape] ?? escape),
    );
}

async function printToPdf(page: Page): Promise<PrintedPdf> {
  const bytes = await page.pdf({ format: 'A4', tagged: true, outline: true });
  const text = bytes.toString('latin1');
  const headings = [...text.matchAll(/\/Title\s*(\((?:[^()\\]|\\.)*\)|<[0-9A-Fa-f]*>)/g)].map((m) => pdfString(m[1]!));
  // Every page is one /Type /Page object (the page tree's own nodes are /Type /Pages).
  return { pages: text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0, headings };
}

/** Under print media, at the width of an A4 page's content: what would print outside it. */
async function outsideThePage(page: Page): Promise<string[]> {
  await page.setViewportSize({ width: CONTENT_WIDTH, height: 1100 });
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width + 1)
      found.push(`page scrolls to ${document.documentElement.scrollWidth}px`);
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.left < -1 || box.right > width + 1)
        found.push(
          `${element.tagName.toLowerCase()}.${element.className}: ${Math.round(box.left)}–${Math.round(box.right)}px`,
        );
    }
    return found.slice(0, 10);
  });
}

/** The frame a handout must not carry: every one hidden under print media. */
const frame = '.site-header, .site-footer, .sidebar, .reader-sheet, .prev-next, .skip-link, button, .widget-live';

const chapters = [
  // Measured 10 and 18 pages. The bounds allow for a few pages of text added or cut; below them the
  // handout lost a part (a widget, the key terms), above them the frame or a widget's live view printed.
  { path: '/chapters/01-foundations/', title: '客户关系管理概论', theme: 'dark', minPages: 7, maxPages: 14 },
  { path: '/en/chapters/03-customer-value/', title: 'Customer value', theme: 'light', minPages: 13, maxPages: 24 },
];

for (const chapter of chapters) {
  test(`${chapter.path} prints as an A4 handout: no frame, widgets as their summary and address, within the page`, async ({
    page,
    baseURL,
  }) => {
    await page.emulateMedia({ colorScheme: chapter.theme as 'dark' | 'light' });
    await page.goto(chapter.path);
    await expect(page.locator('html')).toHaveAttribute('data-theme', chapter.theme);
    expect(await outsideThePage(page)).toEqual([]);
    // Either theme prints black on white.
    expect(
      await page.evaluate(() => [
        getComputedStyle(document.body).backgroundColor,
        getComputedStyle(document.body).color,
      ]),
    ).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
    // In one pass, not a locator per element: a chapter has dozens of buttons and fields.
    const printed = await page.evaluate((frame) => {
      const shown = (element: Element) => element.getClientRects().length > 0;
      return {
        frame: [...document.querySelectorAll(frame)].filter(shown).map((element) => element.outerHTML.slice(0, 80)),
        notes: [...document.querySelectorAll('.teaching-notes')].filter(shown).length,
        widgets: [...document.querySelectorAll('.widget:not(.quiz-widget)')].map((widget) => ({
          title: widget.querySelector('.widget-title')?.id,
          summary: shown(widget.querySelector('.widget-print > p')!),
          address: widget.querySelector('.print-url')?.textContent,
          qr: shown(widget.querySelector('svg.print-qr')!),
        })),
        quiz: document.querySelector('.quiz-widget .print-url')?.textContent,
      };
    }, frame);
    expect(printed.frame).toEqual([]);
    expect(printed.notes).toBe(0);
    // Each widget prints its summary, the live widget's absolute address (its title in this
    // chapter) and a QR code; the quiz prints its worksheet's address.
    expect(printed.widgets.length).toBeGreaterThan(0);
    for (const widget of printed.widgets)
      expect(widget).toEqual({
        title: widget.title,
        summary: true,
        address: new URL(`${chapter.path}#${widget.title}`, baseURL).href,
        qr: true,
      });
    expect(printed.quiz).toMatch(/\/worksheets\/\d{2}-[a-z-]+\/$/);

    const pdf = await printToPdf(page);
    expect(pdf.pages).toBeGreaterThanOrEqual(chapter.minPages);
    expect(pdf.pages).toBeLessThanOrEqual(chapter.maxPages);
    expect(pdf.headings.some((heading) => heading.startsWith(chapter.title))).toBe(true);
  });
}

test('on screen, the print blocks are hidden and the quiz page links its worksheet', async ({ page }) => {
  await page.goto('/chapters/01-foundations/');
  await expect(page.locator('.print-only').first()).toBeHidden();
  await page.goto('/en/quizzes/01-foundations/');
  await page.getByRole('link', { name: 'Print this quiz as a worksheet' }).click();
  await expect(page).toHaveURL(/\/en\/worksheets\/01-foundations\/$/);
});

test('a worksheet prints without its answer key unless the box is ticked, and with it on pages of its own', async ({
  page,
}) => {
  await page.goto('/worksheets/01-foundations/');
  expect(await outsideThePage(page)).toEqual([]);
  const key = page.locator('.answer-key');
  await expect(key).toBeHidden();
  const without = await printToPdf(page);
  expect(without.headings).toContain('第 1 章测验练习单：客户关系管理概论');
  expect(without.headings).not.toContain('答案与解析');
  // 15 items measured at 3 pages: two or four are a few items more or fewer, one would mean the
  // items lost their room to answer, five the screen controls printed.
  expect(without.pages).toBeGreaterThanOrEqual(2);
  expect(without.pages).toBeLessThanOrEqual(4);

  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel('打印时附上答案与解析（从新的一页开始）').check();
  await expect(key).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  expect(await key.evaluate((element) => getComputedStyle(element).breakBefore)).toBe('page');
  const withKey = await printToPdf(page);
  expect(withKey.headings).toContain('答案与解析');
  // The key starts a page of its own and takes one to three: fifteen answers with their explanations.
  expect(withKey.pages).toBeGreaterThanOrEqual(without.pages + 1);
  expect(withKey.pages).toBeLessThanOrEqual(without.pages + 3);
});

test('the answer key letters the options as the worksheet prints them', async ({ page }) => {
  await page.goto('/en/worksheets/01-foundations/');
  // Item 1 is single choice; its key names a letter and that option's text, as printed above.
  const first = page.locator('.worksheet-item').first();
  const options = await first.locator('.worksheet-options li').allInnerTexts();
  await page.getByLabel(/Print the answer key/).check();
  const answer = (await page.locator('.answer-key-items > li').first().locator('p').first().innerText()).replace(
    /^Answer:\s*/,
    '',
  );
  const letter = answer.slice(0, 1);
  const printed = options.find((option) => option.startsWith(letter));
  expect(printed?.replace(/\s+/g, ' ')).toBe(answer.replace(/\s+/g, ' '));
});

test('the whole course prints every chapter from a new page, with no script', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/en/print/');
  expect(scripts).toEqual([]);
  const chapters = page.locator('.print-chapter');
  expect(await chapters.count()).toBe(await page.locator('.course-contents li').count());
  await page.emulateMedia({ media: 'print' });
  for (const chapter of await chapters.all())
    expect(await chapter.evaluate((element) => getComputedStyle(element).breakBefore)).toBe('page');
  await expect(page.locator('.screen-only').first()).toBeHidden();
});
