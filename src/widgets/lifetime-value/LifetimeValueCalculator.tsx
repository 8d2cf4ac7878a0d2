/**
 * Lifetime-value island: two cohort scenarios (A and B) side by side, the difference as a
 * sentence, year-by-year tables with CSV download, a cumulative-value chart and the effect of
 * more retention. The scenario lives in the page's query string, so a link reopens it. The maths,
 * the reading of the boxes and the wording are in src/lib/clv/, the fields and their limits in
 * src/schemas/cohortInputs.ts; this file holds state.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { FormStrings, LifetimeValueStrings } from '../../i18n/types.ts';
import { cohortFormReader } from '../../lib/clv/cohortForm.ts';
import { withYearlyRetention } from '../../lib/clv/cohortInputs.ts';
import { cohortProblemTexts } from '../../lib/clv/cohortProblemText.ts';
import { projectCohort } from '../../lib/clv/cohortProjection.ts';
import type { MarginTiming } from '../../lib/clv/marginMultiple.ts';
import { resultColumn } from '../../lib/clv/scenarioResults.ts';
import { scenarioSummary } from '../../lib/clv/scenarioSummary.ts';
import type { ScenarioName, ScenarioPair, ScenarioUrlProblem } from '../../lib/clv/scenarioUrl.ts';
import { limitFormats } from '../../lib/form/fieldProblemText.ts';
import { numberFormats } from '../../lib/text/numberFormats.ts';
import { preciseFormats } from '../../lib/text/preciseFormats.ts';
import { cohortDefaults, cohortFields, type CohortField } from '../../schemas/cohortInputs.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { StaleNotice } from '../shared/StaleNotice.tsx';
import { useTextForm } from '../shared/useNumberForm.ts';
import { WidgetBody } from '../shared/WidgetBody.tsx';
import { useTriedMark } from '../shared/useTriedMark.ts';
import { CohortTable } from './CohortTable.tsx';
import { CumulativeValueChart } from './CumulativeValueChart.tsx';
import { LinkProblems } from './LinkProblems.tsx';
import { ResultsTable } from './ResultsTable.tsx';
import { ScenarioFields } from './ScenarioFields.tsx';
import { SensitivityTable } from './SensitivityTable.tsx';
import { TimingChoice } from './TimingChoice.tsx';

interface Props {
  languageTag: string;
  strings: LifetimeValueStrings;
  formStrings: FormStrings;
  /** The chapter it is embedded in, for "exercises tried" on the progress page. */
  chapter: string;
}

/** A and B start as the chapter's worked example, B with five more points of retention. */
const defaultScenarios: ScenarioPair = {
  a: cohortDefaults,
  b: { ...cohortDefaults, retention: 0.85 },
};

const scenarioNames: ScenarioName[] = ['a', 'b'];
const fieldNames = Object.keys(cohortFields) as CohortField[];

/** Puts a query string in the address without a new history entry, so copying the link shares what is shown. */
function showInAddress(search: string) {
  const { pathname, hash } = window.location;
  history.replaceState(history.state, '', `${pathname}${search ? `?${search}` : ''}${hash}`);
}

/**
 * The link's reader and writer load with the first edit or with a page opened from a link, not
 * with the island: most readers never need them.
 */
const scenarioLink = () => import('../../lib/clv/scenarioUrl.ts');

/** The address of both scenarios as the model follows them (retention spelled out year by year, as links always were). */
function writeLink(scenarios: ScenarioPair, timing: MarginTiming) {
  const yearly = { a: withYearlyRetention(scenarios.a), b: withYearlyRetention(scenarios.b) };
  // Should the code fail to load, the address keeps the last link written; the widget itself works on.
  scenarioLink().then(
    ({ scenarioSearch }) => showInAddress(scenarioSearch(yearly, timing)),
    () => undefined,
  );
}

