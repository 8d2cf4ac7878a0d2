/**
 * Churn-compounding island: the student edits two firms' churn and a shared scenario, and reads
 * the gap as a sentence, a chart and a table. Maths and wording live in src/lib/churn/.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { compareFirms } from '../../lib/churn/churnCompounding';
import {
  churnDefaults,
  churnFieldLimits,
  validateChurnInputs,
  type ChurnField,
  type FieldProblem,
  type ValidChurnInputs,
} from '../../lib/churn/churnInputs';
import { churnSummary } from '../../lib/churn/churnSummary';
import { markWidgetUsed } from '../../stores/progress';
import { fillTemplate } from '../../lib/text/fillTemplate';
import { numberFormats } from '../../lib/text/numberFormats';
import type { ChurnStrings } from '../../i18n/types';
import { ChurnChart } from './ChurnChart';
import { ChurnTable } from './ChurnTable';


interface Props {
  languageTag: string;
  strings: ChurnStrings;
  /** The chapter it is embedded in, for "exercises tried" on the progress page. */
  chapter: string;
}

const fields = Object.keys(churnFieldLimits) as ChurnField[];
const defaultRaw = Object.fromEntries(fields.map((field) => [field, String(churnDefaults[field])])) as Record<
  ChurnField,
  string
>;
const defaultValid = (validateChurnInputs(defaultRaw) as { ok: true; value: ValidChurnInputs }).value;

/** How long typing must pause before the result is read out, so a screen reader is not flooded. */
const ANNOUNCE_DELAY_MS = 700;

export default function ChurnCompounding({ languageTag, strings, chapter }: Props) {
  const formats = useMemo(() => numberFormats(languageTag), [languageTag]);
  const [raw, setRaw] = useState(defaultRaw);
  const [inputs, setInputs] = useState(defaultValid);
  const [announcement, setAnnouncement] = useState('');

  const validation = useMemo(() => validateChurnInputs(raw), [raw]);
  const problems = validation.ok ? {} : validation.problems;
  const comparison = useMemo(() => compareFirms(inputs.churnRateA, inputs.churnRateB, inputs.scenario), [inputs]);
  const summary = churnSummary(
    comparison,
    { a: inputs.churnRateA, b: inputs.churnRateB },
    inputs.scenario,
    strings,
    formats,
  );

  const problemText = (field: ChurnField, problem: FieldProblem) =>
    fillTemplate(strings.problems[problem.code], {
      label: strings.fields[field],
      min: 'min' in problem ? formats.count(problem.min) : '',
      max: 'max' in problem ? formats.count(problem.max) : '',
    });

  // What a screen reader hears once typing pauses: the new result, or the first problem to fix.
  const [firstProblem] = Object.entries(problems) as [ChurnField, FieldProblem][];
  const message = firstProblem ? `${problemText(...firstProblem)} ${strings.staleNotice}` : summary;
  useEffect(() => {
    const timer = setTimeout(() => setAnnouncement(message), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [message]);

  const edit = (field: ChurnField, value: string) => {
    const next = { ...raw, [field]: value };
    setRaw(next);
    markWidgetUsed(chapter, 'ChurnCompounding');
    const checked = validateChurnInputs(next);
    if (checked.ok) setInputs(checked.value);
  };

  return (
    <div class="churn">
      <p class="widget-intro">{strings.intro}</p>
      <form class="widget-form" onSubmit={(event) => event.preventDefault()} noValidate>
        {fields.map((field) => {
          const problem = problems[field];
          const id = `churn-${field}`;
          return (
            <div class="field" key={field}>
              <label for={id}>{strings.fields[field]}</label>
              <input
                id={id}
                name={field}
                type="text"
                inputMode={churnFieldLimits[field].integer ? 'numeric' : 'decimal'}
                autoComplete="off"
                value={raw[field]}
                aria-invalid={problem ? 'true' : undefined}
                aria-describedby={problem ? `${id}-problem` : undefined}
                onInput={(event) => edit(field, event.currentTarget.value)}
              />
              {problem && (
                <p class="field-problem" id={`${id}-problem`}>
                  <span aria-hidden="true">⚠ </span>
                  {problemText(field, problem)}
                </p>
              )}
            </div>
          );
        })}
        <button
          type="button"
          id="churn-reset"
          class="button-secondary"
          onClick={() => {
            setRaw(defaultRaw);
            setInputs(defaultValid);
          }}
        >
          {strings.reset}
        </button>
      </form>
      {!validation.ok && (
        <p class="stale-notice">
          <span aria-hidden="true">⚠ </span>
          {strings.staleNotice}
        </p>
      )}
      <p class="widget-result" data-testid="churn-summary">
        {summary}
      </p>
      <p class="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      <ChurnChart comparison={comparison} strings={strings} formats={formats} />
      <ChurnTable comparison={comparison} strings={strings} formats={formats} />
      <p class="widget-note">{strings.revenueNote}</p>
    </div>
  );
}
