/**
 * The mock exam: a paper drawn across chapters with the learner's seed (src/lib/exam/mockPaper.ts),
 * written against a countdown the learner starts and can pause, handed in (or taken in when time is
 * up, answers kept), then self-marked item by item against the rubrics for a total. The paper, its
 * clock, answers and marks are kept as a `mock:<paperId>` record; marking also records each answer
 * as an attempt, so the items join the review queue.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ExamStrings, StorageStrings } from '../../i18n/types.ts';
import {
  clockFace,
  minutesLeft,
  passedAnnouncedMoment,
  pauseClock,
  startClock,
  timeLeft,
  timeUp,
} from '../../lib/exam/examClock.ts';
import type { ExamItemView } from '../../lib/exam/examItemView.ts';
import { addMarks } from '../../lib/exam/examTotals.ts';
import { drawPaper, PAPER_COMPOSITION, suggestedMinutes } from '../../lib/exam/mockPaper.ts';
import { writtenScore } from '../../lib/exam/writtenScore.ts';
import { PROGRESS_VERSION } from '../../lib/progress/progressState.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import type { MockRecord } from '../../schemas/progress.ts';
import { dropMock, recordWritten, saveMock } from '../../stores/examProgress.ts';
import { newId } from '../../stores/progress.ts';
import { StorageNotice } from '../progress/StorageNotice.tsx';
import { useDeviceProgress } from '../progress/useDeviceProgress.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { useHydrated } from '../shared/useHydrated.ts';
import { useLearnerSeed } from '../shared/useLearnerSeed.ts';
import { WidgetBody } from '../shared/WidgetBody.tsx';
import { AnswerBox, ROWS } from './AnswerBox.tsx';
import { examFormats } from './examFormats.ts';
import { ItemPrompt } from './ItemPrompt.tsx';
import { PaperPrint } from './PaperPrint.tsx';
import { RubricTicks } from './RubricTicks.tsx';

interface Props {
  pool: ExamItemView[];
  languageTag: string;
  strings: ExamStrings;
  storageStrings: StorageStrings;
  loadingText: string;
}

/** A paper on screen: saved under `id`, or drawn but not yet saved (nothing written, clock not started). */
interface Current {
  id: string | undefined;
  record: MockRecord;
}

function newRecord(pool: ExamItemView[], seed: string, now: number): MockRecord {
  const paper = drawPaper(pool, seed);
  return {
    v: PROGRESS_VERSION,
    at: now,
    items: paper.items.map((item) => item.id),
    limit: suggestedMinutes(paper.totalMarks) * 60_000,
    used: 0,
    answers: {},
    ticks: {},
  };
}

const SAVE_DELAY_MS = 400;

