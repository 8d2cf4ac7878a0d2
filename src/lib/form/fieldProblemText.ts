/** A field problem in words: the shared sentence for its code, with the field's label and limit. */
import type { FormStrings } from '../../i18n/types.ts';
import { fillTemplate } from '../text/fillTemplate.ts';
import type { FieldProblem } from './fieldProblem.ts';

export interface LimitFormats {
  /** A limit of a field typed in percent, given as a fraction (0.99 → "99%"). */
  percent: (fraction: number) => string;
  /** Any other limit, with the decimals it needs (0.0001 stays 0.0001). */
  limit: (value: number) => string;
}

export function fieldProblemText(
  problem: FieldProblem,
  field: { label: string; percent?: boolean | undefined },
  sentences: FormStrings['problems'],
  formats: LimitFormats,
): string {
  const limit = (value: number) => (field.percent ? formats.percent(value) : formats.limit(value));
  const { label } = field;
  switch (problem.code) {
    case 'belowMin':
    case 'notAboveMin':
      return fillTemplate(sentences[problem.code], { label, min: limit(problem.min) });
    case 'aboveMax':
      return fillTemplate(sentences.aboveMax, { label, max: limit(problem.max) });
    default:
      return fillTemplate(sentences[problem.code], { label });
  }
}

/** Limit formats for a language: limits keep up to four decimals, percent limits up to one. */
export function limitFormats(languageTag: string): LimitFormats {
  const percent = new Intl.NumberFormat(languageTag, { style: 'percent', maximumFractionDigits: 1 });
  const limit = new Intl.NumberFormat(languageTag, { maximumFractionDigits: 4 });
  return { percent: (value) => percent.format(value), limit: (value) => limit.format(value) };
}

/** The message of every field that has a problem, keyed like the problems. */
export function problemTexts<Name extends string>(
  problems: Partial<Record<Name, FieldProblem>>,
  fields: Readonly<Record<Name, { percent?: boolean | undefined }>>,
  labels: Readonly<Record<Name, string>>,
  sentences: FormStrings['problems'],
  formats: LimitFormats,
): Partial<Record<Name, string>> {
  const texts: Partial<Record<Name, string>> = {};
  for (const name of Object.keys(problems) as Name[]) {
    const problem = problems[name];
    if (problem)
      texts[name] = fieldProblemText(
        problem,
        { label: labels[name], percent: fields[name].percent },
        sentences,
        formats,
      );
  }
  return texts;
}
