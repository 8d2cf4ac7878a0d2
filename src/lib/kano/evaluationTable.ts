/**
 * The Kano evaluation table (Berger et al. 1993, Center for Quality of Management Journal 2(4);
 * the same table in Matzler & Hinterhuber 1998): the class of one respondent's answer pair, the
 * functional answer choosing the row and the dysfunctional answer the column.
 */
import { kanoAnswers, type KanoAnswer, type KanoClass } from './kanoAnswers.ts';

/** Rows: functional answer; columns: dysfunctional answer; both in the order of `kanoAnswers`. */
const table: readonly string[] = ['QAAAO', 'RIIIM', 'RIIIM', 'RIIIM', 'RRRRQ'];

export function classifyPair(functional: KanoAnswer, dysfunctional: KanoAnswer): KanoClass {
  return table[kanoAnswers.indexOf(functional)]![kanoAnswers.indexOf(dysfunctional)] as KanoClass;
}
