/**
 * The instructor's page, by keyboard alone, in both locales: fill the form, make the link, and
 * read the link back with the course's own reader (src/lib/assignment/assignmentLink.ts) into
 * the assignment written out by hand below; the QR code is the one uqr draws for the same link.
 * Then the chapters' SCORM packages offered for a made link (downloaded and unzipped), the
 * problems (no title, no task), a reload keeping the draft, a link opened for editing, and a
 * broken link's message.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, retype, scrollTopForScan, tabTo, test, waitForIslands } from './fixtures.ts';
import { assignmentFragment, readAssignmentFragment } from '../../src/lib/assignment/assignmentLink.ts';
import { linkCode } from '../../src/lib/assignment/linkCode.ts';
import type { Assignment } from '../../src/schemas/assignment.ts';

const locales = [
  {
    id: 'en' as const,
    prefix: '/en',
    title: 'Week 1: foundations',
    instructions: 'Read the chapter before the quiz.',
    made: 'The assignment link is ready, with 5 tasks.',
    copied: 'The link is copied',
    qrLabel: 'QR code of the link to the assignment “Week 1: foundations”',
  },
  {
    id: 'zh-cn' as const,
    prefix: '',
    title: '第一周：客户关系管理基础',
    instructions: '先读完本章，再做测验。',
    made: '作业链接已生成，共 5 项内容。',
    copied: '链接已复制',
    qrLabel: '作业“第一周：客户关系管理基础”的链接二维码',
  },
];

async function openBuilder(page: Page, path: string) {
  await page.goto(path);
  await waitForIslands(page);
  await expect(page.locator('.builder-form[data-ready]')).toHaveCount(1);
}

/** Presses Space on a checkbox reached by Tab. */
async function tick(page: Page, id: string) {
  await tabTo(page, id);
  await page.keyboard.press('Space');
  await expect(page.locator(`#${id}`)).toBeChecked();
}

for (const locale of locales) {
  const builder = `${locale.prefix}/instructor/`;

  test(`${locale.id}: a keyboard user builds an assignment and gets the link, whose fragment reads back as the assignment @phone`, async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openBuilder(page, builder);
    await tabTo(page, 'builder-title');
    await page.keyboard.type(locale.title);
    await tabTo(page, 'builder-due');
    // The browser's date field takes the digits in its own order: month, day, year for en-US.
    await page.keyboard.type('03152026');
    await expect(page.locator('#builder-due')).toHaveValue('2026-03-15');
    await tabTo(page, 'builder-instructions');
    await page.keyboard.type(locale.instructions);

    // Chapter 1: read it, a test of two chosen questions, the customer-ladder sort, one exam term.
    await tabTo(page, 'chapter-01-foundations-summary');
    await page.keyboard.press('Enter');
    await tick(page, 'chapter-01-foundations-read');
    // A radio group is one Tab stop: the arrows move the choice.
    await tabTo(page, 'chapter-01-foundations-quiz-none');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#chapter-01-foundations-quiz-test')).toBeChecked();
    await tabTo(page, 'chapter-01-foundations-scope-all');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#chapter-01-foundations-scope-chosen')).toBeChecked();
    await tick(page, 'chapter-01-foundations-item-ch1-payer-consumer');
    await tick(page, 'chapter-01-foundations-item-ch1-client-definition');
    await tick(page, 'chapter-01-foundations-widget-CustomerLadder');
    await tick(page, 'chapter-01-foundations-exam-ch1-term-crm');
    await tick(page, 'builder-scenario-lost-parcel');

    await tabTo(page, 'builder-make');
    await page.keyboard.press('Enter');
    const linkBox = page.locator('#builder-link');
    await expect(linkBox).toHaveValue(new RegExp(`^${baseURL}${locale.prefix}/assignment/#a1\\.`));
    await expect(page.locator('.assignment-builder').getByRole('status')).toHaveText(locale.made);

    const link = await linkBox.inputValue();
    const fragment = link.split('#')[1]!;
    const expected: Assignment = {
      format: 'crm-assignment',
      version: 1,
      locale: locale.id,
      title: locale.title,
      due: '2026-03-15',
      instructions: locale.instructions,
      tasks: [
        { kind: 'read', chapter: '01-foundations' },
        // Ticked second question first: the link lists them in the quiz's order.
        {
          kind: 'quiz',
          chapter: '01-foundations',
          mode: 'test',
          items: ['ch1-client-definition', 'ch1-payer-consumer'],
        },
        { kind: 'exercise', chapter: '01-foundations', widget: 'CustomerLadder' },
        { kind: 'exam', items: ['ch1-term-crm'] },
        { kind: 'roleplay', scenario: 'lost-parcel' },
      ],
    };
    expect(await readAssignmentFragment(fragment)).toEqual({ ok: true, assignment: expected });
    await expect(page.locator('#builder-link-length')).toContainText(String(fragment.length));
    await expect(page.locator('#builder-open-student')).toHaveAttribute('href', link);
    await expect(page.locator('#builder-open-gradebook')).toHaveAttribute(
      'href',
      `${locale.prefix}/gradebook/#${fragment}`,
    );

    // The QR code: named for screen readers, and the very code uqr draws for this link.
    const qr = page.getByRole('img', { name: locale.qrLabel });
    await expect(qr).toBeVisible();
    const drawn = linkCode(link);
    await expect(qr).toHaveAttribute('viewBox', `0 0 ${drawn.side} ${drawn.side}`);
    await expect(qr.locator('path')).toHaveAttribute('d', drawn.path);
    expect(drawn.path.length).toBeGreaterThan(100);

    await tabTo(page, 'builder-copy');
    await page.keyboard.press('Enter');
    await expect(page.locator('.assignment-builder').getByRole('status')).toContainText(locale.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    const download = page.waitForEvent('download');
    await tabTo(page, 'builder-download-qr');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toMatch(/-qr\.svg$/);
  });
}