export default function MockExam({ pool, languageTag, strings, storageStrings, loadingText }: Props) {
  const progress = useDeviceProgress();
  const seed = useLearnerSeed();
  const formats = useMemo(() => examFormats(languageTag), [languageTag]);
  const byId = useMemo(() => new Map(pool.map((item) => [item.id, item])), [pool]);
  const [current, setCurrent] = useState<Current>(() => ({
    id: undefined,
    record: newRecord(pool, `${seed}:first`, 0),
  }));
  const [announcement, setAnnouncement] = useState('');
  const [notSaved, setNotSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  // Once the device's progress is known: the latest paper kept there, or a first one drawn with this learner's seed.
  const hydrated = useHydrated();
  useEffect(() => {
    if (!hydrated) return;
    const stored = Object.entries(progress.mocks).sort(([, a], [, b]) => b.at - a.at)[0];
    setCurrent(
      stored
        ? { id: stored[0], record: stored[1] }
        : { id: undefined, record: newRecord(pool, `${seed}:first`, Date.now()) },
    );
  }, [hydrated]);

  const { record } = current;
  /** A paper's items as the pool has them (an item since removed from the course is left out). */
  const itemsOf = (ids: string[]) => ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  const items = itemsOf(record.items);
  const phase = record.marked ? 'marked' : record.submitted !== undefined ? 'marking' : 'writing';

  const persist = (next: MockRecord, id = current.id ?? newId()) => {
    setCurrent({ id, record: next });
    setNotSaved(!saveMock(id, next));
  };
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(current);
  latest.current = current;
  const write = (itemId: string, text: string) => {
    const id = current.id ?? newId();
    const next = { ...record, answers: { ...record.answers, [itemId]: text } };
    setCurrent({ id, record: next });
    clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => setNotSaved(!saveMock(id, latest.current.record)), SAVE_DELAY_MS);
  };

  // The clock: ticks every second while it runs; the time is read out only at the announced moments.
  const running = record.running !== undefined && phase === 'writing';
  const lastLeft = useRef(timeLeft(record, now));
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  const left = timeLeft(record, now);
  useEffect(() => {
    if (!running) {
      lastLeft.current = left;
      return;
    }
    if (timeUp(record, now)) {
      clearTimeout(saveTimer.current);
      // The record as last typed (a keystroke may not have reached the saved copy yet), stopped.
      persist({ ...pauseClock(latest.current.record, now), submitted: now });
      setAnnouncement(strings.mock.timeUpNow);
    } else if (passedAnnouncedMoment(lastLeft.current, left)) {
      setAnnouncement(fillTemplate(strings.mock.minutesLeft, { n: formats.number(minutesLeft(left)) }));
    }
    lastLeft.current = left;
  }, [now, running]);

  const start = () => {
    const at = Date.now();
    setNow(at);
    persist({ ...record, ...startClock(record, at) });
    setAnnouncement(fillTemplate(strings.mock.minutesLeft, { n: formats.number(minutesLeft(timeLeft(record, at))) }));
  };
  const pause = () => {
    const at = Date.now();
    setNow(at);
    persist(pauseClock(record, at));
    setAnnouncement(strings.mock.paused);
  };
  const handIn = () => {
    const at = Date.now();
    clearTimeout(saveTimer.current);
    persist({ ...pauseClock(record, at), submitted: at });
    setAnnouncement(strings.mock.marking);
    setFocusTotal(true);
  };
  const tick = (itemId: string, pointId: string, on: boolean) => {
    const before = record.ticks[itemId] ?? [];
    const ticks = on ? [...before, pointId] : before.filter((id) => id !== pointId);
    persist({ ...record, ticks: { ...record.ticks, [itemId]: ticks } });
  };
  const itemMarks = items.map((item) => ({ item, ...writtenScore(item.rubric, record.ticks[item.id] ?? []) }));
  const total = addMarks(itemMarks);
  const finish = () => {
    const at = Date.now();
    let saved = true;
    for (const { item, share } of itemMarks) {
      const id = recordWritten(
        {
          itemId: item.id,
          fingerprint: item.fingerprint,
          text: record.answers[item.id] ?? '',
          ticked: record.ticks[item.id] ?? [],
          score: share,
          mode: 'test',
        },
        at,
      );
      if (!id) saved = false;
    }
    persist({ ...record, marked: { at, got: total.got, total: total.total } });
    setNotSaved(!saved);
    setFocusTotal(true);
    setAnnouncement(
      fillTemplate(strings.mock.totalRecorded, { got: formats.number(total.got), total: formats.number(total.total) }),
    );
  };
  const drawNew = () => {
    const at = Date.now();
    if (current.id && !record.marked) dropMock(current.id);
    const next = newRecord(pool, `${seed}:${at}`, at);
    persist(next, newId());
    setConfirming(false);
    setNow(at);
    setAnnouncement(compositionText(itemsOf(next.items), next.limit));
  };
  const askNew = () => {
    if (phase === 'writing' && Object.values(record.answers).some((text) => text.trim() !== '')) setConfirming(true);
    else drawNew();
  };
  function compositionText(on: ExamItemView[], limit: number) {
    const chapters = [...new Set(on.map((item) => item.chapter))].sort((a, b) => a - b);
    return fillTemplate(strings.mock.composition, {
      items: formats.number(on.length),
      marks: formats.number(on.reduce((sum, item) => sum + item.total, 0)),
      minutes: formats.number(limit / 60_000),
      chapters: new Intl.ListFormat(languageTag, { type: 'conjunction' }).format(chapters.map(formats.number)),
    });
  }
  // After handing in or finishing, focus goes to the total, which replaces the button just pressed.
  const totalRef = useRef<HTMLParagraphElement>(null);
  const [focusTotal, setFocusTotal] = useState(false);
  useLayoutEffect(() => {
    if (!focusTotal) return;
    totalRef.current?.focus();
    setFocusTotal(false);
  }, [focusTotal]);
  const full = items.length >= Object.values(PAPER_COMPOSITION).reduce((sum, n) => sum + n, 0);

  return (
    <WidgetBody class="mock-exam" loadingText={loadingText}>
      <StorageNotice strings={storageStrings} languageTag={languageTag} />
      <p class="widget-result">{compositionText(items, record.limit)}</p>
      {!full && <p class="widget-note">{strings.mock.fewer}</p>}
      {confirming ? (
        <div class="quiz-changed" role="alert">
          <p>{strings.mock.newPaperConfirm}</p>
          <div class="quiz-actions">
            <button type="button" id="mock-confirm-new" class="button" onClick={drawNew}>
              {strings.mock.confirmNew}
            </button>
            <button type="button" class="button-secondary" onClick={() => setConfirming(false)}>
              {strings.mock.cancel}
            </button>
          </div>
        </div>
      ) : (
        <div class="quiz-actions screen-only">
          <button type="button" id="mock-new" class="button-secondary" onClick={askNew}>
            {strings.mock.newPaper}
          </button>
        </div>
      )}
      {phase === 'writing' && (
        <div class="mock-clock" role="group" aria-label={strings.mock.timeLeft}>
          <span>{strings.mock.timeLeft}</span>
          <span class="mock-clock-face">{clockFace(left)}</span>
          {running ? (
            <button type="button" id="mock-pause" class="button-secondary" onClick={pause}>
              {strings.mock.pause}
            </button>
          ) : (
            <button type="button" id="mock-start" class="button" onClick={start}>
              {record.used > 0 ? strings.mock.resume : strings.mock.start}
            </button>
          )}
          <span class="widget-note">
            {running ? '' : record.used > 0 ? strings.mock.paused : strings.mock.notStarted}
          </span>
        </div>
      )}
      {phase !== 'writing' && (
        <p ref={totalRef} id="mock-total" class="widget-result mock-total" tabIndex={-1}>
          {fillTemplate(strings.mock.total, { got: formats.number(total.got), total: formats.number(total.total) })}
        </p>
      )}
      {phase === 'marking' && <p>{strings.mock.marking}</p>}
      {phase === 'marked' && record.marked && (
        <p class="widget-note">{fillTemplate(strings.mock.markedAt, { date: formats.date(record.marked.at) })}</p>
      )}
      <div class="screen-only">
        <h2>{strings.mock.questions}</h2>
        {items.map((item, index) => {
          const promptId = `mock-${item.id}`;
          const marks = itemMarks[index]!;
          return (
            <section key={item.id} class="exam-item" aria-labelledby={promptId}>
              <ItemPrompt
                item={item}
                label={`${fillTemplate(strings.mock.itemLabel, { n: index + 1, chapter: item.chapter })} · ${strings.formats[item.format]}`}
                promptId={promptId}
                strings={strings}
                formats={formats}
              />
              <AnswerBox
                id={`mock-answer-${item.id}`}
                text={record.answers[item.id] ?? ''}
                onText={(text) => write(item.id, text)}
                readOnly={phase !== 'writing'}
                rows={ROWS[item.format]}
                strings={strings}
                formats={formats}
              />
              {phase !== 'writing' && (
                <>
                  <div class="exam-key-wrap">
                    <RubricTicks
                      item={item}
                      idPrefix={promptId}
                      ticked={record.ticks[item.id] ?? []}
                      onTick={(pointId, on) => tick(item.id, pointId, on)}
                      locked={phase === 'marked'}
                      strings={strings}
                      languageTag={languageTag}
                    />
                  </div>
                  <p class="widget-note">
                    {fillTemplate(strings.score, {
                      got: formats.number(marks.got),
                      total: formats.number(marks.total),
                    })}
                  </p>
                </>
              )}
            </section>
          );
        })}
      </div>
      {phase === 'writing' && (
        <div class="quiz-actions">
          <button type="button" id="mock-hand-in" class="button" onClick={handIn}>
            {strings.mock.submit}
          </button>
        </div>
      )}
      {phase === 'marking' && (
        <div class="quiz-actions">
          <button type="button" id="mock-finish" class="button" onClick={finish}>
            {strings.mock.finish}
          </button>
        </div>
      )}
      {notSaved && <p class="field-problem">{strings.mock.notSaved}</p>}
      <PaperPrint items={items} strings={strings} formats={formats} />
      <LiveRegion message={announcement} />
    </WidgetBody>
  );
}
