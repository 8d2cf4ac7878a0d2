/**
 * The complaint-handling role-play in chapter 7, played by keyboard alone. Replies are chosen by
 * their text, as a student reads them; the justice scores expected in the debrief are added up by
 * hand from the effects in content/scenarios/*.yaml (written out beside each test).
 */
import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { parse } from 'yaml';
import { expect, tabTo, test, waitForIslands, scrollTopForScan } from './fixtures.ts';

const english = '/en/chapters/07-complaints/';
const chinese = '/chapters/07-complaints/';

/** Opens a scenario from the picker by keyboard; focus lands on the customer's first line, in view. */
async function startScenario(page: Page, path: string, scenarioId: string) {
  await page.goto(path);
  await tabTo(page, `roleplay-start-${scenarioId}`);
  await waitForIslands(page);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('roleplay-current')).toBeFocused();
}

/**
 * From the customer's line or the own-words box, Tab along the offered replies to the one that starts with `text` (as a
 * student reads them) or, given `{ choice }`, to the reply with that id in the scenario file; and say it.
 */
async function reply(page: Page, target: string | { choice: string }) {
  for (let presses = 0; presses < 8; presses++) {
    await page.keyboard.press('Tab');
    const reached = await page.evaluate((wanted) => {
      const active = document.activeElement;
      if (!active?.classList.contains('roleplay-choice')) return false;
      return typeof wanted === 'string'
        ? (active.textContent ?? '').startsWith(wanted)
        : active.getAttribute('data-choice') === wanted.choice;
    }, target);
    if (reached) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`no offered reply matches ${JSON.stringify(target)}`);
}

/** The widget's polite live region, where each new customer line and the ending are read out. */
function announcement(page: Page): Locator {
  return page.locator('.roleplay').getByRole('status');
}

/** The student's score and the best path's score in one row of the debrief's justice table. */
function scoreRow(page: Page, dimension: string): Locator {
  return page.getByTestId('roleplay-scores').locator(`tr[data-dimension="${dimension}"] td`);
}

async function expectScores(page: Page, rows: Record<string, [string, string]>) {
  for (const [dimension, [mine, best]] of Object.entries(rows)) {
    await expect(scoreRow(page, dimension)).toHaveText([mine, best]);
  }
}

