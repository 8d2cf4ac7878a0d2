/**
 * What came of a pasted list of scores, in words: how many were read, a heading skipped, why no
 * NPS can come of it, and each entry left out with where it stands (by line in a column, by
 * place on a single line), so the student can find and fix it.
 */
import type { NpsStrings } from '../../i18n/types.ts';
import { fillTemplate } from '../text/fillTemplate.ts';
import type { NpsFormats } from './npsFormats.ts';
import type { BadScoreEntry, ScoreList } from './scoreList.ts';

/** Entries listed one by one; beyond this they are only counted. */
export const MAX_LISTED_ENTRIES = 10;

type Strings = NpsStrings['scores'];
type Formats = Pick<NpsFormats, 'count' | 'plural' | 'sentences'>;

export interface ScoreListReport {
  /** How many scores were read and any heading skipped. */
  status: string;
  /** Why the list gives no NPS, or null when it does. */
  problem: string | null;
  /** Entries left out: a title, the first few, and how many more. */
  bad: { title: string; entries: string[]; more: string | null } | null;
}

export function scoreListReport(list: ScoreList, strings: Strings, formats: Formats): ScoreListReport {
  const { count } = formats;
  const status = [fillTemplate(formats.plural(strings.read, list.scores), { n: count(list.scores) })];
  if (list.heading !== null) status.push(fillTemplate(strings.heading, { heading: list.heading }));
  const problem =
    list.problem === null
      ? null
      : list.problem.code === 'tooMany'
        ? fillTemplate(strings.tooMany, { max: count(list.problem.max) })
        : strings.noScores;
  const hidden = list.bad.length - MAX_LISTED_ENTRIES;
  return {
    status: formats.sentences(status),
    problem,
    bad:
      list.bad.length === 0
        ? null
        : {
            title: fillTemplate(formats.plural(strings.badTitle, list.bad.length), { n: count(list.bad.length) }),
            entries: list.bad
              .slice(0, MAX_LISTED_ENTRIES)
              .map((entry) => badEntryText(entry, list.lines > 1, strings, formats)),
            more: hidden > 0 ? fillTemplate(strings.more, { n: count(hidden) }) : null,
          },
  };
}

/** One entry left out: where it stands and what is wrong with it. */
export function badEntryText(bad: BadScoreEntry, byLine: boolean, strings: Strings, { count }: Formats): string {
  const line = count(bad.line);
  const entry = count(bad.entry);
  const place = !byLine
    ? fillTemplate(strings.places.entry, { entry })
    : bad.lineEntries > 1
      ? fillTemplate(strings.places.lineEntry, { line, entry })
      : fillTemplate(strings.places.line, { line });
  return fillTemplate(strings.problems[bad.problem], { place, text: bad.text });
}
