/**
 * Queue-psychology simulator island: the student picks an exercise, adjusts the service point and
 * the psychology of the wait, runs the simulation in a worker (the page never freezes), and reads
 * the results as sentences, charts with text versions, a comparison with the previous run and an
 * animated line. Maths in src/lib/queue/, words in src/i18n/ under `queueSimulator`.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LineLayout, QueueConfig } from '../../lib/queue/queueConfig';
import type { QueuePresetId } from '../../lib/queue/presets';
import type { CalibrationView, LeverView, PresetView } from '../../lib/queue/sceneText';
import {
  defaultFactorTexts,
  formFromPreset,
  formLoad,
  formPeakLoad,
  readSimulatorForm,
  readWaitForm,
  waitFormFromPreset,
  type FieldProblem,
  type SimulatorField,
  type SimulatorForm,
  type WaitForm,
} from '../../lib/queue/simulatorForm';
import type { WaitSetting } from '../../lib/queue/perceivedWait';
import type { WaitLeverId } from '../../lib/queue/waitLevers';
import { fillTemplate } from '../../lib/text/fillTemplate';
import { numberFormats, type NumberFormats } from '../../lib/text/numberFormats';
import { markWidgetTried } from '../../stores/widgetTried';
import type { QueueSimulatorStrings } from '../../i18n/types';
import { AssumptionsPanel } from './AssumptionsPanel';
import { LeverSwitches } from './LeverSwitches';
import { LineAnimation } from './LineAnimation';
import { PresetPicker } from './PresetPicker';
import { QueueLengthChart } from './QueueLengthChart';
import { RunComparison, type SettingShown } from './RunComparison';
import { RunResults } from './RunResults';
import type { RunOutput, RunReport, RunRequest } from './runProtocol';
import { profileText, SettingsForm } from './SettingsForm';
import { WaitDistributionChart } from './WaitDistributionChart';

type Strings = QueueSimulatorStrings;

interface Props {
  /** The exercises and the levers, worded in the page's language. */
  presets: readonly PresetView[];
  levers: readonly LeverView[];
  calibration: CalibrationView;
  languageTag: string;
  strings: Strings;
  /** The chapter it is embedded in, for "exercises tried" on the progress page. */
  chapter: string;
}

interface CompletedRun {
  output: RunOutput;
  config: QueueConfig;
  settings: SettingShown[];
  /** The inputs that produced it, to tell when the form has moved on. */
  inputs: string;
}

type RunState = { status: 'idle' } | { status: 'running'; share: number } | { status: 'failed'; reason: string };

/** How long typing must pause before a message is read out, so a screen reader is not flooded. */
const ANNOUNCE_DELAY_MS = 700;

