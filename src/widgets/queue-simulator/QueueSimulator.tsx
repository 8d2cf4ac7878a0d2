/**
 * Queue-psychology simulator island: the student picks an exercise, adjusts the service point and
 * the psychology of the wait, runs the simulation in a worker (the page never freezes), and reads
 * the results as sentences, charts with text versions, a comparison with the previous run and an
 * animated line. Maths and wording in src/lib/queue/, the fields and their limits in
 * src/schemas/queueFields.ts, words in src/i18n/ under `queueSimulator`.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { FormStrings, QueueSimulatorStrings } from '../../i18n/types.ts';
import { limitFormats } from '../../lib/form/fieldProblemText.ts';
import { factorLabels } from '../../lib/queue/factorLabel.ts';
import { loadNote } from '../../lib/queue/loadNote.ts';
import type { QueuePresetId } from '../../lib/queue/presets.ts';
import { queueFormats } from '../../lib/queue/queueFormats.ts';
import { queueProblemTexts } from '../../lib/queue/queueProblems.ts';
import { runAnnouncement } from '../../lib/queue/runAnnouncement.ts';
import type { CalibrationView, LeverView, PresetView } from '../../lib/queue/sceneText.ts';
import type { QueueStartKey } from '../../lib/queue/startLink.ts';
import { settingsShown } from '../../lib/queue/settingsShown.ts';
import {
  defaultFactorTexts,
  formFromPreset,
  readSimulatorForm,
  readWaitForm,
  waitFormFromPreset,
  type SimulatorForm,
  type WaitForm,
} from '../../lib/queue/simulatorForm.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { StaleNotice } from '../shared/StaleNotice.tsx';
import { WidgetBody } from '../shared/WidgetBody.tsx';
import { useTriedMark } from '../shared/useTriedMark.ts';
import { AssumptionsPanel } from './AssumptionsPanel.tsx';
import { LeverSwitches } from './LeverSwitches.tsx';
import { PresetPicker } from './PresetPicker.tsx';
import { ResultsSection } from './ResultsSection.tsx';
import { SettingsForm } from './SettingsForm.tsx';
import { StartProblems } from './StartProblems.tsx';
import { useQueueRun } from './useQueueRun.ts';

/** An exercise's link is read by code loaded only when the address holds one: most readers never need it. */
const startLink = () => import('../../lib/queue/startLink.ts');

interface Props {
  /** The exercises and the levers, worded in the page's language. */
  presets: readonly PresetView[];
  levers: readonly LeverView[];
  calibration: CalibrationView;
  languageTag: string;
  strings: QueueSimulatorStrings;
  formStrings: FormStrings;
  /** The chapter it is embedded in, for "exercises tried" on the progress page. */
  chapter: string;
}

