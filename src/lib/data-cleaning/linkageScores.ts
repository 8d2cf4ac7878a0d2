/**
 * A set of proposed duplicate pairs scored against the answer key's: true positives (proposed and
 * right), false positives (proposed, but two different customers), false negatives (duplicates not
 * proposed); precision = TP / (TP + FP), the share of proposals that are right, and recall =
 * TP / (TP + FN), the share of true duplicates found. Precision is null when nothing was proposed
 * and recall when the key has no pairs: 0 / 0 is no score, not zero.
 */
import type { PairKey } from './recordPairs.ts';

export interface LinkageScores {
  truePositives: PairKey[];
  falsePositives: PairKey[];
  falseNegatives: PairKey[];
  precision: number | null;
  recall: number | null;
}

export function linkageScores(proposed: readonly PairKey[], key: readonly PairKey[]): LinkageScores {
  const proposedSet = new Set(proposed);
  const keySet = new Set(key);
  const truePositives = [...proposedSet].filter((pair) => keySet.has(pair));
  const falsePositives = [...proposedSet].filter((pair) => !keySet.has(pair));
  const falseNegatives = [...keySet].filter((pair) => !proposedSet.has(pair));
  const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    precision: share(truePositives.length, proposedSet.size),
    recall: share(truePositives.length, keySet.size),
  };
}
