/**
 * Issue #13, measured: on a 390 × 844 phone, no "change a setting → see the effect" loop of any
 * widget may need more than one screen of scrolling. For every widget it names the controls a
 * student changes and the key result they change; it brings each control to the middle of the
 * screen, as a student working through the form would, and measures how far the page would then
 * have to scroll for the key result to be seen whole below the sticky site header (0 when it is
 * already in view, as a sticky summary is). A run-based widget counts two steps: setting → its run
 * button, and run button → the result. The figures are printed as a table, so a change in layout
 * shows up as numbers before it shows up as a failure.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const viewport = { width: 390, height: 844 };

/** One "change a setting → see the effect" loop of a widget. */
interface Loop {
  widget: string;
  /** The island's root element (WidgetBody's), to hydrate it before measuring. */
  root: string;
  /** Every control of the loop's settings (hidden ones, e.g. in closed groups, are skipped). */
  controls: string;
  /** The run/check button between the settings and the result, when the widget has one. */
  run?: string;
  /** The element showing the figure that changes. */
  result: string;
  /** Brings the widget to the state where the loop exists (a run made, a mode or panel opened). */
  prepare?: (page: Page) => Promise<void>;
}

const cardSort = (widget: string, id: string): Loop => ({
  widget,
  root: `.card-sort:has(#cs-${id}-check)`,
  controls: `select[id^="cs-${id}-"]`,
  run: `#cs-${id}-check`,
  result: `.card-sort:has(#cs-${id}-check) [data-testid="cs-summary"]`,
  // The summary appears once Check is pressed (with cards left, it says which are missing).
  prepare: async (page) => {
    await page.locator(`#cs-${id}-check`).click();
  },
});

/** A customer file with two rows left out, so the pyramid shows its report of them. */
const ownCustomers = [
  'customerId,lastPurchaseDaysAgo,purchases,revenue,profit',
  'A1,10,5,1000,500',
  'A2,20,x,300,100',
  'A3,30,2,200,-50',
  'A4,40,1,100,20',
  'A1,5,1,100,10',
].join('\n');

/** A class of three respondents for SERVQUAL's class mode (22 expectations, then 22 perceptions). */
const classFile = [
  ['id', ...['E', 'P'].flatMap((letter) => Array.from({ length: 22 }, (_, i) => `${letter}${i + 1}`))],
  ['r1', ...Array<number>(22).fill(6), ...Array<number>(22).fill(5)],
  ['r2', ...Array<number>(22).fill(6), ...Array<number>(22).fill(4)],
  ['r3', ...Array<number>(22).fill(5), ...Array<number>(22).fill(5)],
]
  .map((row) => row.join(','))
  .join('\n');

/** An NPS survey file with an id, a score and a comment column. */
const npsSurvey = 'id,nps,comment\n101,9,good\n102,10,"fast, kind"\n103,6,slow\n104,3,late\n';