const packaged = [
  {
    id: 'en' as const,
    prefix: '/en',
    chapters: [
      { slug: '03-customer-value', text: 'Chapter 3: Customer value and lifetime value (SCORM package, ZIP file)' },
      { slug: '07-complaints', text: 'Chapter 7: Complaints and service recovery (SCORM package, ZIP file)' },
    ],
    manifestTitle: 'Chapter 3: Customer value and lifetime value',
    lead: 'a pass is 60% or more',
  },
  {
    id: 'zh-cn' as const,
    prefix: '',
    chapters: [
      { slug: '03-customer-value', text: '第 3 章　客户价值与客户生命周期价值（SCORM 课件包，ZIP 文件）' },
      { slug: '07-complaints', text: '第 7 章　顾客抱怨与服务补救（SCORM 课件包，ZIP 文件）' },
    ],
    manifestTitle: '第 3 章：客户价值与客户生命周期价值',
    lead: '60% 及以上为通过',
  },
];

for (const locale of packaged) {
  test(`${locale.id}: a made link offers the SCORM packages of exactly its chapters, 3 and 7, in the page's language${locale.id === 'zh-cn' ? ' @phone' : ''}`, async ({
    page,
  }) => {
    // The form itself is driven by keyboard above; here a draft on the device (chapter 3 to read,
    // chapter 7's quiz) keeps the test short.
    await page.goto(`${locale.prefix}/`);
    const chapter = { read: false, quiz: 'none', quizAll: true, quizItems: [], examItems: [], widgets: [] };
    const draft = {
      title: 'SCORM',
      chapters: {
        '03-customer-value': { ...chapter, read: true },
        '07-complaints': { ...chapter, quiz: 'practice' },
      },
      scenarios: [],
    };
    await page.evaluate((draft) => localStorage.setItem('crm-instructor-draft', JSON.stringify(draft)), draft);
    await openBuilder(page, `${locale.prefix}/instructor/`);
    await expect(page.locator('#chapter-07-complaints-quiz-practice')).toBeChecked();
    await tabTo(page, 'builder-make');
    await page.keyboard.press('Enter');
    await expect(page.locator('#builder-link')).toHaveValue(/#a1\./);

    await expect(page.locator('#builder-scorm-title')).toHaveText(
      locale.id === 'en' ? 'For a learning platform (SCORM 1.2)' : '在学习平台上使用（SCORM 1.2）',
    );
    await expect(page.locator('.builder-scorm')).toContainText(locale.lead);
    const links = page.locator('#builder-scorm-list a');
    await expect(links).toHaveText(locale.chapters.map((chapter) => chapter.text));
    for (const [index, chapter] of locale.chapters.entries())
      await expect(links.nth(index)).toHaveAttribute('href', `/scorm/crm-${chapter.slug}-${locale.id}.zip`);

    const download = page.waitForEvent('download');
    await tabTo(page, 'builder-scorm-03-customer-value');
    await page.keyboard.press('Enter');
    const file = await download;
    expect(file.suggestedFilename()).toBe(`crm-03-customer-value-${locale.id}.zip`);
    const files = unzipSync(readFileSync((await file.path())!));
    const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
    expect(manifest).toContain(`<title>${locale.manifestTitle}</title>`);
    expect(manifest).toContain(
      `href="${locale.prefix.slice(1)}${locale.prefix ? '/' : ''}chapters/03-customer-value/index.html"`,
    );
  });
}

test('with no title and nothing chosen, the problems are said beside their fields and focus goes to the first @phone', async ({
  page,
}) => {
  await openBuilder(page, '/instructor/');
  await tabTo(page, 'builder-make');
  await page.keyboard.press('Enter');
  await expect(page.locator('#builder-title-problem')).toHaveText('⚠ 请填写作业标题。');
  await expect(page.locator('#builder-title')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#builder-title')).toBeFocused();
  await expect(page.locator('#builder-make-problem')).toContainText('作业里还没有任何内容');
  await expect(page.locator('.assignment-builder').getByRole('status')).toHaveText('有 2 处需要修改，见各项旁的说明。');
  await expect(page.locator('#builder-link')).toHaveCount(0);

  // Fixing the title clears its problem as it is typed; the missing task stays.
  await page.keyboard.type('Week 1');
  await expect(page.locator('#builder-title-problem')).toHaveCount(0);
  await expect(page.locator('#builder-make-problem')).toBeVisible();
});

test('in English, "only the ticked questions" with none ticked opens its chapter with the problem', async ({
  page,
}) => {
  await openBuilder(page, '/en/instructor/');
  await tabTo(page, 'builder-title');
  await page.keyboard.type('Week 2');
  await tabTo(page, 'chapter-02-relationship-marketing-summary');
  await page.keyboard.press('Enter');
  await tabTo(page, 'chapter-02-relationship-marketing-quiz-none');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, 'chapter-02-relationship-marketing-scope-all');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, 'builder-make');
  await page.keyboard.press('Enter');
  await expect(page.locator('#chapter-02-relationship-marketing-problem')).toHaveText(
    '⚠ “Only the questions ticked below” is chosen, but no question is ticked.',
  );
  await expect(page.locator('#chapter-02-relationship-marketing-scope-chosen')).toBeFocused();
  await expect(page.locator('#builder-make-problem')).toHaveCount(0);
});

