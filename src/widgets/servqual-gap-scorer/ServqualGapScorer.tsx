/**
 * SERVQUAL gap scorer island: the student starts from a preset service or a blank questionnaire,
 * rates the 22 statements (expectation and perception, or desired, adequate and perceived levels),
 * shares 100 points of importance across the five dimensions, and reads the gaps as a sentence, a
 * chart and a table. The zone-of-tolerance results and the class import load only when chosen.
 * Maths and wording live in src/lib/servqual/; the statements and presets come from the wrapper.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { FormStrings, ServqualStrings } from '../../i18n/types.ts';
import { fieldProblemText, limitFormats } from '../../lib/form/fieldProblemText.ts';
import { gapScores } from '../../lib/servqual/gapScores.ts';
import { gapSummary } from '../../lib/servqual/gapSummary.ts';
import { equalSplit, importanceFields, splitTotalProblem, weightedGap } from '../../lib/servqual/importanceWeights.ts';
import { readRatings, ratingTexts, type Ratings } from '../../lib/servqual/ratingTexts.ts';
import type { RatingColumn } from '../../lib/servqual/servqualProblem.ts';
import { servqualFormats } from '../../lib/servqual/servqualFormats.ts';
import type { PresetView } from '../../lib/servqual/servqualViews.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { pluralText } from '../../lib/text/pluralText.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { StaleNotice } from '../shared/StaleNotice.tsx';
import { useLazyModule } from '../shared/useLazyModule.ts';
import { useNumberForm } from '../shared/useNumberForm.ts';
import { useTriedMark } from '../shared/useTriedMark.ts';
import { WidgetBody } from '../shared/WidgetBody.tsx';
import { GapResults } from './GapResults.tsx';
import { ImportanceFields } from './ImportanceFields.tsx';
import { RatingGroups } from './RatingGroups.tsx';

interface Props {
  languageTag: string;
  strings: ServqualStrings;
  formStrings: FormStrings;
  /** The chapter it is embedded in, for "exercises tried" on the progress page. */
  chapter: string;
  /** The 22 statements in the page's language, item 1 first. */
  items: string[];
  presets: PresetView[];
}

type Mode = 'gap' | 'zone' | 'class';

const modeColumns: Record<Mode, RatingColumn[]> = {
  gap: ['expected', 'perceived'],
  zone: ['desired', 'adequate', 'perceived'],
  class: [],
};

/** What shows while a mode's part is on its way, or when it could not be fetched. */
const partNote = (state: 'idle' | 'loading' | 'failed', formStrings: FormStrings) => (
  <p class={state === 'failed' ? 'field-problem' : 'widget-note'} role="status">
    {state === 'failed' ? formStrings.partFailed : formStrings.partLoading}
  </p>
);