const chapters: { slug: string; loops: Loop[] }[] = [
  {
    slug: '01-foundations',
    loops: [
      {
        widget: 'ChurnCompounding',
        root: '.churn',
        controls: '.churn form input, #churn-reset',
        result: '[data-testid="churn-summary"]',
      },
      cardSort('CustomerLadder', 'customer-ladder'),
    ],
  },
  {
    slug: '02-relationship-marketing',
    loops: [cardSort('BondLevels', 'bond-levels'), cardSort('RelationshipStages', 'relationship-stages')],
  },
  {
    slug: '03-customer-value',
    loops: [
      {
        widget: 'LifetimeValueCalculator',
        root: '.clv',
        controls: '.clv-form input, #clv-reset',
        result: '[data-testid="clv-summary"]',
      },
      {
        widget: 'CustomerPyramidExplorer',
        root: '.pyramid',
        controls: '#pyramid-platinum, #pyramid-gold, #pyramid-iron',
        // The chart of each tier's shares is what the cut-offs change (the 80/20 line above it does not).
        result: '.pyramid-chart',
      },
      {
        // After a file of one's own, the cut-offs still re-cut its customers, and "use the sample"
        // brings the sample back; on a phone the report of the rows left out follows the chart.
        widget: 'CustomerPyramidExplorer (own file)',
        root: '.pyramid',
        controls: '#pyramid-platinum, #pyramid-gold, #pyramid-iron, #pyramid-sample',
        result: '.pyramid-chart',
        prepare: async (page) => {
          await page.locator('#pyramid-file').setInputFiles({
            name: 'mine.csv',
            mimeType: 'text/csv',
            buffer: Buffer.from(ownCustomers),
          });
          await page.locator('[data-testid="pyramid-row-errors"]').waitFor();
          await page.locator('#pyramid-sample').waitFor();
        },
      },
    ],
  },
  {
    slug: '04-satisfaction',
    loops: [
      {
        widget: 'KanoClassifier',
        root: '.kano',
        controls: '.kano-modes input',
        result: '[data-testid="kano-summary"]',
      },
      {
        // The student's own answers: each feature's name and two answers, and the class they give
        // (with the evaluation table's cell) in the line right after them.
        widget: 'KanoClassifier (own answers)',
        root: '.kano',
        controls: '#kano-own-name-0, #kano-own-functional-0, #kano-own-dysfunctional-0',
        result: '[data-testid="kano-own-result-0"]',
        prepare: async (page) => {
          await page.locator('#kano-mode-own').check();
          await page.locator('#kano-own-functional-0').selectOption('like');
          await page.locator('#kano-own-dysfunctional-0').selectOption('dislike');
        },
      },
      {
        // With the most features the mode takes (five), the last one's answers and its line. The
        // evaluation table under them repeats each class as a mark in its cell; it is not this
        // loop's result (each feature's line already names its class and cell in words), and from
        // the first of five features it is two to three screens away.
        widget: 'KanoClassifier (own answers, 5th)',
        root: '.kano',
        controls: '#kano-own-name-4, #kano-own-functional-4, #kano-own-dysfunctional-4',
        result: '[data-testid="kano-own-result-4"]',
        prepare: async (page) => {
          for (let added = 1; added < 5; added++) await page.locator('#kano-own-add').click();
          await page.locator('#kano-own-functional-4').selectOption('mustBe');
          await page.locator('#kano-own-dysfunctional-4').selectOption('dislike');
        },
      },
      // The file mode has no settings: choosing a file is a one-shot import whose result follows
      // the file box, with nothing to change and see again (another file is another import).
      {
        widget: 'ServqualGapScorer',
        root: '.servqual',
        controls: '#sq-preset, .sq-form input[type="text"]',
        result: '[data-testid="sq-summary"]',
      },
      {
        // Desired, adequate and perceived levels: the zone sentences answer every box.
        widget: 'ServqualGapScorer (zone)',
        root: '.servqual',
        controls: '#sq-preset, .sq-form input[type="text"]',
        result: '[data-testid="sq-zone-summary"]',
        prepare: async (page) => {
          await page.locator('#sq-mode-zone').check();
          await page.locator('[data-testid="sq-zone-summary"]').waitFor();
        },
      },
      {
        // A class's file: the file itself is a one-shot import, but the importance points above
        // it still change the class's weighted gap (the table's last row).
        widget: 'ServqualGapScorer (class)',
        root: '.servqual',
        controls: '.sq-importance input',
        result: '[data-testid="sq-class-table"] tbody tr:last-child',
        prepare: async (page) => {
          await page.locator('#sq-mode-class').check();
          await page.locator('#sq-class-file').setInputFiles({
            name: 'class.csv',
            mimeType: 'text/csv',
            buffer: Buffer.from(classFile),
          });
          await page.locator('[data-testid="sq-class-table"]').waitFor();
        },
      },
      {
        widget: 'NpsCalculator',
        root: '.nps',
        controls: '[id^="nps-a-"]',
        result: '[data-testid="nps-result-a"]',
      },
      {
        widget: 'NpsCalculator',
        root: '.nps',
        controls: '[id^="nps-b-"]',
        result: '[data-testid="nps-result-b"]',
      },
      {
        widget: 'NpsCalculator',
        root: '.nps',
        controls: '#nps-compare, #nps-reset',
        result: '[data-testid="nps-comparison"]',
      },
      {
        // Individual scores: the list, and the file box that fills it.
        widget: 'NpsCalculator (scores A)',
        root: '.nps',
        controls: '[id^="nps-a-"]',
        result: '[data-testid="nps-result-a"]',
        prepare: async (page) => {
          await page.locator('#nps-a-mode-scores').check();
          await page.locator('#nps-a-scores').waitFor();
        },
      },
      {
        // With a survey file of several columns, the column chosen is a setting of its own.
        widget: 'NpsCalculator (scores B, file)',
        root: '.nps',
        controls: '[id^="nps-b-"]',
        result: '[data-testid="nps-result-b"]',
        prepare: async (page) => {
          await page.locator('#nps-b-mode-scores').check();
          await page.locator('#nps-b-scores-file').setInputFiles({
            name: 'survey.csv',
            mimeType: 'text/csv',
            buffer: Buffer.from(npsSurvey),
          });
          await page.locator('#nps-b-scores-column').waitFor();
        },
      },
    ],
  },
  {
    slug: '05-loyalty',
    loops: [
      {
        widget: 'SatisfactionLoyaltyCurve',
        root: '.curve',
        controls: '#curve-switching, .curve-scores input, .curve-scores button',
        result: '[data-testid="curve-summary"]',
      },
      {
        widget: 'LoyaltyMatrix',
        root: '.loyalty-matrix',
        // Placing a story replaces its buttons with the feedback, in the same card.
        controls: '.lm-choice',
        result: '[data-testid="lm-card"]',
      },
      {
        widget: 'LoyaltyMatrix',
        root: '.loyalty-matrix',
        controls: '#lm-brand input, #lm-brand select',
        result: '[data-testid="lm-brand-result"]',
        prepare: async (page) => {
          await page.locator('#lm-brand-open').click();
          await page.locator('[data-testid="lm-brand-result"]').waitFor();
        },
      },
      {
        widget: 'LoyaltyScorecard',
        root: '.scorecard',
        controls: '.scorecard-presets button, .scorecard-form input',
        // The headline figure: both loyalty indices (the drivers paragraph explains them).
        result: '.scorecard-result > p:first-child',
      },
      {
        widget: 'LoyaltyScorecard',
        root: '.scorecard',
        controls: '.kpi-form input, .kpi-form button',
        result: '[data-testid="kpi-results"]',
        prepare: async (page) => {
          await page.locator('#scorecard-mode-kpi').check();
          await page.locator('[data-testid="kpi-results"]').waitFor();
        },
      },
    ],
  },
  {
    slug: '06-waiting',
    loops: [
      {
        widget: 'QueueSimulator',
        root: '.queue-simulator',
        controls: '.queue-simulator input:not([type="file"])',
        run: '#queue-run',
        result: '.queue-results > div:first-child',
        prepare: async (page) => {
          await page.locator('#queue-run').click();
          await page.locator('.queue-results > div').first().waitFor({ timeout: 30_000 });
        },
      },
    ],
  },
  {
    slug: '07-complaints',
    loops: [
      {
        widget: 'ComplaintRolePlay',
        root: '.roleplay',
        controls: '.roleplay-choice',
        result: '[data-testid="roleplay-current"]',
        prepare: async (page) => {
          await page.locator('#roleplay-start-clothing-exchange').click();
          await page.locator('.roleplay-choice').first().waitFor();
        },
      },
    ],
  },
  {
    slug: '08-crm-systems',
    loops: [
      {
        widget: 'PipelineForecast',
        root: '.pipeline',
        controls: '.pipeline-form input, .pipeline-form select, #pipeline-reset',
        // The headline figure: the weighted pipeline (its coverage line follows it).
        result: '[data-testid="pipeline-summary"] > p:first-child',
      },
      {
        widget: 'DataCleaning',
        root: '.data-cleaning',
        controls: '.dc-table input, .dc-table button',
        run: '#dc-check',
        result: '[data-testid="dc-score"]',
        prepare: async (page) => {
          await page.locator('#dc-check').click();
        },
      },
      {
        widget: 'DataCleaning',
        root: '.data-cleaning',
        controls: '#dc-rule input, #dc-rule select',
        result: '[data-testid="dc-rule-result"]',
        prepare: async (page) => {
          await page.locator('#dc-rule-open').click();
          await page.locator('[data-testid="dc-rule-result"]').waitFor();
        },
      },
    ],
  },
];

