/**
 * The CRM KPI calculator, the scorecard's second mode, fetched when a student first picks it: a
 * period's counts and profit, each indicator with its formula in symbols and worked with the
 * student's counts beside the result, and the growth-versus-loss sentence. Counts that contradict
 * each other are named one by one, with buttons that make them agree, and the results keep the
 * last counts that did.
 */
import { useMemo } from 'preact/hooks';
import type { FormStrings, LoyaltyScorecardStrings } from '../../i18n/types.ts';
import type { LimitFormats } from '../../lib/form/fieldProblemText.ts';
import { problemTexts } from '../../lib/form/fieldProblemText.ts';
import { readFields } from '../../lib/form/readField.ts';
import { countsProblems, crmKpis, type PeriodCounts } from '../../lib/loyalty-scorecard/crmKpis.ts';
import { kpiFormats } from '../../lib/loyalty-scorecard/kpiFormats.ts';
import type { LoyaltyFormats } from '../../lib/loyalty-scorecard/loyaltyFormats.ts';
import { countsProblemText, kpiLines, kpiSummary } from '../../lib/loyalty-scorecard/kpiText.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { freshFoodShop, kpiCountFields, type KpiCountField } from '../../schemas/crmKpiCounts.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { NumberField } from '../shared/NumberField.tsx';
import { StaleNotice } from '../shared/StaleNotice.tsx';
import { useNumberForm } from '../shared/useNumberForm.ts';

interface Props {
  strings: LoyaltyScorecardStrings['kpi'];
  formStrings: FormStrings;
  languageTag: string;
  /** The scorecard's formats, to which this part adds money. */
  formats: LoyaltyFormats;
  limits: LimitFormats;
  onEdit: () => void;
}

const fieldNames = Object.keys(kpiCountFields) as KpiCountField[];
const PROBLEMS_ID = 'kpi-counts-problems';

export function KpiCalculator({ strings, formStrings, languageTag, formats: scorecardFormats, limits, onEdit }: Props) {
  const formats = useMemo(() => kpiFormats(scorecardFormats, languageTag), [scorecardFormats, languageTag]);
  const form = useNumberForm(kpiCountFields, freshFoodShop, countsProblems);
  const counts: PeriodCounts = form.values;
  const reading = crmKpis(counts);
  // The form only ever keeps counts that agree, so the last valid counts always give indicators.
  const kpis = reading.ok ? reading.kpis : null;
  const problems = problemTexts(form.problems, kpiCountFields, strings.fields, formStrings.problems, limits);
  // A contradiction is worded with the counts as typed, which all read when there is one.
  const typed = readFields(kpiCountFields, form.texts);
  const crossTexts =
    typed.ok && form.crossProblem
      ? form.crossProblem.map((problem) => countsProblemText(problem, typed.values, strings, formats))
      : [];
  const unbalanced = form.crossProblem?.find((problem) => problem.code === 'unbalanced');
  const summary = kpis ? kpiSummary(counts, kpis, strings, formats) : '';
  const lines = kpis ? kpiLines(counts, kpis, strings, formats) : [];
  const firstProblem = fieldNames.map((name) => problems[name]).find(Boolean) ?? crossTexts[0];
  const announcement = firstProblem
    ? formats.sentences([firstProblem, strings.staleNotice])
    : formats.sentences([...lines.map((line) => `${line.name} ${line.result}`), summary]);

  const edit = (name: KpiCountField, text: string) => {
    form.edit(name, text);
    onEdit();
  };
  // A fix button disappears once the counts agree: the keyboard goes on from the field it changed.
  const fix = (name: KpiCountField, value: number) => {
    edit(name, String(value));
    document.getElementById(`kpi-${name}`)?.focus();
  };

  return (
    <>
      <p class="widget-intro">{strings.intro}</p>
      <form class="widget-form kpi-form" onSubmit={(event) => event.preventDefault()} noValidate>
        {fieldNames.map((name) => (
          <NumberField
            key={name}
            id={`kpi-${name}`}
            label={strings.fields[name]}
            value={form.texts[name]}
            problem={problems[name]}
            crossProblemId={form.crossProblem && name !== 'profit' ? PROBLEMS_ID : undefined}
            whole={kpiCountFields[name].whole}
            onInput={(text) => edit(name, text)}
          />
        ))}
        <button
          type="button"
          id="kpi-example"
          class="button-secondary"
          onClick={() => {
            form.show(freshFoodShop);
            onEdit();
          }}
        >
          {strings.example}
        </button>
      </form>
      {crossTexts.length > 0 && (
        <div class="field-problem kpi-problems" id={PROBLEMS_ID} data-testid="kpi-problems">
          {crossTexts.map((text) => (
            <p key={text}>
              <span aria-hidden="true">⚠ </span>
              {text}
            </p>
          ))}
          {unbalanced && (
            <p class="kpi-fixes">
              {unbalanced.impliedLost >= 0 && (
                <button
                  type="button"
                  id="kpi-fix-lost"
                  class="button-secondary"
                  onClick={() => fix('lost', unbalanced.impliedLost)}
                >
                  {fillTemplate(strings.fixLost, { lost: formats.count(unbalanced.impliedLost) })}
                </button>
              )}
              {unbalanced.expectedEnd >= 0 && (
                <button
                  type="button"
                  id="kpi-fix-end"
                  class="button-secondary"
                  onClick={() => fix('end', unbalanced.expectedEnd)}
                >
                  {fillTemplate(strings.fixEnd, { end: formats.count(unbalanced.expectedEnd) })}
                </button>
              )}
            </p>
          )}
        </div>
      )}
      {!form.valid && <StaleNotice text={strings.staleNotice} />}
      <section class="widget-result kpi-results" aria-labelledby="kpi-results-title" data-testid="kpi-results">
        <h4 id="kpi-results-title">{strings.resultsTitle}</h4>
        <dl>
          {lines.map((line) => (
            <div key={line.row} class="kpi-line" data-row={line.row}>
              <dt>{line.name}</dt>
              <dd>
                <span class="kpi-formula">
                  {line.formula} = {line.working} =
                </span>{' '}
                <strong class="kpi-value">{line.result}</strong>
              </dd>
            </div>
          ))}
        </dl>
        <p>{summary}</p>
      </section>
      <LiveRegion message={announcement} />
    </>
  );
}