export default function QueueSimulator({ presets, levers, calibration, languageTag, strings, chapter }: Props) {
  const firstPreset = presets[0]!;
  const formats = useMemo(() => numberFormats(languageTag), [languageTag]);
  // Factors such as 1.15 need two decimals, more than the course's usual one.
  const factorFormat = useMemo(() => new Intl.NumberFormat(languageTag, { maximumFractionDigits: 2 }), [languageTag]);
  const [presetId, setPresetId] = useState<QueuePresetId>(firstPreset.id);
  const preset = presets.find((candidate) => candidate.id === presetId) ?? firstPreset;
  const [form, setForm] = useState<SimulatorForm>(() => formFromPreset(firstPreset));
  const [waitForm, setWaitForm] = useState<WaitForm>(() => waitFormFromPreset(firstPreset, levers));
  const [run, setRun] = useState<RunState>({ status: 'idle' });
  const [current, setCurrent] = useState<CompletedRun | null>(null);
  const [previous, setPrevious] = useState<CompletedRun | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [finished, setFinished] = useState('');
  const worker = useRef<Worker | null>(null);
  const currentRun = useRef<CompletedRun | null>(null);

  const reading = readSimulatorForm(form);
  const waitReading = readWaitForm(waitForm, levers);
  const inputs = JSON.stringify([reading.ok && reading.config, waitReading.ok && waitReading.setting]);

  const problemText = (label: string, problem: FieldProblem) =>
    fillTemplate(strings.problems[problem.code], {
      label,
      min: 'min' in problem ? formats.decimal(problem.min) : '',
      max: 'max' in problem ? formats.decimal(problem.max) : '',
    });
  const formProblems: Partial<Record<SimulatorField, string>> = {};
  if (!reading.ok)
    for (const [field, problem] of Object.entries(reading.problems) as [SimulatorField, FieldProblem][])
      formProblems[field] = problemText(strings.fields[field], problem);
  const factorProblems: Partial<Record<WaitLeverId, string>> = {};
  let toleranceProblem: string | undefined;
  if (!waitReading.ok)
    for (const [field, problem] of Object.entries(waitReading.problems) as [string, FieldProblem][]) {
      if (field === 'toleranceMinutes') toleranceProblem = problemText(strings.fields.toleranceMinutes, problem);
      else {
        const id = field.slice('factors.'.length) as WaitLeverId;
        const lever = levers.find((candidate) => candidate.id === id)!;
        factorProblems[id] = problemText(
          fillTemplate(strings.assumptions.factorLabel, {
            lever: lever.label,
            min: formats.decimal(lever.min),
            max: formats.decimal(lever.max),
          }),
          problem,
        );
      }
    }
  const firstProblem = [...Object.values(formProblems), toleranceProblem, ...Object.values(factorProblems)].find(
    Boolean,
  );

  // What a screen reader hears once typing pauses: the first problem to fix, or the finished run.
  const message = firstProblem ? `${firstProblem} ${strings.staleNotice}` : finished;
  useEffect(() => {
    const timer = setTimeout(() => setAnnouncement(message), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [message]);

  // A worker still running when the widget goes away is stopped with it.
  useEffect(() => () => worker.current?.terminate(), []);

  const used = () => markWidgetTried(chapter, 'QueueSimulator');
  const editForm = (change: Partial<SimulatorForm>) => {
    used();
    setForm((before) => ({ ...before, ...change }));
  };
  const editWait = (change: Partial<WaitForm>) => {
    used();
    setWaitForm((before) => ({ ...before, ...change }));
  };
  const choosePreset = (id: QueuePresetId) => {
    used();
    const chosen = presets.find((candidate) => candidate.id === id) ?? firstPreset;
    setPresetId(id);
    setForm(formFromPreset(chosen));
    // An instructor's factors stay: they describe people, not the scene.
    setWaitForm((before) => ({ ...waitFormFromPreset(chosen, levers), factors: before.factors }));
  };

  const start = () => {
    used();
    if (!reading.ok || !waitReading.ok) return;
    const request: RunRequest = { config: reading.config, setting: waitReading.setting };
    const settings = settingsShown(reading.config, waitReading.setting, preset.title, levers, strings, {
      ...formats,
      factor: (value) => factorFormat.format(value),
    });
    worker.current?.terminate();
    const running = new Worker(new URL('./queueRun.worker.ts', import.meta.url), { type: 'module' });
    worker.current = running;
    setRun({ status: 'running', share: 0 });
    running.onmessage = ({ data }: MessageEvent<RunReport>) => {
      if (worker.current !== running) return;
      if (data.kind === 'progress') setRun({ status: 'running', share: data.share });
      else if (data.kind === 'failed') setRun({ status: 'failed', reason: data.reason });
      else {
        const completed: CompletedRun = { output: data.output, config: request.config, settings, inputs };
        setPrevious(currentRun.current);
        currentRun.current = completed;
        setCurrent(completed);
        setRun({ status: 'idle' });
        const { summary } = data.output;
        setFinished(
          fillTemplate(strings.announce, {
            actual: formats.decimal(summary.actualWait?.mean ?? 0),
            perceived: formats.decimal(summary.perceivedWait?.mean ?? 0),
            share: formats.percent(summary.shareOverTolerance),
          }),
        );
      }
      if (data.kind !== 'progress') {
        running.terminate();
        worker.current = null;
      }
    };
    running.onerror = (event) => {
      event.preventDefault();
      setRun({ status: 'failed', reason: event.message || 'worker error' });
      running.terminate();
      worker.current = null;
    };
    running.postMessage(request);
  };

  const load = reading.ok ? formLoad(reading.config) : null;
  const peakLoad = reading.ok ? formPeakLoad(reading.config) : null;
  const unfair = levers.find((lever) => lever.id === 'unfair')!;
  const unfairFactor = waitReading.ok
    ? factorFormat.format(waitReading.setting.factors?.unfair ?? unfair.defaultFactor)
    : waitForm.factors.unfair;
  const valid = reading.ok && waitReading.ok;

  return (
    <div class="queue-simulator">
      <p class="widget-intro">{strings.intro}</p>
      <PresetPicker presets={presets} chosen={preset} strings={strings} onChoose={choosePreset} />
      <form class="queue-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <SettingsForm form={form} problems={formProblems} strings={strings} formats={formats} onChange={editForm} />
        {load !== null && (
          <p class={load >= 1 ? 'queue-load queue-overload' : 'queue-load'} data-testid="queue-load">
            {fillTemplate(load >= 1 ? strings.overloadNote : strings.loadNote, { load: factorFormat.format(load) })}
            {peakLoad !== null && ` ${fillTemplate(strings.peakLoadNote, { load: factorFormat.format(peakLoad) })}`}
          </p>
        )}
        <LeverSwitches
          levers={levers}
          active={waitForm.active}
          tolerance={waitForm.toleranceMinutes}
          toleranceProblem={toleranceProblem}
          unfairFactor={unfairFactor}
          strings={strings}
          formats={formats}
          onToggle={(id, on) =>
            editWait({ active: on ? [...waitForm.active, id] : waitForm.active.filter((active) => active !== id) })
          }
          onTolerance={(toleranceMinutes) => editWait({ toleranceMinutes })}
        />
        <AssumptionsPanel
          levers={levers}
          calibration={calibration}
          factors={waitForm.factors}
          problems={factorProblems}
          strings={strings.assumptions}
          formats={formats}
          onFactor={(id, value) => editWait({ factors: { ...waitForm.factors, [id]: value } })}
          onReset={() => editWait({ factors: defaultFactorTexts(levers) })}
        />
        <div class="queue-run">
          <button type="button" class="button" id="queue-run" onClick={start}>
            {strings.run}
          </button>
          {run.status === 'running' && (
            <div class="queue-progress">
              <label for="queue-progress">{strings.progressLabel}</label>
              <progress id="queue-progress" max={1} value={run.share} />
              <span>{fillTemplate(strings.progressText, { share: formats.percent(run.share) })}</span>
            </div>
          )}
        </div>
      </form>
      {!valid && (
        <p class="stale-notice">
          <span aria-hidden="true">⚠ </span>
          {strings.staleNotice}
        </p>
      )}
      {run.status === 'failed' && (
        <p class="stale-notice" role="alert">
          {fillTemplate(strings.runFailed, { reason: run.reason })}
        </p>
      )}
      <p class="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      <section class="queue-results-section" aria-labelledby="queue-results-title" aria-busy={run.status === 'running'}>
        <h4 id="queue-results-title">{strings.resultsHeading}</h4>
        {!current ? (
          <p class="widget-note" data-testid="queue-not-run">
            {strings.notRun}
          </p>
        ) : (
          <Results
            run={current}
            previous={previous}
            pending={valid && inputs !== current.inputs}
            strings={strings}
            formats={formats}
          />
        )}
      </section>
    </div>
  );
}

interface ResultsProps {
  run: CompletedRun;
  previous: CompletedRun | null;
  pending: boolean;
  strings: Strings;
  formats: NumberFormats;
}

function Results({ run, previous, pending, strings, formats }: ResultsProps) {
  const { summary, histogram, queueLength, columns, timelineIndex } = run.output;
  const lineCount = run.config.layout === 'single' ? 1 : run.config.servers;
  return (
    <>
      {pending && <p class="queue-pending">{strings.pendingChanges}</p>}
      <RunResults summary={summary} seed={run.config.seed} strings={strings} formats={formats} />
      <QueueLengthChart points={queueLength} summary={summary} strings={strings.queueChart} formats={formats} />
      <WaitDistributionChart histogram={histogram} strings={strings.waitChart} formats={formats} />
      {previous ? (
        <RunComparison
          before={{ summary: previous.output.summary, settings: previous.settings }}
          after={{ summary, settings: run.settings }}
          strings={strings}
          formats={formats}
        />
      ) : (
        <p class="widget-note">{strings.comparison.firstRun}</p>
      )}
      <LineAnimation
        columns={columns}
        index={timelineIndex}
        servers={run.config.servers}
        lineCount={lineCount}
        peakMinute={summary.peakQueue.minute}
        strings={strings.animation}
        formats={formats}
      />
    </>
  );
}

/** The settings of a run as the reader saw them, so the comparison can say what changed. */
function settingsShown(
  config: QueueConfig,
  setting: WaitSetting,
  presetTitle: string,
  levers: readonly LeverView[],
  strings: Strings,
  formats: NumberFormats & { factor: (value: number) => string },
): SettingShown[] {
  const { on, off } = strings.comparison;
  const layouts: Record<LineLayout, string> = strings.layouts;
  const shown: SettingShown[] = [
    { key: 'preset', label: strings.presetLegend, value: presetTitle },
    {
      key: 'arrivals',
      label: strings.arrivalLegend,
      value:
        config.arrivals.kind === 'poisson'
          ? `${strings.arrivalSteady} (${formats.decimal(config.arrivals.ratePerMinute)})`
          : fillTemplate(strings.arrivalProfile, {
              segments:
                config.arrivals.kind === 'piecewise' ? profileText(config.arrivals.segments, strings, formats) : '',
            }),
    },
    { key: 'servers', label: strings.fields.servers, value: formats.count(config.servers) },
    { key: 'serviceKind', label: strings.serviceLegend, value: strings.serviceKinds[config.service.kind] },
    {
      key: 'meanService',
      label: strings.fields.meanServiceMinutes,
      value: formats.decimal(config.service.meanMinutes),
    },
    { key: 'layout', label: strings.layoutLegend, value: layouts[config.layout] },
    { key: 'balking', label: strings.balking, value: config.balking ? formats.count(config.balking.limit) : off },
    {
      key: 'reneging',
      label: strings.reneging,
      value: config.reneging ? formats.decimal(config.reneging.meanPatienceMinutes) : off,
    },
    { key: 'customers', label: strings.fields.customers, value: formats.count(config.customers) },
    { key: 'seed', label: strings.fields.seed, value: String(config.seed) },
    { key: 'tolerance', label: strings.fields.toleranceMinutes, value: formats.decimal(setting.toleranceMinutes) },
  ];
  if (config.service.kind === 'lognormal')
    shown.push({ key: 'cv', label: strings.fields.serviceCv, value: formats.factor(config.service.cv) });
  if (config.service.kind === 'erlang')
    shown.push({ key: 'k', label: strings.fields.erlangK, value: formats.count(config.service.k) });
  for (const lever of levers) {
    if (lever.decidedBy === 'setting')
      shown.push({
        key: `lever-${lever.id}`,
        label: lever.label,
        value: setting.active.includes(lever.id) ? on : off,
      });
    shown.push({
      key: `factor-${lever.id}`,
      label: fillTemplate(strings.assumptions.factorLabel, {
        lever: lever.label,
        min: formats.decimal(lever.min),
        max: formats.decimal(lever.max),
      }),
      value: formats.factor(setting.factors?.[lever.id] ?? lever.defaultFactor),
    });
  }
  return shown;
}