test('a reload keeps the draft @phone', async ({ page }) => {
  await openBuilder(page, '/en/instructor/');
  await tabTo(page, 'builder-title');
  await page.keyboard.type('Kept across a reload');
  await tabTo(page, 'chapter-03-customer-value-summary');
  await page.keyboard.press('Enter');
  await tick(page, 'chapter-03-customer-value-widget-LifetimeValueCalculator');
  await page.reload();
  await openBuilder(page, '/en/instructor/');
  await expect(page.locator('#builder-title')).toHaveValue('Kept across a reload');
  await expect(page.locator('#chapter-03-customer-value-widget-LifetimeValueCalculator')).toBeChecked();
  await expect(page.locator('#chapter-03-customer-value-summary')).toContainText('(1 chosen)');
});

test('a link opened on the page is loaded into the form for editing', async ({ page }) => {
  const fragment = await assignmentFragment({
    format: 'crm-assignment',
    version: 1,
    locale: 'zh-cn',
    title: 'Loaded from a link',
    tasks: [
      { kind: 'read', chapter: '04-satisfaction' },
      { kind: 'quiz', chapter: '04-satisfaction', mode: 'practice' },
      { kind: 'roleplay', scenario: 'flight-delay' },
      { kind: 'roleplay', scenario: 'no-longer-here' },
    ],
  });
  await openBuilder(page, `/en/instructor/#${fragment}`);
  await expect(page.locator('#builder-loaded')).toHaveText(
    'The assignment “Loaded from a link” from the link is in the form: change it and make a new link. 1 of its parts is no longer in this version of the course and was left out.',
  );
  await expect(page.locator('#builder-title')).toHaveValue('Loaded from a link');
  await expect(page.locator('#chapter-04-satisfaction-read')).toBeChecked();
  await expect(page.locator('#chapter-04-satisfaction-quiz-practice')).toBeChecked();
  await expect(page.locator('#builder-scenario-flight-delay')).toBeChecked();
  // The link has left the address: a reload keeps the edits, not the link as it came.
  expect(new URL(page.url()).hash).toBe('');
});

