/**
 * Sales-pipeline forecast island (chapter 8): the student sets each stage's chance of winning and
 * the quota, moves deals between stages, and reads the weighted pipeline, its coverage of the
 * quota, the forecast by month and the exact distribution of what the quarter may bring. The
 * maths and wording live in src/lib/pipeline/, the fields in src/schemas/pipelineFields.ts; the
 * sample deals come from the page (src/data/samplePipeline.ts), so they cost no script.
 */
import { useMemo, useState } from 'preact/hooks';
import type { FormStrings, PipelineStrings } from '../../i18n/types.ts';
import { limitFormats, problemTexts } from '../../lib/form/fieldProblemText.ts';
import { forecastProblemText, forecastText } from '../../lib/pipeline/forecastText.ts';
import { pipelineForecast } from '../../lib/pipeline/pipelineForecast.ts';
import { pipelineFormats } from '../../lib/pipeline/pipelineFormats.ts';
import type { Deal, Stage } from '../../lib/pipeline/pipelineStages.ts';
import { pipelineDefaults, pipelineFields, type PipelineField } from '../../schemas/pipelineFields.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { NumberField } from '../shared/NumberField.tsx';
import { StaleNotice } from '../shared/StaleNotice.tsx';
import { useNumberForm } from '../shared/useNumberForm.ts';
import { useTriedMark } from '../shared/useTriedMark.ts';
import { WidgetBody } from '../shared/WidgetBody.tsx';
import { DealTable } from './DealTable.tsx';
import { MonthTable } from './MonthTable.tsx';
import { OutcomeChart } from './OutcomeChart.tsx';

interface Props {
  languageTag: string;
  strings: PipelineStrings;
  formStrings: FormStrings;
  /** The sample pipeline in the page's language. */
  deals: Deal[];
  /** The chapter it is embedded in, for "exercises tried" on the progress page. */
  chapter: string;
}

const fieldNames = Object.keys(pipelineFields) as PipelineField[];

export default function PipelineForecast({ languageTag, strings, formStrings, deals: sample, chapter }: Props) {
  const formats = useMemo(() => pipelineFormats(languageTag), [languageTag]);
  const limits = useMemo(() => limitFormats(languageTag), [languageTag]);
  const form = useNumberForm(pipelineFields, pipelineDefaults);
  const [stages, setStages] = useState<Stage[]>(() => sample.map((deal) => deal.stage));
  const [markTried, triedNotSaved] = useTriedMark(chapter, 'PipelineForecast');

  const { quota, ...chances } = form.values;
  const deals = useMemo(() => sample.map((deal, index) => ({ ...deal, stage: stages[index]! })), [sample, stages]);
  const reading = useMemo(() => pipelineForecast(deals, chances, quota), [deals, form.values]);
  const problems = problemTexts(form.problems, pipelineFields, strings.fields, formStrings.problems, limits);
  const firstProblem = fieldNames.map((name) => problems[name]).find(Boolean);
  const text = reading.ok ? forecastText(reading.forecast, strings, formats) : null;
  const failure = reading.ok ? '' : forecastProblemText(reading.problem, strings.problems);
  const announcement = firstProblem ? `${firstProblem} ${strings.staleNotice}` : (text?.announce ?? failure);

  const moveDeal = (index: number, stage: Stage) => {
    setStages(stages.map((current, at) => (at === index ? stage : current)));
    markTried();
  };

  return (
    <WidgetBody
      class="pipeline"
      loadingText={formStrings.loading}
      notSavedText={triedNotSaved ? formStrings.triedNotSaved : undefined}
    >
      <p class="widget-intro">{strings.intro}</p>
      <form class="pipeline-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <fieldset>
          <legend>{strings.chancesLegend}</legend>
          <div class="widget-form">
            {fieldNames.map((name) => (
              <NumberField
                key={name}
                id={`pipeline-${name}`}
                label={strings.fields[name]}
                value={form.texts[name]}
                problem={problems[name]}
                onInput={(typed) => {
                  form.edit(name, typed);
                  markTried();
                }}
              />
            ))}
          </div>
          <p class="field-hint">{strings.settledNote}</p>
        </fieldset>
        <DealTable
          deals={deals}
          chances={chances}
          strings={strings}
          formStrings={formStrings}
          formats={formats}
          onMove={moveDeal}
        />
        <button
          type="button"
          id="pipeline-reset"
          class="button-secondary"
          onClick={() => {
            form.show(pipelineDefaults);
            setStages(sample.map((deal) => deal.stage));
          }}
        >
          {strings.reset}
        </button>
      </form>
      {!form.valid && <StaleNotice text={strings.staleNotice} />}
      <LiveRegion message={announcement} />
      {text && reading.ok ? (
        <>
          <div class="widget-result pipeline-result" data-testid="pipeline-summary">
            <p>{text.weighted}</p>
            <p>{text.coverage}</p>
          </div>
          <MonthTable forecast={reading.forecast} strings={strings} formStrings={formStrings} formats={formats} />
          <p class="pipeline-average">{strings.average}</p>
          <p class="widget-result" data-testid="pipeline-spread">
            {text.spread}
          </p>
          <OutcomeChart forecast={reading.forecast} strings={strings} formats={formats} />
          <p class="widget-note">{strings.percentileNote}</p>
        </>
      ) : (
        <p class="field-problem">{failure}</p>
      )}
    </WidgetBody>
  );
}