export default function ServqualGapScorer({ languageTag, strings, formStrings, chapter, items, presets }: Props) {
  const formats = useMemo(() => servqualFormats(languageTag), [languageTag]);
  const limits = useMemo(() => limitFormats(languageTag), [languageTag]);
  const [preset, setPreset] = useState<PresetView | undefined>(presets[0]);
  const [mode, setMode] = useState<Mode>('gap');
  const [texts, setTexts] = useState(() => ratingTexts(presets[0]));
  const importance = useNumberForm(importanceFields, presets[0]?.importance ?? equalSplit, splitTotalProblem);
  const [announcement, setAnnouncement] = useState('');
  // The last complete ratings of each mode, shown (as stale) while a box needs fixing.
  const lastRatings = useRef<Partial<Record<Mode, Partial<Ratings>>>>({});
  const [tried, triedNotSaved] = useTriedMark(chapter, 'ServqualGapScorer');
  const zoneMode = useLazyModule(() => import('./ZoneResults.tsx'), mode === 'zone');
  const classMode = useLazyModule(() => import('./ClassSurvey.tsx'), mode === 'class');

  const columns = modeColumns[mode];
  const reading = useMemo(() => readRatings(texts, columns), [texts, columns]);
  if (reading.ok) lastRatings.current[mode] = reading.ratings;
  const shown = lastRatings.current[mode];
  const boxProblems = new Map<string, string>();
  if (!reading.ok)
    for (const { column, item, problem } of reading.problems)
      boxProblems.set(
        `${column}-${item}`,
        fieldProblemText(
          problem,
          { label: fillTemplate(strings.ratingLabel, { item, column: strings.columns[column] }) },
          formStrings.problems,
          limits,
        ),
      );
  const firstProblem = boxProblems.values().next().value;

  const scored = mode === 'gap' && shown ? gapScores(shown as { expected: number[]; perceived: number[] }) : null;
  const scores = scored?.ok ? scored.scores : null;
  const weighting = scores && importance.valid ? weightedGap(scores.gaps, importance.values) : null;
  const weighted = weighting?.ok ? weighting.gap : null;
  const summary = scores ? gapSummary(scores, weighted, strings, formats) : '';
  const missing =
    !reading.ok && reading.empty > 0
      ? pluralText(languageTag, strings.missing, reading.empty, { n: reading.empty })
      : '';
  const problemMessage = firstProblem ? `${firstProblem} ${strings.staleNotice}` : missing;

  const choosePreset = (id: string) => {
    const chosen = presets.find((candidate) => candidate.id === id);
    setPreset(chosen);
    setTexts(ratingTexts(chosen));
    importance.show(chosen?.importance ?? equalSplit);
    lastRatings.current = {};
    tried();
  };

  return (
    <WidgetBody
      class="servqual"
      loadingText={formStrings.loading}
      notSavedText={triedNotSaved ? formStrings.triedNotSaved : undefined}
    >
      <p class="widget-intro">{strings.intro}</p>
      <form class="sq-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <div class="sq-setup">
          <div class="field">
            <label for="sq-preset">{strings.presetLabel}</label>
            <select
              id="sq-preset"
              value={preset?.id ?? ''}
              onChange={(event) => choosePreset(event.currentTarget.value)}
            >
              {presets.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.title}
                </option>
              ))}
              <option value="">{strings.blankPreset}</option>
            </select>
            <p class="field-hint">{preset?.setting ?? strings.blankSetting}</p>
          </div>
          <fieldset class="sq-modes">
            <legend>{strings.modeLegend}</legend>
            {(['gap', 'zone', 'class'] as const).map((value) => (
              <label key={value} class="option-row">
                <input
                  type="radio"
                  id={`sq-mode-${value}`}
                  name="sq-mode"
                  checked={mode === value}
                  onChange={() => {
                    setMode(value);
                    tried();
                  }}
                />
                <span>{strings.modes[value]}</span>
              </label>
            ))}
          </fieldset>
        </div>
        {mode !== 'class' && (
          <>
            <p class="widget-note">{mode === 'gap' ? strings.scaleHint : strings.zoneHint}</p>
            <RatingGroups
              items={items}
              columns={columns}
              texts={texts}
              problems={boxProblems}
              gaps={scores?.gaps}
              strings={strings}
              formats={formats}
              onEdit={(column, index, text) => {
                setTexts((current) => ({
                  ...current,
                  [column]: current[column].map((old, i) => (i === index ? text : old)),
                }));
                tried();
              }}
            />
          </>
        )}
        {mode !== 'zone' && (
          <ImportanceFields
            form={importance}
            strings={strings}
            formStrings={formStrings}
            limits={limits}
            onEdit={tried}
          />
        )}
      </form>
      {mode !== 'class' && !reading.ok && shown && <StaleNotice text={strings.staleNotice} />}
      {mode !== 'class' && !shown && <p class="widget-result">{missing}</p>}
      {scores && (
        <GapResults
          scores={scores}
          summary={summary}
          importance={importance.values}
          strings={strings}
          formStrings={formStrings}
          formats={formats}
        />
      )}
      {mode === 'zone' &&
        shown &&
        (zoneMode.state === 'ready' ? (
          <zoneMode.module.ZoneResults
            ratings={shown as Ratings}
            strings={strings}
            formStrings={formStrings}
            formats={formats}
            announce={setAnnouncement}
          />
        ) : (
          partNote(zoneMode.state, formStrings)
        ))}
      {mode === 'class' &&
        (classMode.state === 'ready' ? (
          <classMode.module.ClassSurvey
            languageTag={languageTag}
            importance={importance.valid ? importance.values : null}
            strings={strings}
            formStrings={formStrings}
            formats={formats}
            announce={setAnnouncement}
            onFile={tried}
          />
        ) : (
          partNote(classMode.state, formStrings)
        ))}
      <LiveRegion message={problemMessage || (mode === 'gap' ? summary : announcement)} />
    </WidgetBody>
  );
}
