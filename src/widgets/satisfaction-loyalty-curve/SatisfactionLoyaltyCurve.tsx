/**
 * Satisfaction–loyalty curve island: a switching-cost slider bends the curve between a highly
 * competitive market and one with little competition, and the student edits how many customers
 * gave each score (typed, or ±10 at a time) to read the expected retention in each market. The
 * model lives in src/lib/loyalty-curve/, the fields in src/schemas/loyaltyCurveInputs.ts; the
 * wrapper states the model under "assumptions".
 */
import { useMemo, useState } from 'preact/hooks';
import type { FormStrings, LoyaltyCurveStrings } from '../../i18n/types.ts';
import { limitFormats, problemTexts } from '../../lib/form/fieldProblemText.ts';
import { heldShare } from '../../lib/loyalty-curve/repurchaseCurve.ts';
import { retentionByMarket, type ScoreCounts } from '../../lib/loyalty-curve/marketRetention.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { numberFormats } from '../../lib/text/numberFormats.ts';
import {
  noCustomers,
  scoreCountDefaults,
  scoreCountFields,
  switchingCostSlider,
  type ScoreCountField,
} from '../../schemas/loyaltyCurveInputs.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { NumberField } from '../shared/NumberField.tsx';
import { StaleNotice } from '../shared/StaleNotice.tsx';
import { useNumberForm } from '../shared/useNumberForm.ts';
import { useTriedMark } from '../shared/useTriedMark.ts';
import { WidgetBody } from '../shared/WidgetBody.tsx';
import { CurveChart } from './CurveChart.tsx';
import { RetentionTable } from './RetentionTable.tsx';
import { ScoreBars } from './ScoreBars.tsx';

interface Props {
  languageTag: string;
  strings: LoyaltyCurveStrings['view'];
  formStrings: FormStrings;
  /** The chapter it is embedded in, for "exercises tried" on the progress page. */
  chapter: string;
}

const fieldNames = Object.keys(scoreCountFields) as ScoreCountField[];
/** What one press of a stepper adds or takes away. */
const STEP = 10;

export default function SatisfactionLoyaltyCurve({ languageTag, strings, formStrings, chapter }: Props) {
  const formats = useMemo(() => numberFormats(languageTag), [languageTag]);
  const limits = useMemo(() => limitFormats(languageTag), [languageTag]);
  const form = useNumberForm(scoreCountFields, scoreCountDefaults, noCustomers);
  const [level, setLevel] = useState(switchingCostSlider.initial);
  const [markTried, triedNotSaved] = useTriedMark(chapter, 'SatisfactionLoyaltyCurve');

  const counts = fieldNames.map((name) => form.values[name]) as unknown as ScoreCounts;
  const report = retentionByMarket(counts, level / switchingCostSlider.max);
  const problems = problemTexts(form.problems, scoreCountFields, strings.fields, formStrings.problems, limits);
  const emptyText = form.crossProblem ? strings.noCustomers : undefined;
  const firstProblem = fieldNames.map((name) => problems[name]).find(Boolean) ?? emptyText;
  const levelText = formats.count(level);
  const current = { level: levelText };
  const sliderText = fillTemplate(strings.switchingCostValue, {
    level: levelText,
    held: formats.percent(heldShare(level / switchingCostSlider.max)),
  });

  const edit = (name: ScoreCountField, text: string) => {
    form.edit(name, text);
    markTried();
  };
  // Never below zero; past the field's maximum the field says so, as for a typed number.
  const step = (name: ScoreCountField, by: number) => edit(name, String(Math.max(0, form.values[name] + by)));

  const retention = report.markets;
  const summary = fillTemplate(strings.summary, {
    customers: formats.count(report.customers),
    satisfied: formats.percent(report.satisfiedShare),
    mean: formats.decimal(report.meanScore),
    competitive: formats.percent(retention.competitive.retention),
    current: formats.percent(retention.current.retention),
    sheltered: formats.percent(retention.sheltered.retention),
    table: formats.percent(retention.table.retention),
    ...current,
  });

  return (
    <WidgetBody
      class="curve"
      loadingText={formStrings.loading}
      notSavedText={triedNotSaved ? formStrings.triedNotSaved : undefined}
    >
      <div class="field curve-slider">
        <label for="curve-switching">{strings.switchingCost}</label>
        <input
          type="range"
          id="curve-switching"
          min={0}
          max={switchingCostSlider.max}
          step={switchingCostSlider.step}
          value={level}
          aria-valuetext={sliderText}
          aria-describedby="curve-switching-hint"
          onInput={(event) => {
            setLevel(Number(event.currentTarget.value));
            markTried();
          }}
        />
        {/* Not an <output>: that is a live region, and the slider's value text already speaks. */}
        <p class="curve-slider-value" id="curve-switching-value">
          {sliderText}
        </p>
        <p class="field-hint" id="curve-switching-hint">
          {strings.switchingCostHint}
        </p>
      </div>
      <CurveChart level={level} strings={strings} levelText={levelText} formats={formats} />
      <fieldset class="curve-scores">
        <legend>{strings.scoresLegend}</legend>
        <ScoreBars counts={counts} strings={strings} formats={formats} />
        <div class="curve-fields">
          {fieldNames.map((name) => {
            const id = `curve-${name}`;
            const label = { label: strings.fields[name] };
            return (
              <div key={name}>
                <NumberField
                  id={id}
                  label={strings.fields[name]}
                  value={form.texts[name]}
                  problem={problems[name]}
                  crossProblemId={emptyText && 'curve-total'}
                  whole
                  onInput={(text) => edit(name, text)}
                />
                <div class="curve-steps">
                  <button
                    type="button"
                    class="button-secondary"
                    id={`${id}-down`}
                    aria-label={fillTemplate(strings.stepDown, label)}
                    onClick={() => step(name, -STEP)}
                  >
                    −{STEP}
                  </button>
                  <button
                    type="button"
                    class="button-secondary"
                    id={`${id}-up`}
                    aria-label={fillTemplate(strings.stepUp, label)}
                    onClick={() => step(name, STEP)}
                  >
                    +{STEP}
                  </button>
                </div>
              </div>
            );
          })}
        </div>
        <p class={emptyText ? 'field-problem' : 'field-hint'} id="curve-total">
          {emptyText ? (
            <>
              <span aria-hidden="true">⚠ </span>
              {emptyText}
            </>
          ) : (
            fillTemplate(strings.total, { n: formats.count(report.customers) })
          )}
        </p>
        <button
          type="button"
          id="curve-reset"
          class="button-secondary"
          onClick={() => {
            form.show(scoreCountDefaults);
            setLevel(switchingCostSlider.initial);
          }}
        >
          {strings.reset}
        </button>
      </fieldset>
      {!form.valid && <StaleNotice text={strings.staleNotice} />}
      <p class="widget-result" data-testid="curve-summary">
        {summary}
      </p>
      <LiveRegion message={firstProblem ? `${firstProblem} ${strings.staleNotice}` : summary} />
      <RetentionTable
        report={report}
        counts={counts}
        strings={strings}
        formStrings={formStrings}
        formats={formats}
        current={current}
      />
    </WidgetBody>
  );
}
