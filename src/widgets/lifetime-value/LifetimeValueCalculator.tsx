/**
 * Lifetime-value island: two cohort scenarios (A and B) side by side, the difference as a
 * sentence, year-by-year tables with CSV download, a cumulative-value chart and the effect of
 * more retention. The scenario lives in the page's query string, so a link reopens it. The maths
 * is in src/lib/clv/; this file holds state and wording.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { readCohortForm } from '../../lib/clv/cohortForm';
import { cohortFormText, toCohortFormText } from '../../lib/clv/cohortFormText';
import {
  cohortDefaults,
  type CohortField,
  type CohortProblem,
  type ValidCohortInputs,
} from '../../lib/clv/cohortInputs';
import { projectCohort, type CohortProjection } from '../../lib/clv/cohortProjection';
import { marginMultipleEndOfPeriod, marginMultipleUpFront, type MarginTiming } from '../../lib/clv/marginMultiple';
import {
  decodeScenarios,
  encodeScenarios,
  type ScenarioName,
  type ScenarioPair,
  type ScenarioUrlProblem,
} from '../../lib/clv/scenarioUrl';
import { fillTemplate } from '../../lib/text/fillTemplate';
import { numberFormats } from '../../lib/text/numberFormats';
import { preciseFormats, type PreciseFormats } from '../../lib/text/preciseFormats';
import { markWidgetTried } from '../../stores/widgetTried';
import type { LifetimeValueStrings } from '../../i18n/types';
import { CohortTable } from './CohortTable';
import { CumulativeValueChart } from './CumulativeValueChart';
import { SensitivityTable } from './SensitivityTable';

type Strings = LifetimeValueStrings;

interface Props {
  languageTag: string;
  strings: Strings;
  /** The chapter it is embedded in, for "exercises tried" on the progress page. */
  chapter: string;
}

/** A and B start as the chapter's worked example, B with five more points of retention. */
const defaultScenarios: ScenarioPair = {
  a: cohortDefaults,
  b: { ...cohortDefaults, retention: 0.85 },
};

const fieldOrder: CohortField[] = [
  'startingCustomers',
  'retention',
  'marginPerCustomer',
  'marginGrowth',
  'discountRate',
  'acquisitionCost',
  'horizonYears',
];
const percentFields = new Set<CohortField>(['retention', 'marginGrowth', 'discountRate']);
const scenarioNames: ScenarioName[] = ['a', 'b'];
/** The query parameter for the lifetime multiple's convention; absent means end of period. */
const timingParameter = 'timing';

type FormText = Record<ScenarioName, Record<CohortField, string>>;

const defaultText: FormText = { a: cohortFormText(defaultScenarios.a), b: cohortFormText(defaultScenarios.b) };
const validOf = (text: Record<CohortField, string>) => {
  const read = readCohortForm(toCohortFormText(text));
  return read.ok ? read.value : null;
};
const defaultValid = { a: validOf(defaultText.a)!, b: validOf(defaultText.b)! };

/** How long typing must pause before the result is read out, so a screen reader is not flooded. */
const ANNOUNCE_DELAY_MS = 700;

/** A constant retention rate, or null when it varies by year (the lifetime formula needs one rate). */
function constantRetention(inputs: ValidCohortInputs): number | null {
  const [first] = inputs.retention;
  return first !== undefined && inputs.retention.every((rate) => rate === first) ? first : null;
}

function multipleOf(timing: MarginTiming, inputs: ValidCohortInputs): number | null {
  const retention = constantRetention(inputs);
  if (retention === null) return null;
  return timing === 'endOfPeriod'
    ? marginMultipleEndOfPeriod(retention, inputs.discountRate)
    : marginMultipleUpFront(retention, inputs.discountRate);
}

function differenceSentence(
  strings: Strings,
  money: PreciseFormats,
  percent: (value: number) => string,
  a: CohortProjection,
  b: CohortProjection,
  inputs: Record<ScenarioName, ValidCohortInputs>,
): string {
  const gap = b.clvGross - a.clvGross;
  const values = { a: money.cents(a.clvGross), b: money.cents(b.clvGross), gap: money.cents(Math.abs(gap)) };
  const payback = (projection: CohortProjection, years: number) =>
    projection.paybackYear === null
      ? fillTemplate(strings.paybackNever, { years })
      : fillTemplate(strings.paybackYear, { year: projection.paybackYear });
  let first: string;
  // Equal to the cent reads as equal: float noise must not make one "¥0.00 more".
  if (Math.abs(gap) < 0.005) first = fillTemplate(strings.differenceNone, values);
  else if (a.clvGross > 0) {
    const share = percent(Math.abs(gap) / a.clvGross);
    first = fillTemplate(gap > 0 ? strings.differenceMore : strings.differenceLess, { ...values, share });
  } else first = fillTemplate(gap > 0 ? strings.differenceMoreNoShare : strings.differenceLessNoShare, values);
  const second = fillTemplate(strings.differencePayback, {
    paybackA: payback(a, inputs.a.horizonYears),
    paybackB: payback(b, inputs.b.horizonYears),
  });
  return fillTemplate(strings.summary, { difference: first, payback: second });
}