interface Measure {
  /** The most scrolling any control of the loop needs, in CSS px, and the control that needs it. */
  scroll: number;
  worst: string;
  controls: number;
  screen: number;
}

/** Measures one loop in the page: every control centred in turn, then how far to its result. */
async function measure(page: Page, loop: Loop): Promise<Measure> {
  return page.evaluate(
    ({ controls, run, result }) => {
      const header = () => document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
      /** Scroll needed for `element` to be seen whole between the header and the bottom of the screen. */
      const distance = (element: Element) => {
        const box = element.getBoundingClientRect();
        const top = header();
        // Taller than the screen: the best a student can do is bring its top under the header.
        if (box.height > window.innerHeight - top) return Math.abs(box.top - top);
        if (box.top < top) return top - box.top;
        return Math.max(0, box.bottom - window.innerHeight);
      };
      const name = (element: Element) =>
        element.id
          ? `#${element.id}`
          : `${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().slice(0, 24)}”`;
      const target = document.querySelector(result);
      const button = run ? document.querySelector(run) : null;
      if (!target || (run && !button)) throw new Error(`missing ${!target ? result : run}`);
      const shown = [...document.querySelectorAll(controls)].filter((control) => control.checkVisibility());
      let worst = { scroll: 0, worst: '' };
      const consider = (scroll: number, what: string) => {
        if (scroll >= worst.scroll) worst = { scroll: Math.round(scroll), worst: what };
      };
      for (const control of shown) {
        control.scrollIntoView({ block: 'center', behavior: 'instant' });
        consider(distance(button ?? target), name(control));
      }
      if (button) {
        button.scrollIntoView({ block: 'center', behavior: 'instant' });
        consider(distance(target), `${name(button)} → result`);
      }
      return { ...worst, controls: shown.length, screen: Math.round(window.innerHeight - header()) };
    },
    { controls: loop.controls, run: loop.run, result: loop.result },
  );
}