test('the coat exchange played to its best ending, with the typed reply in the debrief', async ({ page }) => {
  await startScenario(page, english, 'clothing-exchange');
  await expect(page.getByTestId('roleplay-current')).toContainText('Are you the manager?');
  // Justice is kept for the debrief; only the mood shows while talking (startEmotion −2, node "angry").
  await expect(page.getByTestId('roleplay-mood')).toHaveText(/^angry \(-2 on a scale/);
  await expect(page.getByTestId('roleplay-scores')).toHaveCount(0);

  // Replaying sits apart from the replies, not styled as the main action, while the conversation is open.
  await expect(page.locator('#roleplay-restart')).toHaveClass('button-secondary');
  await page.keyboard.press('Tab');
  await expect(page.locator('#roleplay-own-reply')).toBeFocused();
  await page.keyboard.type('I would ask her name and let her tell me everything.');
  await reply(page, "Yes, I'm the manager.");
  // Focus lands on the customer's new line (in view; no phone keyboard opens); it is read out politely.
  await expect(page.getByTestId('roleplay-current')).toBeFocused();
  await expect(page.getByTestId('roleplay-current')).toBeInViewport();
  await expect(page.locator('#roleplay-own-reply')).toHaveValue('');
  await expect(announcement(page)).toContainText("The customer says: I'm Ms Liu.");
  // Emotion −2 + 1 = −1 at "heard", whose mood is frustrated.
  await expect(page.getByTestId('roleplay-mood')).toHaveText(/^frustrated \(-1 on a scale/);
  await expect(page.locator('#roleplay-mood-meter')).toHaveAttribute('value', '-1');

  await reply(page, 'Ms Liu, my colleague walking off');
  await reply(page, "Yes. There's no sign of wear");
  await reply(page, 'Leave me your number.');

  // The ending is told as what happened next, not in a bubble labelled as the customer speaking.
  await expect(page.getByTestId('roleplay-current')).toBeFocused();
  await expect(page.getByTestId('roleplay-current')).toContainText(/^What happened next When you call two days later/);
  await expect(announcement(page)).toContainText('Ending: the customer stays and praises you.');
  await expect(page.locator('#roleplay-restart')).toHaveClass('button');
  const debrief = page.getByTestId('roleplay-debrief');
  await expect(debrief).toContainText('Your ending: the customer stays and praises you. You reached the best ending.');
  // hear-the-story (0, 1, 2) + apologise-for-yesterday (0, 1, 2) + exchange-with-new-tag (2, 2, 1)
  // + fit-and-call-back (1, 2, 2): outcome 3, process 6, interaction 7, total 16. It is the best path.
  await expectScores(page, {
    outcome: ['3', '3'],
    process: ['6', '6'],
    interaction: ['7', '7'],
    total: ['16', '16'],
  });
  // Emotion −2 + 1 + 2 + 2 + 2 = 5, the top of the scale.
  await expect(page.getByTestId('roleplay-mood')).toHaveText(/^pleased \(\+5 on a scale/);
  await expect(page.getByTestId('roleplay-missed')).toHaveText('You covered every step the best path covers.');
  await expect(page.getByTestId('roleplay-path').locator('tbody tr')).toHaveCount(4);
  await expect(page.getByTestId('roleplay-path').locator('tbody tr td:nth-child(3)')).toHaveText(
    Array(4).fill('(same as the best path)'),
  );
  const ownWords = page.getByTestId('roleplay-own-words').locator('tbody tr');
  await expect(ownWords.first()).toContainText('I would ask her name and let her tell me everything.');
  await expect(ownWords.first()).toContainText('(listen)');
  await expect(ownWords.nth(1)).toContainText('(nothing written this round)');

  // The self-assessment checklist is operable by keyboard.
  await tabTo(page, 'roleplay-restart');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('checkbox', { name: 'follow up' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(debrief).toContainText('You ticked 1 of the 5 steps.');
});

test('the phone bill played to a bad ending: scores, missed steps and advice', async ({ page }) => {
  await startScenario(page, english, 'telecom-billing');
  await reply(page, "That's the video ringtone service.");
  await reply(page, 'That salesperson was from a partner agency');
  await reply(page, "I do understand, but I really don't have the authority");
  await reply(page, "If you're not satisfied with the outcome");

  await expect(page.getByTestId('roleplay-current')).toBeFocused();
  const debrief = page.getByTestId('roleplay-debrief');
  await expect(debrief).toContainText(
    'Your ending: the customer takes it public. The best ending: the customer stays and praises you.',
  );
  // explain-add-on (−1, −1, −2) + blame-colleague (−1, −1, −1) + policy-wall (−1, −1, 0)
  // + suggest-regulator (−1, −2, −1): outcome −4, process −5, interaction −4, total −13.
  // Best path: let-her-finish (0, 1, 2) + own-the-mistake (0, 1, 2) + refund-and-cancel-now (2, 2, 1)
  // + promise-follow-up (1, 2, 2): 3, 6, 7, total 16.
  await expectScores(page, {
    outcome: ['-4', '3'],
    process: ['-5', '6'],
    interaction: ['-4', '7'],
    total: ['-13', '16'],
  });
  // Emotion −3 − 2 − 2 − 2 − 3 stops at the bottom of the scale.
  await expect(page.getByTestId('roleplay-mood')).toHaveText(/^furious \(-5 on a scale/);
  // None of the four replies was fair on balance, so every step the best path takes is missed:
  // listen, empathise and apologise (own-the-mistake does both), solve, follow up.
  await expect(page.getByTestId('roleplay-missed').locator('li')).toHaveText([
    'listen',
    'empathise',
    'apologise',
    'solve',
    'follow up',
  ]);
  // Costliest first: at offer-poor, suggest-regulator (escalates publicly) against go-beyond (stays)
  // loses three ending ranks, more than any other reply, so it leads, with go-beyond as the better one.
  const advice = page.getByTestId('roleplay-advice').locator('li');
  await expect(advice).toHaveCount(3);
  await expect(advice.first()).toContainText("You picked: If you're not satisfied with the outcome");
  await expect(advice.first()).toContainText("Better: You're right, I didn't think it through.");
});

test('the Chinese page plays in Chinese; a reload resumes, and a restart starts afresh', async ({ page }) => {
  // Two reloads, each followed by a Tab walk to the widget: about 20 s alone, more on a busy machine.
  test.setTimeout(60_000);
  await startScenario(page, chinese, 'clothing-exchange');
  await expect(page.getByTestId('roleplay-current')).toContainText('你是店长吧？');
  await page.keyboard.press('Tab');
  await page.keyboard.type('先问问她昨天发生了什么。');
  await reply(page, '您先把衣服和小票给我看一下');
  await expect(page.getByTestId('roleplay-mood')).toHaveText(/^怒不可遏（-3/);

  // The conversation and the words typed are kept on the device: a reload offers to continue.
  await page.reload();
  await tabTo(page, 'roleplay-start-clothing-exchange');
  await waitForIslands(page);
  await expect(page.locator('#roleplay-start-clothing-exchange')).toHaveText('接着上次继续');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('roleplay-chat').locator('li')).toHaveCount(3);
  await reply(page, '我理解。不过按流程我得先检查一下');
  await reply(page, '这样吧，换是换不了');
  await reply(page, '您说得在理，是我太死板了。');

  const debrief = page.getByTestId('roleplay-debrief');
  await expect(debrief).toContainText('你的结局：顾客留下了。 最好的结局：顾客留下，还替你说好话。');
  // inspect-coat (0, 0, −1) + check-for-wear (0, 0, −1) + discount-next-purchase (1, −1, −1)
  // + make-an-exception (2, 1, 1): outcome 3, process 0, interaction −2, total 1.
  await expectScores(page, {
    outcome: ['3', '3'],
    process: ['0', '6'],
    interaction: ['-2', '7'],
    total: ['1', '16'],
  });
  await expect(page.getByTestId('roleplay-own-words').locator('tbody tr').first()).toContainText(
    '先问问她昨天发生了什么。',
  );

  await tabTo(page, 'roleplay-restart');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('roleplay-current')).toBeFocused();
  await expect(page.getByTestId('roleplay-chat').locator('li')).toHaveCount(1);
  await expect(page.getByTestId('roleplay-debrief')).toHaveCount(0);
  await expect(page.getByTestId('roleplay-mood')).toHaveText(/^生气（-2/);

  // Back in the picker the best ending reached stays on record, and the scenario starts afresh.
  // (Reached by keyboard: a reload need not restore the scroll position that brings the island into view.)
  await page.reload();
  await tabTo(page, 'roleplay-start-clothing-exchange');
  await waitForIslands(page);
  await expect(page.getByTestId('roleplay-best-clothing-exchange')).toHaveText(
    '在本设备上达到过的最好结局：顾客留下了。',
  );
  await expect(page.locator('#roleplay-start-clothing-exchange')).toHaveText('开始这个情境');
});

test('on a phone the restaurant scenario plays to its best ending without sideways scrolling @phone', async ({
  page,
}) => {
  await page.goto(english);
  const start = page.locator('#roleplay-start-restaurant-food-safety');
  await start.scrollIntoViewIfNeeded();
  await waitForIslands(page);
  await start.click();
  for (const text of [
    "I'm the manager. The child comes first.",
    "I'm so sorry. This is a serious mistake by our kitchen",
    "That's the right question.",
    'Yes. A wok was scrubbed with steel wool',
    "Tonight's meal is on us and we'll cover the hospital check",
  ]) {
    await page.locator('.roleplay-choice', { hasText: text }).click();
    const width = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(width).toBeLessThanOrEqual(0);
  }
  // child-first (0, 1, 2) + sorry-and-keep-evidence (1, 2, 2) + go-and-check (0, 2, 1)
  // + tell-the-truth (1, 2, 1) + call-tomorrow (2, 1, 2): outcome 4, process 8, interaction 8, total 20.
  await expectScores(page, {
    outcome: ['4', '4'],
    process: ['8', '8'],
    interaction: ['8', '8'],
    total: ['20', '20'],
  });
  await expect(page.getByTestId('roleplay-debrief')).toContainText('You reached the best ending.');
  const width = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(width).toBeLessThanOrEqual(0);
});

test('a learner who always presses the first reply shown is not praised: the debrief says what was missing', async ({
  page,
}) => {
  // Two conversations on two page loads, each walked by keyboard.
  test.setTimeout(60_000);
  // This learner is dealt, first at every turn, defend-the-rule (−1, −1, −2), step-back-and-ask (0, 1, 2),
  // exchange-with-new-tag (2, 2, 1) and fit-and-call-back (1, 2, 2): the last reply leads to the praise, but the
  // whole conversation adds up to outcome 2, process 4, interaction 3, total 9, short of the 13 it takes
  // (clothing-exchange.yaml), so the customer stays. Before #13 this learner was praised.
  await page.addInitScript(() => localStorage.setItem('crm-learner', 'learner-6'));
  const runs = [
    {
      path: english,
      ending: 'Ending: the customer stays.',
      why: 'Why it stopped short: “the customer stays and praises you” takes the whole conversation handled well, a justice total of at least 13 over all your replies; yours came to 9.',
    },
    {
      path: chinese,
      ending: '结局：顾客留下了。',
      why: '差在哪里：“顾客留下，还替你说好话”这个结局看的是整场对话——各轮回应的公平分合计至少要 13 分，你这次合计 9 分。',
    },
  ];
  for (const run of runs) {
    await startScenario(page, run.path, 'clothing-exchange');
    const pressed: string[] = [];
    for (let round = 0; round < 8 && (await page.getByTestId('roleplay-debrief').count()) === 0; round++) {
      // Tab from the customer's line past the own-words box to the first reply shown, and say it.
      for (let presses = 0; presses < 3; presses++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => document.activeElement?.classList.contains('roleplay-choice'))) break;
      }
      const first = await page.evaluate(() => {
        const active = document.activeElement;
        return active === document.querySelector('.roleplay-choice') ? active?.getAttribute('data-choice') : null;
      });
      expect(first).not.toBeNull();
      pressed.push(first!);
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('roleplay-current')).toBeFocused();
    }
    expect(pressed).toEqual(['defend-the-rule', 'step-back-and-ask', 'exchange-with-new-tag', 'fit-and-call-back']);
    await expect(announcement(page)).toContainText(run.ending);
    await expectScores(page, {
      outcome: ['2', '3'],
      process: ['4', '6'],
      interaction: ['3', '7'],
      total: ['9', '16'],
    });
    await expect(page.getByTestId('roleplay-shortfall')).toHaveText(run.why);
    // Start afresh, so the next language begins at the start rather than reopening this ending.
    await tabTo(page, 'roleplay-restart');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('roleplay-current')).toBeFocused();
  }
});

