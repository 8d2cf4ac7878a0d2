/**
 * Which feature and which question a survey file's column holds, read from its header: the
 * feature's name followed by a marker for the functional question ("F", "functional", "正向",
 * "具备") or the dysfunctional one ("D", "dysfunctional", "反向", "不具备"), optionally in brackets:
 * "Wi-Fi F", "Wi-Fi (dysfunctional)", "免费饮用水（正向）". A Latin marker needs a space, "_",
 * "-" or a bracket before it, so a name that merely ends in "f" or "d" is not split. Columns with
 * no marker (a respondent id, a date) hold no answers.
 */
import type { KanoSide } from './kanoAnswers.ts';

export interface AnswerColumn {
  feature: string;
  side: KanoSide;
}

const latin = /^(.+?)(?:[\s_-]*[(（[]\s*|[\s_-]+)(dysfunctional|functional|dysf|func|d|f)\s*[)）\]]?$/iu;
const chinese = /^(.+?)[\s_-]*[(（[]?\s*(不具备|具备|反向|正向)\s*[)）\]]?$/u;
const dysfunctionalMarkers = new Set(['dysfunctional', 'dysf', 'd', '不具备', '反向']);

export function answerColumn(header: string): AnswerColumn | null {
  const text = header.trim();
  const match = latin.exec(text) ?? chinese.exec(text);
  if (!match) return null;
  const feature = match[1]!.replace(/[\s_-]+$/u, '').trim();
  if (feature === '') return null;
  return { feature, side: dysfunctionalMarkers.has(match[2]!.toLowerCase()) ? 'dysfunctional' : 'functional' };
}

/** The key two columns of one feature share: case and runs of spaces do not matter. */
export const featureKey = (feature: string) => feature.toLowerCase().replace(/\s+/gu, ' ');