const locales = [
  { id: 'zh-cn', prefix: '' },
  { id: 'en', prefix: '/en' },
];

test.use({ viewport, isMobile: true, hasTouch: true });
// Measured at 390 px whatever the project: the phone project's run is the one that counts.
test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'phone', 'a phone measurement'));

for (const { id: locale, prefix } of locales) {
  for (const { slug, loops } of chapters) {
    test(`${locale} ${slug}: every widget's loop fits in one screen of scrolling @phone`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(`${prefix}/chapters/${slug}/`);
      const rows: Record<string, string | number>[] = [];
      for (const loop of loops) {
        // Hydrate the widget (islands wake near the viewport) before using or measuring it.
        const root = page.locator(loop.root);
        await root.scrollIntoViewIfNeeded();
        await expect(root).toHaveAttribute('data-hydrated', '');
        if (loop.prepare) await loop.prepare(page);
        // Some results wait for data (the pyramid's sample file) after hydrating.
        await page.locator(loop.result).first().waitFor();
        const figure = await measure(page, loop);
        rows.push({ widget: loop.widget, locale, ...figure });
      }
      console.log(`\n${locale} ${slug} (390 × 844)`);
      console.table(rows);
      for (const row of rows) {
        expect.soft(row.controls, `${String(row.widget)} has controls to measure`).toBeGreaterThan(0);
        expect
          .soft(row.scroll, `${String(row.widget)}: scroll from ${String(row.worst)}`)
          .toBeLessThanOrEqual(Number(row.screen));
      }
    });
  }
}

/**
 * A result or run button that sticks to the bottom of a phone's screen must never hide the control
 * a keyboard user is on: Tab from the first control through the widget, and after each press (once
 * the page has stopped scrolling) the focused control and the docked element must not overlap.
 */
