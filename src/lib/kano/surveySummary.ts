/**
 * A survey's result in a few sentences, in the page's language: the features of each class (in
 * the order M, O, A, I, R, Q), then those too close to call with the two classes they hover
 * between, then those without a usable answer. The page lists them above the table; a screen
 * reader hears them together when the data changes.
 */
import type { KanoStrings } from '../../i18n/types.ts';
import { fillTemplate } from '../text/fillTemplate.ts';
import type { FeatureReading } from './featureReadings.ts';
import { kanoClasses, type KanoClass } from './kanoAnswers.ts';
import type { KanoFormats } from './kanoFormats.ts';

type SummaryStrings = Pick<
  KanoStrings,
  'classes' | 'classCode' | 'summaryGroup' | 'summaryClose' | 'closePair' | 'quotedFeature' | 'summaryNoAnswers'
>;

/** "必备（M）" / "Must-be (M)". */
export const className = (kanoClass: KanoClass, strings: Pick<KanoStrings, 'classes' | 'classCode'>) =>
  fillTemplate(strings.classCode, { name: strings.classes[kanoClass], code: kanoClass });

export function surveySummary(
  readings: readonly FeatureReading[],
  strings: SummaryStrings,
  formats: KanoFormats,
): string[] {
  const sentences: string[] = [];
  // Names are quoted: a name may itself hold "and" or a list comma (“Trip sharing and an emergency button”).
  const list = (names: string[]) =>
    formats.list(names.map((feature) => fillTemplate(strings.quotedFeature, { feature })));
  for (const kanoClass of kanoClasses) {
    const names = readings
      .filter((r) => r.majority.ok && r.majority.majority.kanoClass === kanoClass)
      .map((r) => r.name);
    if (names.length > 0)
      sentences.push(
        fillTemplate(strings.summaryGroup, { class: className(kanoClass, strings), features: list(names) }),
      );
  }
  const close = readings.flatMap((r) =>
    r.majority.ok && r.majority.majority.close && r.majority.majority.runnerUp
      ? [
          fillTemplate(strings.closePair, {
            feature: r.name,
            first: strings.classes[r.majority.majority.kanoClass],
            second: strings.classes[r.majority.majority.runnerUp],
          }),
        ]
      : [],
  );
  if (close.length > 0) sentences.push(fillTemplate(strings.summaryClose, { features: formats.list(close) }));
  const unanswered = readings.filter((r) => !r.majority.ok).map((r) => r.name);
  if (unanswered.length > 0) sentences.push(fillTemplate(strings.summaryNoAnswers, { features: list(unanswered) }));
  return sentences;
}