export default function LifetimeValueCalculator({ languageTag, strings, formStrings, chapter }: Props) {
  const formats = useMemo(() => numberFormats(languageTag), [languageTag]);
  const money = useMemo(() => preciseFormats(languageTag), [languageTag]);
  const limits = useMemo(() => limitFormats(languageTag), [languageTag]);
  const formA = useTextForm(cohortFormReader, defaultScenarios.a);
  const formB = useTextForm(cohortFormReader, defaultScenarios.b);
  const forms = { a: formA, b: formB };
  const [timing, setTiming] = useState<MarginTiming>('endOfPeriod');
  const [linkProblems, setLinkProblems] = useState<ScenarioUrlProblem[]>([]);

  // The link is read after hydration, so the server-rendered defaults and the first client
  // render agree; a link then replaces them in one step.
  useEffect(() => {
    if (!window.location.search) return;
    scenarioLink().then(
      ({ readScenarioLink }) => {
        const link = readScenarioLink(window.location.search, defaultScenarios);
        setTiming(link.timing);
        if (!link.linked) return;
        formA.show(link.linked.scenarios.a);
        formB.show(link.linked.scenarios.b);
        setLinkProblems(link.linked.problems);
      },
      () => undefined,
    );
  }, []);

  const inputs = useMemo(
    () => ({ a: withYearlyRetention(formA.values), b: withYearlyRetention(formB.values) }),
    [formA.values, formB.values],
  );
  const projections = useMemo(() => ({ a: projectCohort(inputs.a), b: projectCohort(inputs.b) }), [inputs]);
  const summary = scenarioSummary(projections, inputs, strings, money, formats.percent);
  const sentences = { labels: strings.fields, lists: strings.problems, numbers: formStrings.problems };
  const problems = {
    a: cohortProblemTexts(formA.problems, sentences, limits),
    b: cohortProblemTexts(formB.problems, sentences, limits),
  };
  const invalid = !formA.valid || !formB.valid;
  // What a screen reader hears once typing pauses: the new result, or the first problem to fix.
  const firstProblem = scenarioNames.flatMap((name) => fieldNames.map((field) => problems[name][field])).find(Boolean);
  const scenarioLabels = { a: strings.scenarioA, b: strings.scenarioB };

  const [markTried, triedNotSaved] = useTriedMark(chapter, 'LifetimeValueCalculator');
  const edit = (name: ScenarioName, field: CohortField, text: string) => {
    markTried();
    const read = forms[name].edit(field, text);
    const other = forms[name === 'a' ? 'b' : 'a'];
    if (read.ok && other.valid) writeLink({ a: formA.values, b: formB.values, [name]: read.values }, timing);
  };

  const chooseTiming = (choice: MarginTiming) => {
    setTiming(choice);
    markTried();
    if (!invalid) writeLink({ a: formA.values, b: formB.values }, choice);
  };

  const reset = () => {
    formA.show(defaultScenarios.a);
    formB.show(defaultScenarios.b);
    setTiming('endOfPeriod');
    setLinkProblems([]);
    showInAddress('');
  };

  return (
    <WidgetBody
      class="clv"
      loadingText={formStrings.loading}
      notSavedText={triedNotSaved ? formStrings.triedNotSaved : undefined}
    >
      <p class="widget-intro">{strings.intro}</p>
      <LinkProblems problems={linkProblems} strings={strings} scenarioLabels={scenarioLabels} />
      <form class="clv-form" onSubmit={(event) => event.preventDefault()} noValidate>
        {scenarioNames.map((name) => (
          <ScenarioFields
            key={name}
            name={name}
            legend={scenarioLabels[name]}
            texts={forms[name].texts}
            problems={problems[name]}
            labels={strings.fields}
            onEdit={(field, text) => edit(name, field, text)}
          />
        ))}
        <TimingChoice timing={timing} strings={strings} onChoose={chooseTiming} />
        <button type="button" id="clv-reset" class="button-secondary" onClick={reset}>
          {strings.reset}
        </button>
      </form>
      <div class="clv-timing-statement">
        <p class="clv-timing-title">{strings.timingTitle}</p>
        <p>{strings.timingTable}</p>
      </div>
      {invalid && <StaleNotice text={strings.staleNotice} />}
      <p class="widget-result" data-testid="clv-summary">
        {summary}
      </p>
      <LiveRegion message={firstProblem ? `${firstProblem} ${strings.staleNotice}` : summary} />
      <ResultsTable
        columns={{
          a: resultColumn(projections.a, inputs.a, timing, strings, money),
          b: resultColumn(projections.b, inputs.b, timing, strings, money),
        }}
        horizons={{ a: inputs.a.horizonYears, b: inputs.b.horizonYears }}
        strings={strings}
        formats={formats}
        scrollHint={formStrings.scrollHint}
      />
      <p class="widget-note">{strings.lifetimeNote}</p>
      <CumulativeValueChart projections={projections} inputs={inputs} strings={strings} formats={formats} />
      {scenarioNames.map((name) => (
        <CohortTable
          key={name}
          name={name}
          scenarioLabel={scenarioLabels[name]}
          projection={projections[name]}
          strings={strings}
          formats={formats}
          money={money}
          scrollHint={formStrings.scrollHint}
        />
      ))}
      <SensitivityTable
        inputs={inputs.a}
        timing={timing}
        strings={strings}
        formats={formats}
        money={money}
        scrollHint={formStrings.scrollHint}
      />
    </WidgetBody>
  );
}