/** The site-wide scan sees only the picker; the conversation and the debrief are checked here, in both themes. */
for (const theme of ['light', 'dark'] as const) {
  test(`the conversation and the debrief have no axe violations in the ${theme} theme`, async ({ page }) => {
    // Two scans on a long chapter page: 25–35 s on a busy two-core machine.
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme: theme });
    const scan = async () => {
      await scrollTopForScan(page);
      const results = await new AxeBuilder({ page })
        .include('.roleplay')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    await startScenario(page, english, 'telecom-billing');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Please sit down and tell me.');
    await reply(page, 'Please have a seat.');
    expect(await scan()).toEqual([]);
    await reply(page, 'Anyone would be upset');
    await reply(page, "I'll cancel the service now.");
    await reply(page, 'Just check "My services"');
    await expect(page.getByTestId('roleplay-debrief')).toContainText('Your ending: the customer stays.');
    expect(await scan()).toEqual([]);
  });
}

interface ScenarioFile {
  id: string;
  start: string;
  nodes: {
    id: string;
    ending?: string;
    requires?: { total: number };
    otherwise?: string;
    choices?: { id: string; next: string; effects: { outcome: number; process: number; interaction: number } }[];
  }[];
}

/**
 * The fewest replies from the start to each ending node, found breadth-first over the file itself,
 * and the ending each route ends at by the file's rule: an ending that requires a justice total
 * sends a route whose replies add up to less to its "otherwise" ending.
 */
