/**
 * Loyalty scorecard island (chapter 5): two customers or brands rated 1–5 on the seven loyalty
 * measures and weighted, giving each a loyalty index with a chart by measure and the sentences on
 * what drives the difference; and, in a second mode fetched when first chosen, the CRM KPI
 * calculator. The maths and wording are in src/lib/loyalty-scorecard/, the fields in
 * src/schemas/loyaltyScorecard.ts and crmKpiCounts.ts; the presets and the boxes' full names come
 * from the page (loyaltyScorecardPresets.ts, scorecardLabels.ts), so they cost no script.
 */
import { useMemo, useState } from 'preact/hooks';
import type { FormStrings, LoyaltyScorecardStrings } from '../../i18n/types.ts';
import { limitFormats, problemTexts } from '../../lib/form/fieldProblemText.ts';
import { readField } from '../../lib/form/readField.ts';
import { loyaltyFormats } from '../../lib/loyalty-scorecard/loyaltyFormats.ts';
import { loyaltyIndex } from '../../lib/loyalty-scorecard/loyaltyIndex.ts';
import { loyaltyMeasures, type LoyaltyMeasure, type PerMeasure } from '../../lib/loyalty-scorecard/loyaltyMeasures.ts';
import type { ScorecardLabels } from '../../lib/loyalty-scorecard/scorecardLabels.ts';
import { scorecardSummary } from '../../lib/loyalty-scorecard/scorecardSummary.ts';
import { weightTotal, weightsProblem } from '../../lib/loyalty-scorecard/weightTotal.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import type { ScorecardPreset } from '../../schemas/loyaltyScorecardPresets.ts';
import {
  scorecardColumn,
  scorecardFields,
  type ScorecardField,
  type ScorecardValues,
} from '../../schemas/loyaltyScorecard.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { StaleNotice } from '../shared/StaleNotice.tsx';
import { useLazyModule } from '../shared/useLazyModule.ts';
import { useNumberForm } from '../shared/useNumberForm.ts';
import { useTriedMark } from '../shared/useTriedMark.ts';
import { WidgetBody } from '../shared/WidgetBody.tsx';
import { ContributionBars } from './ContributionBars.tsx';
import { MeasureFields } from './MeasureFields.tsx';

interface Props {
  languageTag: string;
  strings: LoyaltyScorecardStrings;
  formStrings: FormStrings;
  /** The chapter's example (the starting point) and exercise 2, from loyaltyScorecardPresets.ts. */
  presets: Record<ScorecardPreset, ScorecardValues>;
  /** Each box's full name and each measure's heading, worked out when the page is built. */
  labels: ScorecardLabels;
  /** The chapter it is embedded in, for "exercises tried" on the progress page. */
  chapter: string;
}

type Mode = 'scorecard' | 'kpi';

const modes: Mode[] = ['scorecard', 'kpi'];
const fieldNames = Object.keys(scorecardFields) as ScorecardField[];
const weightsOf = (values: ScorecardValues) => weightsProblem(scorecardColumn(values, 'weight'));
const loadKpiPart = () => import('./KpiCalculator.tsx');
const TOTAL_ID = 'scorecard-weight-total';

