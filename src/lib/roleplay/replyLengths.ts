/**
 * Whether a role-play's best replies give themselves away by length. At each decision point the
 * best replies are those the debrief recommends (bestRepliesAt: the replies whose best
 * continuation reaches the best ending still open, then the most justice points; all of them when
 * tied); the others are every other reply there. The balance compares the mean length of the best
 * reply over the decision points (each point weighs once, its tied best replies averaged) with the
 * mean length of all other replies, in one locale (displayLength). The content tests keep the
 * ratio within REPLY_LENGTH_TOLERANCE of 1, so a student has to choose by the principle, not by
 * picking the longest, most considered-sounding line.
 */
import type { Locale } from '../../i18n/locales.ts';
import { displayLength } from '../text/displayLength.ts';
import { bestRepliesAt } from './debrief.ts';
import type { Scenario } from './scenarioTypes.ts';

/** The best replies' mean length may differ from the others' by at most this share of the others' mean. */
export const REPLY_LENGTH_TOLERANCE = 0.15;

export interface ReplyLength {
  choiceId: string;
  length: number;
}

export interface NodeReplyLengths {
  nodeId: string;
  best: ReplyLength[];
  others: ReplyLength[];
}

export interface ReplyLengthBalance {
  /** One entry per decision point, in file order. */
  nodes: NodeReplyLengths[];
  /** Mean over decision points of the mean length of their best replies. */
  bestMean: number;
  /** Mean length of every reply that is not best at its decision point. */
  othersMean: number;
  /** bestMean / othersMean (NaN when there are no other replies). */
  ratio: number;
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length;

export function replyLengthBalance(scenario: Scenario, locale: Locale): ReplyLengthBalance {
  const nodes: NodeReplyLengths[] = [];
  for (const node of scenario.nodes) {
    if (!node.choices?.length) continue;
    const best = new Set(bestRepliesAt(scenario, node.id).map((choice) => choice.id));
    const measured = node.choices.map((choice) => ({
      choiceId: choice.id,
      length: displayLength(choice.text[locale]),
    }));
    nodes.push({
      nodeId: node.id,
      best: measured.filter((reply) => best.has(reply.choiceId)),
      others: measured.filter((reply) => !best.has(reply.choiceId)),
    });
  }
  const bestMean = mean(
    nodes.filter((node) => node.best.length > 0).map((node) => mean(node.best.map((r) => r.length))),
  );
  const othersMean = mean(nodes.flatMap((node) => node.others.map((reply) => reply.length)));
  return { nodes, bestMean, othersMean, ratio: bestMean / othersMean };
}