function shortestRoutes(scenario: ScenarioFile): { ending: string; choices: string[] }[] {
  const byId = new Map(scenario.nodes.map((node) => [node.id, node]));
  const routes = new Map<string, string[]>([[scenario.start, []]]);
  const queue = [scenario.start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const choice of byId.get(id)?.choices ?? []) {
      if (routes.has(choice.next)) continue;
      routes.set(choice.next, [...(routes.get(id) ?? []), choice.id]);
      queue.push(choice.next);
    }
  }
  const effects = new Map(
    scenario.nodes.flatMap((node) => (node.choices ?? []).map((choice) => [choice.id, choice.effects] as const)),
  );
  return scenario.nodes.flatMap((node) => {
    if (!node.ending || !routes.has(node.id)) return [];
    const choices = routes.get(node.id)!;
    const total = choices.reduce((sum, id) => {
      const effect = effects.get(id)!;
      return sum + effect.outcome + effect.process + effect.interaction;
    }, 0);
    const short = node.requires && node.otherwise !== undefined && total < node.requires.total;
    return [{ ending: short ? byId.get(node.otherwise!)!.ending! : node.ending, choices }];
  });
}

const endingAnnouncement: Record<string, (ending: string) => string> = {
  [english]: (ending) => `Ending: ${ending}.`,
  [chinese]: (ending) => `结局：${ending}。`,
};
const endingNames: Record<string, Record<string, string>> = {
  [english]: {
    staysAndPraises: 'the customer stays and praises you',
    stays: 'the customer stays',
    leavesQuietly: 'the customer leaves quietly',
    leavesAndWarns: 'the customer leaves and warns others',
    escalatesPublicly: 'the customer takes it public',
  },
  [chinese]: {
    staysAndPraises: '顾客留下，还替你说好话',
    stays: '顾客留下了',
    leavesQuietly: '顾客悄悄流失',
    leavesAndWarns: '顾客离开，还劝别人别来',
    escalatesPublicly: '顾客把事情闹到了公开渠道',
  },
};

