/**
 * Churn-compounding island: the student edits two firms' churn and a shared scenario, and reads
 * the gap as a sentence, a chart and a table. Maths and wording live in src/lib/churn/, the
 * fields and their limits in src/schemas/churnInputs.ts.
 */
import { useMemo } from 'preact/hooks';
import type { ChurnStrings, FormStrings } from '../../i18n/types.ts';
import { compareFirms } from '../../lib/churn/churnCompounding.ts';
import { churnScenario } from '../../lib/churn/churnInputs.ts';
import { churnSummary } from '../../lib/churn/churnSummary.ts';
import { limitFormats, problemTexts } from '../../lib/form/fieldProblemText.ts';
import { numberFormats } from '../../lib/text/numberFormats.ts';
import { churnDefaults, churnFields, type ChurnField } from '../../schemas/churnInputs.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { NumberField } from '../shared/NumberField.tsx';
import { StaleNotice } from '../shared/StaleNotice.tsx';
import { useNumberForm } from '../shared/useNumberForm.ts';
import { WidgetBody } from '../shared/WidgetBody.tsx';
import { useTriedMark } from '../shared/useTriedMark.ts';
import { ChurnChart } from './ChurnChart.tsx';
import { ChurnTable } from './ChurnTable.tsx';

interface Props {
  languageTag: string;
  strings: ChurnStrings;
  formStrings: FormStrings;
  /** The chapter it is embedded in, for "exercises tried" on the progress page. */
  chapter: string;
}

const fieldNames = Object.keys(churnFields) as ChurnField[];

export default function ChurnCompounding({ languageTag, strings, formStrings, chapter }: Props) {
  const formats = useMemo(() => numberFormats(languageTag), [languageTag]);
  const limits = useMemo(() => limitFormats(languageTag), [languageTag]);
  const form = useNumberForm(churnFields, churnDefaults);
  const inputs = form.values;
  const scenario = churnScenario(inputs);
  const comparison = useMemo(() => compareFirms(inputs.churnRateA, inputs.churnRateB, churnScenario(inputs)), [inputs]);
  const summary = churnSummary(comparison, { a: inputs.churnRateA, b: inputs.churnRateB }, scenario, strings, formats);
  const problems = problemTexts(form.problems, churnFields, strings.fields, formStrings.problems, limits);
  // What a screen reader hears once typing pauses: the new result, or the first problem to fix.
  const firstProblem = fieldNames.map((name) => problems[name]).find(Boolean);
  const [markTried, triedNotSaved] = useTriedMark(chapter, 'ChurnCompounding');

  return (
    <WidgetBody
      class="churn"
      loadingText={formStrings.loading}
      notSavedText={triedNotSaved ? formStrings.triedNotSaved : undefined}
    >
      <p class="widget-intro">{strings.intro}</p>
      <form class="widget-form" onSubmit={(event) => event.preventDefault()} noValidate>
        {fieldNames.map((name) => (
          <NumberField
            key={name}
            id={`churn-${name}`}
            label={strings.fields[name]}
            value={form.texts[name]}
            problem={problems[name]}
            whole={churnFields[name].whole}
            onInput={(text) => {
              form.edit(name, text);
              markTried();
            }}
          />
        ))}
        <button type="button" id="churn-reset" class="button-secondary" onClick={() => form.show(churnDefaults)}>
          {strings.reset}
        </button>
      </form>
      {!form.valid && <StaleNotice text={strings.staleNotice} />}
      <p class="widget-result" data-testid="churn-summary">
        {summary}
      </p>
      <LiveRegion message={firstProblem ? `${firstProblem} ${strings.staleNotice}` : summary} />
      <ChurnChart comparison={comparison} strings={strings} formats={formats} />
      <ChurnTable comparison={comparison} strings={strings} formStrings={formStrings} formats={formats} />
      <p class="widget-note">{strings.revenueNote}</p>
    </WidgetBody>
  );
}
