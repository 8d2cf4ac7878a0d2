/**
 * Rule: a statistic (a number with %, ％, 百分之, 倍, ×, percentage points, or "N times" as a
 * multiplier) needs a citation in its unit — the paragraph, list item, table (with its lead-in and
 * source line) or quiz item, scenario node or exam item in that language (see textBlock.ts and
 * citation.ts) — or arithmetic in the unit that computes it, unless an exemption names the unit
 * and says why it is not a claim about the world (a worked example's input, a quiz distractor, an
 * illustrative value). An exemption that matches nothing any more is reported, so the list cannot rot.
 */
import type { ContentProblem } from './contentProblem.ts';
import { findCitation, showsCalculation } from './citation.ts';
import type { TextBlock } from './textBlock.ts';

export interface StatisticExemption {
  file: string;
  /** A short piece of the unit's text, enough to find it (white space is not compared). */
  quote?: string | undefined;
  /** Or the id of a quiz item, scenario node or exam item: every field of it in every language. */
  item?: string | undefined;
  reason: string;
  /** The exemption file's line for this entry (for stale-entry reports). */
  line?: number | undefined;
}

const NUMBER = String.raw`(?<![\w.,])\d+(?:[.,]\d+)*(?:\s*[–~～-]\s*\d+(?:[.,]\d+)*)?`;
const HAN_NUMBER = '[零一二两三四五六七八九十百千万几数半]+';
const WORD_NUMBER =
  '(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|several|many)';
// "Three times a week" counts occasions, "three times as likely" is a multiplier: only the second is a statistic.
const COMPARATIVE = String.raw`(?=\s+(?:as|more|less|fewer|the|higher|lower|larger|greater|bigger|smaller|longer|shorter|faster|slower|cheaper|costlier|over|that of)\b)`;

const STATISTIC = new RegExp(
  [
    String.raw`${NUMBER}\s*(?:%|％|percent\b|per cent\b|percentage points?\b|个百分点|倍|×(?!\s*[\d(（]))`,
    String.raw`百分之[零一二三四五六七八九十百点]+`,
    `${HAN_NUMBER}倍`,
    String.raw`(?:${NUMBER}|\b${WORD_NUMBER})\s+times\b${COMPARATIVE}`,
  ].join('|'),
  'giu',
);

const QUOTED = /“[^”]*”|"[^"\n]*"|「[^」]*」/gu;

/**
 * The statistics a piece of text states, with where each starts. A figure inside quotation marks
 * is someone else's claim being discussed ("Treating “96% never complain” as a measured fact"),
 * not one the course makes, so it is left out; where the course introduces such a figure it
 * states it without quotation marks or cites it beside them.
 */
export function findStatistics(text: string): { text: string; index: number }[] {
  const quoted = [...text.matchAll(QUOTED)].map((match) => [match.index, match.index + match[0].length] as const);
  return [...text.matchAll(STATISTIC)]
    .filter((match) => !quoted.some(([from, to]) => match.index > from && match.index < to))
    .map((match) => ({ text: match[0], index: match.index }));
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

function exempts(exemption: StatisticExemption, unit: readonly TextBlock[]): boolean {
  if (exemption.file !== unit[0]!.file) return false;
  if (exemption.item !== undefined) return unit[0]!.item === exemption.item;
  const quote = squeeze(exemption.quote ?? '');
  return quote.length > 0 && unit.some((block) => squeeze(block.text).includes(quote));
}

/** Problems for statistics without a citation; `exemptionFile` names the list in reports. */
export function checkStatistics(
  blocks: readonly TextBlock[],
  exemptions: readonly StatisticExemption[],
  exemptionFile: string,
): ContentProblem[] {
  const units = new Map<string, TextBlock[]>();
  for (const block of blocks) units.set(block.unit, [...(units.get(block.unit) ?? []), block]);

  const problems: ContentProblem[] = [];
  const used = new Set<StatisticExemption>();
  for (const unit of units.values()) {
    const found = unit.flatMap((block) => findStatistics(block.text).map((statistic) => ({ block, statistic })));
    if (found.length === 0) continue;
    if (unit.some((block) => findCitation(block) !== undefined || showsCalculation(block.text))) continue;
    const exemption = exemptions.find((entry) => exempts(entry, unit));
    if (exemption) {
      used.add(exemption);
      continue;
    }
    const { block, statistic } = found[0]!;
    const where = block.item
      ? `item ${block.item} (${block.locale})`
      : block.kind === 'field'
        ? `field ${block.path}`
        : block.kind;
    problems.push({
      file: block.file,
      line: block.lineAt(statistic.index),
      message:
        `statistic ${[...new Set(found.map((entry) => `"${entry.statistic.text}"`))].join(', ')} with no source in the same ${where}: ` +
        `cite it (Author (Year), according to …, 据…, source:), show the arithmetic, or, if it is not a claim about the world, ` +
        `exempt it in ${exemptionFile} with a reason`,
    });
  }
  for (const exemption of exemptions)
    if (!used.has(exemption))
      problems.push({
        file: exemptionFile,
        line: exemption.line ?? 1,
        message: `the exemption for ${exemption.file} (${exemption.item ?? `"${exemption.quote}"`}) matches no unsourced statistic any more: remove it`,
      });
  return problems;
}
