/**
 * Part 1's check: the student's groups of rows and marked cells against the answer key. Duplicates
 * are scored as pairs (a group of three holds three), as record linkage is, so a group of two out
 * of a cluster of three finds one pair of three. The score counts one point per key pair and per
 * key cell found, less one per false mark, never below zero, out of the key's pairs and cells:
 * marking everything cannot score well.
 */
import type { CellKey } from './cellMarks.ts';
import { linkageScores, type LinkageScores } from './linkageScores.ts';
import { pairsWithin } from './recordPairs.ts';

export interface MarkGrade {
  pairs: LinkageScores;
  /** Indices of the key's clusters with at least one pair not found. */
  missedClusters: number[];
  cells: { found: CellKey[]; missed: CellKey[]; wrong: CellKey[] };
  score: number;
  outOf: number;
}

export function gradeMarks(
  clusters: readonly { rows: readonly string[] }[],
  issues: readonly CellKey[],
  groups: readonly (readonly string[])[],
  marked: readonly CellKey[],
): MarkGrade {
  const keyPairs = pairsWithin(clusters.map((cluster) => cluster.rows));
  const pairs = linkageScores(pairsWithin(groups), keyPairs);
  const missedPairs = new Set(pairs.falseNegatives);
  const missedClusters = clusters.flatMap((cluster, index) =>
    pairsWithin([cluster.rows]).some((pair) => missedPairs.has(pair)) ? [index] : [],
  );
  const markedSet = new Set(marked);
  const issueSet = new Set(issues);
  const cells = {
    found: [...issueSet].filter((cell) => markedSet.has(cell)),
    missed: [...issueSet].filter((cell) => !markedSet.has(cell)),
    wrong: [...markedSet].filter((cell) => !issueSet.has(cell)),
  };
  const earned = pairs.truePositives.length + cells.found.length - pairs.falsePositives.length - cells.wrong.length;
  return {
    pairs,
    missedClusters,
    cells,
    score: Math.max(0, earned),
    outOf: keyPairs.length + issueSet.size,
  };
}