export default function QueueSimulator({
  presets,
  levers,
  calibration,
  languageTag,
  strings,
  formStrings,
  chapter,
}: Props) {
  const firstPreset = presets[0]!;
  const formats = useMemo(() => queueFormats(languageTag), [languageTag]);
  const limits = useMemo(() => limitFormats(languageTag), [languageTag]);
  const factorNames = useMemo(
    () => factorLabels(levers, strings.assumptions.factorLabel, formats),
    [levers, strings, formats],
  );
  const [presetId, setPresetId] = useState<QueuePresetId>(firstPreset.id);
  const preset = presets.find((candidate) => candidate.id === presetId) ?? firstPreset;
  const [form, setForm] = useState<SimulatorForm>(() => formFromPreset(firstPreset));
  const [waitForm, setWaitForm] = useState<WaitForm>(() => waitFormFromPreset(firstPreset, levers));
  const run = useQueueRun();
  const [startProblems, setStartProblems] = useState<readonly QueueStartKey[]>([]);

  const reading = readSimulatorForm(form);
  const waitReading = readWaitForm(waitForm, levers);
  const valid = reading.ok && waitReading.ok;
  const inputs = JSON.stringify([reading.ok && reading.config, waitReading.ok && waitReading.setting]);
  const problems = queueProblemTexts(
    { form: reading, wait: waitReading },
    { fields: strings.fields, factors: factorNames },
    formStrings.problems,
    limits,
  );
  const finished = run.current ? runAnnouncement(run.current.output.summary, strings.announce, formats) : '';
  // What a screen reader hears once typing pauses: the first problem to fix, or the finished run.
  const message = problems.first ? `${problems.first} ${strings.staleNotice}` : finished;

  const [used, triedNotSaved] = useTriedMark(chapter, 'QueueSimulator');
  const editForm = (change: Partial<SimulatorForm>) => {
    used();
    setForm((before) => ({ ...before, ...change }));
  };
  const editWait = (change: Partial<WaitForm>) => {
    used();
    setWaitForm((before) => ({ ...before, ...change }));
  };
  const showScene = (id: QueuePresetId, sceneForm: (chosen: PresetView) => SimulatorForm) => {
    const chosen = presets.find((candidate) => candidate.id === id) ?? firstPreset;
    setPresetId(chosen.id);
    setForm(sceneForm(chosen));
    // An instructor's factors stay: they describe people, not the scene.
    setWaitForm((before) => ({ ...waitFormFromPreset(chosen, levers), factors: before.factors }));
  };
  const choosePreset = (id: QueuePresetId) => {
    used();
    setStartProblems([]);
    showScene(id, formFromPreset);
  };

  // An exercise's start is read after hydration, so the server render and the first client render
  // agree; it is shown, not an edit, so it does not count as trying the widget.
  useEffect(() => {
    // A cheap look before fetching the reader, which decides what the address really holds.
    if (!location.search.includes('queue.')) return;
    startLink().then(
      ({ readQueueStart }) => {
        const start = readQueueStart(location.search, presets);
        if (!start) return;
        showScene(start.presetId, () => start.form);
        setStartProblems(start.problems);
      },
      () => undefined,
    );
  }, []);
  const start = () => {
    used();
    if (!reading.ok || !waitReading.ok) return;
    const { config } = reading;
    const { setting } = waitReading;
    run.start(
      { config, setting },
      { settings: settingsShown(config, setting, preset.title, levers, strings, formats), inputs },
    );
  };

  const load = reading.ok ? loadNote(reading.config, strings, formats) : null;
  const unfair = levers.find((lever) => lever.id === 'unfair')!;
  const unfairFactor = waitReading.ok
    ? formats.factor(waitReading.setting.factors?.unfair ?? unfair.defaultFactor)
    : waitForm.factors.unfair;

  return (
    <WidgetBody
      class="queue-simulator"
      loadingText={formStrings.loading}
      notSavedText={triedNotSaved ? formStrings.triedNotSaved : undefined}
    >
      <p class="widget-intro">{strings.intro}</p>
      <StartProblems problems={startProblems} strings={strings} />
      <PresetPicker presets={presets} chosen={preset} strings={strings} onChoose={choosePreset} />
      <form class="queue-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <SettingsForm form={form} problems={problems.fields} strings={strings} formats={formats} onChange={editForm} />
        {load && (
          <p class={load.overloaded ? 'queue-load queue-overload' : 'queue-load'} data-testid="queue-load">
            {load.text}
          </p>
        )}
        <LeverSwitches
          levers={levers}
          active={waitForm.active}
          tolerance={waitForm.toleranceMinutes}
          toleranceProblem={problems.fields.toleranceMinutes}
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
          problems={problems.factors}
          labels={factorNames}
          strings={strings.assumptions}
          onFactor={(id, value) => editWait({ factors: { ...waitForm.factors, [id]: value } })}
          onReset={() => editWait({ factors: defaultFactorTexts(levers) })}
        />
        <div class="queue-run">
          <button type="button" class="button" id="queue-run" onClick={start}>
            {strings.run}
          </button>
          {run.state.status === 'running' && (
            <div class="queue-progress">
              <label for="queue-progress">{strings.progressLabel}</label>
              <progress id="queue-progress" max={1} value={run.state.share} />
              <span>{fillTemplate(strings.progressText, { share: formats.percent(run.state.share) })}</span>
            </div>
          )}
        </div>
      </form>
      {!valid && <StaleNotice text={strings.staleNotice} />}
      {run.state.status === 'failed' && (
        <p class="stale-notice" role="alert">
          {fillTemplate(strings.runFailed, { reason: run.state.reason })}
        </p>
      )}
      <LiveRegion message={message} />
      <ResultsSection
        run={run.current}
        previous={run.previous}
        pending={valid && run.current !== null && inputs !== run.current.inputs}
        busy={run.state.status === 'running'}
        strings={strings}
        formats={formats}
      />
    </WidgetBody>
  );
}