const scenarioFiles = readdirSync('content/scenarios').filter((file) => file.endsWith('.yaml'));

test('the course has the five role-play scenarios to play', () => {
  expect(scenarioFiles).toHaveLength(5);
});

for (const file of scenarioFiles) {
  const scenario = parse(readFileSync(`content/scenarios/${file}`, 'utf8')) as ScenarioFile;
  test(`${scenario.id}: every ending is reached by keyboard, in English and Chinese by turns`, async ({ page }) => {
    // One conversation per ending, each opened afresh and walked by keyboard: five or six page
    // loads of the longest chapter, 1–2.5 minutes on a busy 2-core machine.
    test.setTimeout(240_000);
    const routes = shortestRoutes(scenario);
    expect(new Set(routes.map((route) => route.ending)).size).toBeGreaterThanOrEqual(4);
    for (const [index, { ending, choices }] of routes.entries()) {
      const path = index % 2 === 0 ? english : chinese;
      await startScenario(page, path, scenario.id);
      for (const choice of choices) await reply(page, { choice });
      await expect(page.getByTestId('roleplay-current')).toBeFocused();
      await expect(announcement(page)).toContainText(endingAnnouncement[path]!(endingNames[path]![ending]!));
      // Start afresh, so the next ending begins at the start rather than resuming this one.
      await tabTo(page, 'roleplay-restart');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('roleplay-current')).toBeFocused();
    }
  });
}