export default function LifetimeValueCalculator({ languageTag, strings, chapter }: Props) {
  const formats = useMemo(() => numberFormats(languageTag), [languageTag]);
  const money = useMemo(() => preciseFormats(languageTag), [languageTag]);
  const [text, setText] = useState<FormText>(defaultText);
  const [inputs, setInputs] = useState(defaultValid);
  const [timing, setTiming] = useState<MarginTiming>('endOfPeriod');
  const [linkProblems, setLinkProblems] = useState<ScenarioUrlProblem[]>([]);
  const [announcement, setAnnouncement] = useState('');

  // The link is read after hydration, so the server-rendered defaults and the first client
  // render agree; a link then replaces them in one step.
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const hasScenario = [...params.keys()].some((key) => key.startsWith('a.') || key.startsWith('b.'));
    if (params.get(timingParameter) === 'upFront') setTiming('upFront');
    if (!hasScenario) return;
    const decoded = decodeScenarios(params, defaultScenarios);
    const linked = { a: cohortFormText(decoded.scenarios.a), b: cohortFormText(decoded.scenarios.b) };
    setText(linked);
    setInputs({ a: validOf(linked.a) ?? defaultValid.a, b: validOf(linked.b) ?? defaultValid.b });
    setLinkProblems(decoded.problems);
  }, []);

  const problems = useMemo(() => {
    const found: Record<ScenarioName, Partial<Record<CohortField, CohortProblem>>> = { a: {}, b: {} };
    for (const name of scenarioNames) {
      const read = readCohortForm(toCohortFormText(text[name]));
      if (!read.ok) for (const problem of read.problems) found[name][problem.field] ??= problem;
    }
    return found;
  }, [text]);
  const invalid = scenarioNames.some((name) => Object.keys(problems[name]).length > 0);

  const projections = useMemo(() => ({ a: projectCohort(inputs.a), b: projectCohort(inputs.b) }), [inputs]);
  const summary = differenceSentence(strings, money, formats.percent, projections.a, projections.b, inputs);

  const scenarioLabel = (name: ScenarioName) => (name === 'a' ? strings.scenarioA : strings.scenarioB);
  const limitText = (field: CohortField, value: number) =>
    percentFields.has(field) ? formats.percent(value) : formats.count(value);
  const problemText = (problem: CohortProblem) =>
    fillTemplate(strings.problems[problem.code], {
      label: strings.fields[problem.field],
      min: 'min' in problem ? limitText(problem.field, problem.min) : '',
      max: 'max' in problem ? limitText(problem.field, problem.max) : '',
    });

  const firstProblem = scenarioNames.flatMap((name) => Object.values(problems[name]))[0];
  const message = firstProblem ? `${problemText(firstProblem)} ${strings.staleNotice}` : summary;
  useEffect(() => {
    const timer = setTimeout(() => setAnnouncement(message), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [message]);

  /** Puts the scenarios shown into the address, so copying the link shares them. */
  const writeLink = (valid: Record<ScenarioName, ValidCohortInputs>, shownTiming: MarginTiming) => {
    const params = encodeScenarios(valid);
    if (shownTiming === 'upFront') params.set(timingParameter, 'upFront');
    const { pathname, hash } = window.location;
    history.replaceState(history.state, '', `${pathname}?${params.toString()}${hash}`);
  };

  const edit = (name: ScenarioName, field: CohortField, value: string) => {
    const next = { ...text, [name]: { ...text[name], [field]: value } };
    setText(next);
    markWidgetTried(chapter, 'LifetimeValueCalculator');
    const valid = validOf(next[name]);
    if (!valid) return;
    const nextInputs = { ...inputs, [name]: valid };
    setInputs(nextInputs);
    const other: ScenarioName = name === 'a' ? 'b' : 'a';
    if (validOf(next[other])) writeLink(nextInputs, timing);
  };

  const chooseTiming = (choice: MarginTiming) => {
    setTiming(choice);
    markWidgetTried(chapter, 'LifetimeValueCalculator');
    if (!invalid) writeLink(inputs, choice);
  };

  const reset = () => {
    setText(defaultText);
    setInputs(defaultValid);
    setTiming('endOfPeriod');
    setLinkProblems([]);
    const { pathname, hash } = window.location;
    history.replaceState(history.state, '', `${pathname}${hash}`);
  };

  const resultRows = (name: ScenarioName) => {
    const projection = projections[name];
    const years = inputs[name].horizonYears;
    const multiple = multipleOf(timing, inputs[name]);
    return {
      clvHorizon: money.cents(projection.clvGross),
      clvNet: money.cents(projection.clvNet),
      clvToCac: projection.clvToCac === null ? strings.notApplicable : money.twoDecimals(projection.clvToCac),
      payback:
        projection.paybackYear === null
          ? fillTemplate(strings.paybackNever, { years })
          : fillTemplate(strings.paybackYear, { year: projection.paybackYear }),
      multiple: multiple === null ? strings.notApplicable : money.twoDecimals(multiple),
      clvLifetime: multiple === null ? strings.notApplicable : money.cents(inputs[name].marginPerCustomer * multiple),
    };
  };
  const rows = { a: resultRows('a'), b: resultRows('b') };
  const rowKeys = ['clvHorizon', 'clvNet', 'clvToCac', 'payback', 'multiple', 'clvLifetime'] as const;
  const rowLabel = (key: (typeof rowKeys)[number]) => {
    const years = inputs.a.horizonYears === inputs.b.horizonYears ? formats.count(inputs.a.horizonYears) : 'N';
    return fillTemplate(strings.rows[key], { years });
  };

  return (
    <div class="clv">
      <p class="widget-intro">{strings.intro}</p>
      {linkProblems.length > 0 && (
        <ul class="clv-link-problems" data-testid="clv-link-problems">
          {linkProblems.map((problem, index) => (
            <li key={index}>
              <span aria-hidden="true">⚠ </span>
              {fillTemplate(strings.linkProblem, {
                label: strings.fields[problem.field],
                scenario: scenarioLabel(problem.scenario),
              })}
            </li>
          ))}
        </ul>
      )}
      <form class="clv-form" onSubmit={(event) => event.preventDefault()} noValidate>
        {scenarioNames.map((name) => (
          <fieldset class={`clv-scenario clv-scenario-${name}`} key={name}>
            <legend>{scenarioLabel(name)}</legend>
            {fieldOrder.map((field) => {
              const problem = problems[name][field];
              const id = `clv-${name}-${field}`;
              return (
                <div class="field" key={field}>
                  <label for={id}>{strings.fields[field]}</label>
                  <input
                    id={id}
                    name={`${name}.${field}`}
                    type="text"
                    inputMode={field === 'startingCustomers' || field === 'horizonYears' ? 'numeric' : 'decimal'}
                    autoComplete="off"
                    value={text[name][field]}
                    aria-invalid={problem ? 'true' : undefined}
                    aria-describedby={problem ? `${id}-problem` : undefined}
                    onInput={(event) => edit(name, field, event.currentTarget.value)}
                  />
                  {problem && (
                    <p class="field-problem" id={`${id}-problem`}>
                      <span aria-hidden="true">⚠ </span>
                      {problemText(problem)}
                    </p>
                  )}
                </div>
              );
            })}
          </fieldset>
        ))}
        <fieldset class="clv-timing">
          <legend>{strings.timingLegend}</legend>
          {(['endOfPeriod', 'upFront'] as const).map((choice) => (
            <label class="clv-timing-option" key={choice}>
              <input
                type="radio"
                id={`clv-timing-${choice}`}
                name="clv-timing"
                value={choice}
                checked={timing === choice}
                onChange={() => chooseTiming(choice)}
              />
              {choice === 'endOfPeriod' ? strings.timingEndOfPeriod : strings.timingUpFront}
            </label>
          ))}
        </fieldset>
        <button type="button" id="clv-reset" class="button-secondary" onClick={reset}>
          {strings.reset}
        </button>
      </form>
      <div class="clv-timing-statement">
        <p class="clv-timing-title">{strings.timingTitle}</p>
        <p>{strings.timingTable}</p>
      </div>
      {invalid && (
        <p class="stale-notice">
          <span aria-hidden="true">⚠ </span>
          {strings.staleNotice}
        </p>
      )}
      <p class="widget-result" data-testid="clv-summary">
        {summary}
      </p>
      <p class="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      <div class="table-scroll" tabIndex={0} role="region" aria-label={strings.resultsCaption}>
        <table data-testid="clv-results">
          <caption>{strings.resultsCaption}</caption>
          <thead>
            <tr>
              <td />
              <th scope="col">{strings.scenarioA}</th>
              <th scope="col">{strings.scenarioB}</th>
            </tr>
          </thead>
          <tbody>
            {rowKeys.map((key) => (
              <tr key={key} data-row={key}>
                <th scope="row">{rowLabel(key)}</th>
                <td>{rows.a[key]}</td>
                <td>{rows.b[key]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="widget-note">{strings.lifetimeNote}</p>
      <CumulativeValueChart projections={projections} inputs={inputs} strings={strings} formats={formats} />
      {scenarioNames.map((name) => (
        <CohortTable
          key={name}
          name={name}
          scenarioLabel={scenarioLabel(name)}
          projection={projections[name]}
          strings={strings}
          formats={formats}
          money={money}
        />
      ))}
      <SensitivityTable inputs={inputs.a} timing={timing} strings={strings} formats={formats} money={money} />
    </div>
  );
}