export default function LoyaltyScorecard({ languageTag, strings, formStrings, presets, labels, chapter }: Props) {
  const formats = useMemo(() => loyaltyFormats(languageTag), [languageTag]);
  const limits = useMemo(() => limitFormats(languageTag), [languageTag]);
  const [mode, setMode] = useState<Mode>('scorecard');
  const kpiPart = useLazyModule(loadKpiPart, mode === 'kpi');
  const [markTried, triedNotSaved] = useTriedMark(chapter, 'LoyaltyScorecard');
  const form = useNumberForm(scorecardFields, presets.chapter, weightsOf);

  const values = form.values;
  const scores = useMemo(
    () => ({
      a: loyaltyIndex(scorecardColumn(values, 'weight'), scorecardColumn(values, 'a')),
      b: loyaltyIndex(scorecardColumn(values, 'weight'), scorecardColumn(values, 'b')),
    }),
    [values],
  );
  const summary = scorecardSummary(scores, strings, formats);

  const problems = problemTexts(form.problems, scorecardFields, labels.fields, formStrings.problems, limits);

  // The running total of the weights that read so far; off 100 % only once every weight reads.
  const typedWeights: Partial<Record<LoyaltyMeasure, number>> = {};
  for (const measure of loyaltyMeasures) {
    const reading = readField(scorecardFields[`weight-${measure}`], form.texts[`weight-${measure}`]);
    if (reading.ok) typedWeights[measure] = reading.value;
  }
  const total = weightTotal(typedWeights);
  const off =
    Object.keys(typedWeights).length === loyaltyMeasures.length && weightsProblem(typedWeights as PerMeasure) !== null;
  const totalText = fillTemplate(off ? (total < 1 ? strings.weightsShort : strings.weightsOver) : strings.weightTotal, {
    total: formats.percent(total),
    gap: formats.percent(Math.abs(1 - total)),
  });

  // What a screen reader hears once typing pauses: the first thing to fix, or the result.
  const firstProblem = fieldNames.map((name) => problems[name]).find(Boolean) ?? (off ? totalText : undefined);
  const announcement = firstProblem
    ? formats.sentences([firstProblem, strings.staleNotice])
    : formats.sentences([summary.indices, summary.drivers]);

  const columnLabels = { weight: strings.weight, ...strings.names };
  const edit = (field: ScorecardField, text: string) => {
    form.edit(field, text);
    markTried();
  };

  return (
    <WidgetBody
      class="scorecard"
      loadingText={formStrings.loading}
      notSavedText={triedNotSaved ? formStrings.triedNotSaved : undefined}
    >
      <fieldset class="scorecard-modes">
        <legend>{strings.modes.legend}</legend>
        {modes.map((option) => (
          <label class="option-row" key={option}>
            <input
              type="radio"
              id={`scorecard-mode-${option}`}
              name="scorecard-mode"
              checked={mode === option}
              onChange={() => {
                setMode(option);
                markTried();
              }}
            />
            {strings.modes[option]}
          </label>
        ))}
      </fieldset>
      <div hidden={mode !== 'scorecard'}>
        <p class="widget-intro">{strings.intro}</p>
        <form class="scorecard-form" onSubmit={(event) => event.preventDefault()} noValidate>
          <fieldset class="scorecard-presets">
            <legend>{strings.presets.legend}</legend>
            {(Object.keys(presets) as ScorecardPreset[]).map((preset) => (
              <button
                type="button"
                key={preset}
                id={`scorecard-preset-${preset}`}
                class="button-secondary"
                onClick={() => {
                  form.show(presets[preset]);
                  markTried();
                }}
              >
                {strings.presets[preset]}
              </button>
            ))}
          </fieldset>
          {loyaltyMeasures.map((measure) => (
            <MeasureFields
              key={measure}
              measure={measure}
              name={labels.headings[measure]}
              scale={strings.measures[measure].scale}
              labels={columnLabels}
              texts={form.texts}
              problems={problems}
              weightsProblemId={off ? TOTAL_ID : undefined}
              contribution={fillTemplate(strings.contribution, {
                weight: formats.percent(values[`weight-${measure}`]),
                ratingA: formats.decimal(values[`a-${measure}`]),
                ratingB: formats.decimal(values[`b-${measure}`]),
                valueA: formats.index(scores.a.contributions[measure]),
                valueB: formats.index(scores.b.contributions[measure]),
              })}
              onInput={edit}
            />
          ))}
          <p class={off ? 'field-problem' : 'field-hint'} id={TOTAL_ID}>
            {off && <span aria-hidden="true">⚠ </span>}
            {totalText}
          </p>
        </form>
        {!form.valid && <StaleNotice text={strings.staleNotice} />}
        <div class="widget-result scorecard-result">
          <p>{summary.indices}</p>
          <p class="scorecard-drivers">{summary.drivers}</p>
        </div>
        <LiveRegion message={announcement} />
        <ContributionBars scores={scores} strings={strings} formats={formats} />
      </div>
      {kpiPart.state === 'ready' ? (
        <div hidden={mode !== 'kpi'}>
          <kpiPart.module.KpiCalculator
            strings={strings.kpi}
            formStrings={formStrings}
            languageTag={languageTag}
            formats={formats}
            limits={limits}
            onEdit={markTried}
          />
        </div>
      ) : (
        mode === 'kpi' && (
          <p class={kpiPart.state === 'failed' ? 'field-problem' : 'widget-note'}>
            {kpiPart.state === 'failed' ? formStrings.partFailed : formStrings.partLoading}
          </p>
        )
      )}
    </WidgetBody>
  );
}