const docks: {
  slug: string;
  /** The island's root, to hydrate it, and the part of it whose controls are walked (when smaller). */
  island: string;
  root?: string;
  first: string;
  dock: string;
  /** How the test is named when its root alone would not tell it from another entry's. */
  name?: string;
  prepare?: (page: Page) => Promise<void>;
}[] = [
  { slug: '01-foundations', island: '.card-sort', first: '.card-sort select', dock: '.card-sort .cs-actions' },
  { slug: '03-customer-value', island: '.clv', first: '#clv-a-startingCustomers', dock: '[data-testid="clv-summary"]' },
  { slug: '04-satisfaction', island: '.servqual', first: '#sq-preset', dock: '[data-testid="sq-summary"]' },
  {
    slug: '04-satisfaction',
    island: '.servqual',
    first: '#sq-preset',
    dock: '[data-testid="sq-zone-summary"]',
    name: '.servqual (zone mode)',
    prepare: async (page) => {
      await page.locator('#sq-mode-zone').check();
      await page.locator('[data-testid="sq-zone-summary"]').waitFor();
    },
  },
  { slug: '05-loyalty', island: '.curve', first: '#curve-switching', dock: '[data-testid="curve-summary"]' },
  {
    slug: '05-loyalty',
    island: '.scorecard',
    first: '#scorecard-preset-chapter',
    dock: '.scorecard-result > p:first-child',
  },
  {
    slug: '05-loyalty',
    island: '.loyalty-matrix',
    root: '.lm-questionnaire',
    first: '#lm-brand-name',
    dock: '[data-testid="lm-brand-result"]',
    prepare: async (page) => {
      await page.locator('#lm-brand-open').click();
      await page.locator('#lm-brand-name').waitFor();
    },
  },
  { slug: '06-waiting', island: '.queue-simulator', first: '#queue-arrivals-profile', dock: '.queue-run' },
  { slug: '08-crm-systems', island: '.pipeline', first: '#pipeline-contact', dock: '.pipeline-result > p:first-child' },
  {
    slug: '08-crm-systems',
    island: '.data-cleaning',
    first: '.dc-table input',
    dock: '.data-cleaning > .quiz-actions',
  },
];

for (const { id: locale, prefix } of locales) {
  for (const { slug, island, root = island, first, dock, name = root, prepare } of docks) {
    test(`${locale} ${name}: the docked result never covers the focused control @phone`, async ({ page }) => {
      await page.setViewportSize(viewport);
      // Scrolling to a focused control is instant then: the test judges where it ends, not how.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`${prefix}/chapters/${slug}/`);
      const widget = page.locator(island).first();
      await widget.scrollIntoViewIfNeeded();
      await expect(widget).toHaveAttribute('data-hydrated', '');
      if (prepare) await prepare(page);
      await page.locator(first).first().focus();
      let steps = 0;
      for (; steps < 40; steps++) {
        // Judge only once smooth scrolling to the focused control has come to rest.
        await page.waitForFunction(() => {
          const memory = window as unknown as { lastY?: number; still?: number };
          memory.still = memory.lastY === window.scrollY ? (memory.still ?? 0) + 1 : 0;
          memory.lastY = window.scrollY;
          return memory.still >= 3;
        });
        const state = await page.evaluate(
          ({ root, dock }) => {
            const active = document.activeElement;
            const docked = document.querySelector(dock);
            if (!active || !docked || !active.closest(root)) return 'left';
            if (docked.contains(active) || !active.checkVisibility()) return 'clear';
            const a = active.getBoundingClientRect();
            const d = docked.getBoundingClientRect();
            const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
            // A focusable box taller than the room above the dock (a table's scroll box) cannot clear it.
            if (a.height > d.top - header) return 'clear';
            const overlap = a.bottom > d.top + 1 && a.top < d.bottom - 1;
            return overlap
              ? `${active.id || active.tagName} under the dock (${Math.round(a.bottom)} > ${Math.round(d.top)})`
              : 'clear';
          },
          { root, dock },
        );
        if (state === 'left') break;
        expect(state).toBe('clear');
        await page.keyboard.press('Tab');
      }
      expect(steps).toBeGreaterThan(2);
    });
  }
}
