/**
 * "Answer it yourself": the student names features of a product of their own and answers the
 * functional and dysfunctional question for each; every complete pair shows its class and the cell
 * of the evaluation table that gave it. Loaded only when this mode is chosen.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FormStrings, KanoStrings } from '../../i18n/types.ts';
import { classifyPair } from '../../lib/kano/evaluationTable.ts';
import { kanoAnswers, type KanoAnswer, type KanoSide } from '../../lib/kano/kanoAnswers.ts';
import type { KanoFormats } from '../../lib/kano/kanoFormats.ts';
import { className } from '../../lib/kano/surveySummary.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { EvaluationGrid, type AnsweredPair } from './EvaluationGrid.tsx';

interface Props {
  strings: KanoStrings;
  formStrings: FormStrings;
  formats: KanoFormats;
  /** What a screen reader should hear: the class of the pair just completed. */
  announce: (message: string) => void;
  onEdit: () => void;
}

interface OwnFeature {
  /** Stable across removals, so each row keeps its own boxes. */
  key: number;
  name: string;
  functional: KanoAnswer | '';
  dysfunctional: KanoAnswer | '';
}

/** Enough to see the classes differ; more belongs in a real survey (the import). */
const MAX_FEATURES = 5;

let nextKey = 0;
const newFeature = (): OwnFeature => ({ key: nextKey++, name: '', functional: '', dysfunctional: '' });

export function OwnAnswers({ strings, formStrings, formats, announce, onEdit }: Props) {
  const [features, setFeatures] = useState<OwnFeature[]>(() => [newFeature()]);
  // After adding or removing a feature, the name box to move focus to, so the keyboard is never lost.
  const focusNext = useRef<number | null>(null);
  useEffect(() => {
    if (focusNext.current === null) return;
    document.getElementById(`kano-own-name-${focusNext.current}`)?.focus();
    focusNext.current = null;
  }, [features.length]);

  const label = (feature: OwnFeature, index: number) =>
    feature.name.trim() || fillTemplate(strings.featureLegend, { n: formats.count(index + 1) });
  const result = (feature: OwnFeature) =>
    feature.functional && feature.dysfunctional
      ? fillTemplate(strings.pairResult, {
          class: className(classifyPair(feature.functional, feature.dysfunctional), strings),
          functional: strings.answers[feature.functional],
          dysfunctional: strings.answers[feature.dysfunctional],
        })
      : strings.pairPending;
  const update = (index: number, change: Partial<OwnFeature>) => {
    const next = features.map((feature, i) => (i === index ? { ...feature, ...change } : feature));
    setFeatures(next);
    onEdit();
    const changed = next[index]!;
    if ('name' in change) return;
    if (changed.functional && changed.dysfunctional)
      announce(fillTemplate(strings.ownResult, { feature: label(changed, index), result: result(changed) }));
  };
  const pairs: AnsweredPair[] = features.flatMap((feature, index) =>
    feature.functional && feature.dysfunctional
      ? [{ n: index + 1, functional: feature.functional, dysfunctional: feature.dysfunctional }]
      : [],
  );

  return (
    <>
      <p class="widget-intro">{strings.ownIntro}</p>
      {features.map((feature, index) => {
        const name = label(feature, index);
        const question = (side: KanoSide) => (
          <div class="field">
            <label for={`kano-own-${side}-${index}`}>
              {fillTemplate(side === 'functional' ? strings.functionalQuestion : strings.dysfunctionalQuestion, {
                feature: name,
              })}
            </label>
            <select
              id={`kano-own-${side}-${index}`}
              value={feature[side]}
              onChange={(event) => update(index, { [side]: event.currentTarget.value as KanoAnswer | '' })}
            >
              <option value="">{strings.chooseAnswer}</option>
              {kanoAnswers.map((answer) => (
                <option key={answer} value={answer}>
                  {strings.answers[answer]}
                </option>
              ))}
            </select>
          </div>
        );
        return (
          <fieldset class="kano-own" key={feature.key}>
            <legend>{fillTemplate(strings.featureLegend, { n: formats.count(index + 1) })}</legend>
            <div class="field">
              <label for={`kano-own-name-${index}`}>{strings.featureName}</label>
              <input
                id={`kano-own-name-${index}`}
                type="text"
                autoComplete="off"
                maxLength={60}
                value={feature.name}
                onInput={(event) => update(index, { name: event.currentTarget.value })}
              />
            </div>
            {question('functional')}
            {question('dysfunctional')}
            <p class="kano-pair-result" data-testid={`kano-own-result-${index}`}>
              {result(feature)}
            </p>
            {features.length > 1 && (
              <button
                type="button"
                class="button-secondary"
                id={`kano-own-remove-${index}`}
                onClick={() => {
                  focusNext.current = Math.max(0, index - 1);
                  setFeatures(features.filter((_, i) => i !== index));
                }}
              >
                {fillTemplate(strings.removeFeature, { n: formats.count(index + 1) })}
              </button>
            )}
          </fieldset>
        );
      })}
      {features.length < MAX_FEATURES && (
        <button
          type="button"
          class="button-secondary"
          id="kano-own-add"
          onClick={() => {
            focusNext.current = features.length;
            setFeatures([...features, newFeature()]);
          }}
        >
          {strings.addFeature}
        </button>
      )}
      <EvaluationGrid pairs={pairs} strings={strings} formStrings={formStrings} formats={formats} />
    </>
  );
}