for (const [path, message] of [
  ['/instructor/#a1.xxx', '没能载入链接中的作业： 这条链接已损坏'],
  ['/en/instructor/#a1.xxx', 'The assignment in the link could not be loaded: This link is damaged'],
  ['/en/instructor/#a9.abc', 'newer or unknown version'],
] as const) {
  test(`${path} gets its problem in the page's language and an empty form @phone`, async ({ page }) => {
    await page.goto('/en/');
    // A draft on the device is not mixed with a broken link.
    await page.evaluate(() => localStorage.setItem('crm-instructor-draft', JSON.stringify({ title: 'Old draft' })));
    await openBuilder(page, path);
    await expect(page.locator('#builder-link-problem')).toContainText(message);
    await expect(page.locator('#builder-title')).toHaveValue('');
  });
}

test('the title counter counts what is typed, markup included, as text', async ({ page }) => {
  await openBuilder(page, '/en/instructor/');
  await tabTo(page, 'builder-title');
  await retype(page, '<img src=x onerror=alert(1)>');
  await expect(page.locator('#builder-title-count')).toHaveText('28 of 120 characters');
});

test('an assignment too long for a link is refused with its length and how to shorten it', async ({ page }) => {
  // Every question, exam item, exercise and role-play of the course, with instructions that do
  // not compress (no two alike): the link's fragment would pass the 2,850-character limit.
  await openBuilder(page, '/en/instructor/');
  const slugs = await page
    .locator('details.builder-chapter summary')
    .evaluateAll((summaries) => summaries.map((summary) => summary.id.replace(/^chapter-|-summary$/g, '')));
  const everyQuizChosen = Object.fromEntries(
    slugs.map((slug) => [slug, { quiz: 'test', quizAll: false, quizItems: [], examItems: [], widgets: [] }]),
  );
  await page.evaluate(
    (chapters) => localStorage.setItem('crm-instructor-draft', JSON.stringify({ chapters })),
    everyQuizChosen,
  );
  await openBuilder(page, '/en/instructor/?all');
  const draft = await page.evaluate((slugs) => {
    const ids = (slug: string, kind: string) =>
      [...document.querySelectorAll(`input[id^="chapter-${slug}-${kind}-"]`)].map((box) =>
        box.id.slice(`chapter-${slug}-${kind}-`.length),
      );
    let seed = 7;
    // A fixed pseudo-random text (a linear congruential generator), so the test is the same every run.
    const noise = Array.from({ length: 600 }, () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return 'abcdefghijklmnopqrstuvwxyz0123456789'[seed % 36];
    }).join('');
    return {
      title: 'T'.repeat(120),
      instructions: noise,
      chapters: Object.fromEntries(
        slugs.map((slug) => [
          slug,
          {
            read: true,
            quiz: 'test',
            quizAll: false,
            quizItems: ids(slug, 'item'),
            examItems: ids(slug, 'exam'),
            widgets: ids(slug, 'widget'),
          },
        ]),
      ),
      scenarios: [...document.querySelectorAll('input[id^="builder-scenario-"]')].map((box) =>
        box.id.slice('builder-scenario-'.length),
      ),
    };
  }, slugs);
  expect(draft.chapters['01-foundations']!.quizItems.length).toBeGreaterThan(10);
  await page.evaluate((draft) => localStorage.setItem('crm-instructor-draft', JSON.stringify(draft)), draft);
  await openBuilder(page, '/en/instructor/?long');
  await tabTo(page, 'builder-make');
  await page.keyboard.press('Enter');
  const problem = page.locator('#builder-make-problem');
  await expect(problem).toContainText(/The link’s fragment would be [\d,]+ characters long, over the limit of 2,850/);
  await expect(problem).toContainText('Tick fewer questions');
  const length = Number((await problem.textContent())!.match(/be ([\d,]+) characters/)![1]!.replace(/,/g, ''));
  expect(length).toBeGreaterThan(2850);
  await expect(page.locator('#builder-link')).toHaveCount(0);
});

test('when the browser refuses the clipboard, the link is selected and Ctrl+C suggested', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
    });
  });
  await openBuilder(page, '/en/instructor/');
  await tabTo(page, 'builder-title');
  await page.keyboard.type('Copy refused');
  await tick(page, 'builder-scenario-telecom-billing');
  await tabTo(page, 'builder-make');
  await page.keyboard.press('Enter');
  await tabTo(page, 'builder-copy');
  await page.keyboard.press('Enter');
  await expect(page.locator('.assignment-builder').getByRole('status')).toHaveText(
    'The browser did not allow copying. The link is selected: press Ctrl+C (⌘+C on a Mac) to copy it.',
  );
  await expect(page.locator('#builder-link')).toBeFocused();
  const selected = await page.evaluate(() => {
    const box = document.getElementById('builder-link') as HTMLInputElement;
    return box.value.slice(box.selectionStart ?? 0, box.selectionEnd ?? 0);
  });
  expect(selected).toBe(await page.locator('#builder-link').inputValue());
});

/** The site-wide scan sees the folded form: every chapter and exercise start open, their problems and a made link are checked here. */
for (const theme of ['light', 'dark'] as const) {
  test(`the open form, its problems and a made link have no axe violations in the ${theme} theme, nor sideways scroll at 320 px`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: theme });
    await openBuilder(page, '/en/instructor/');
    const scan = async () => {
      await scrollTopForScan(page);
      const results = await new AxeBuilder({ page })
        .include('.assignment-builder')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      return [
        ...results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        ...(overflow > 0 ? [`scrolls sideways by ${overflow}px`] : []),
      ];
    };
    await page.setViewportSize({ width: 320, height: 800 });
    // Every chapter open, chapter 1's quiz set to ticked questions with none ticked: every control and a problem.
    await page.evaluate(() =>
      document.querySelectorAll<HTMLDetailsElement>('details.builder-chapter').forEach((d) => (d.open = true)),
    );
    await page.locator('#chapter-01-foundations-quiz-test').check();
    await page.locator('#chapter-01-foundations-scope-chosen').check();
    // Both exercise starts open, one number refused: their selects, fields and problem are scanned too.
    await page.locator('#chapter-03-customer-value-widget-LifetimeValueCalculator').check();
    await page.locator('#chapter-06-waiting-widget-QueueSimulator').check();
    await page.evaluate(() =>
      document.querySelectorAll<HTMLDetailsElement>('details.builder-start').forEach((d) => (d.open = true)),
    );
    await page.locator('#chapter-06-waiting-start-QueueSimulator-servers').fill('25');
    await page.locator('#builder-make').click();
    await expect(page.locator('#builder-title-problem')).toBeVisible();
    await expect(page.locator('#chapter-01-foundations-problem')).toBeVisible();
    await expect(page.locator('#chapter-06-waiting-start-QueueSimulator-servers-problem')).toBeVisible();
    expect(await scan()).toEqual([]);
    await page.locator('#chapter-06-waiting-start-QueueSimulator-servers').fill('');

    await page.locator('#builder-title').fill('A made link');
    await page.locator('#chapter-01-foundations-item-ch1-terms-match').check();
    await page.locator('#builder-make').click();
    await expect(page.getByRole('img', { name: /A made link/ })).toBeVisible();
    expect(await scan()).toEqual([]);
  });
}
