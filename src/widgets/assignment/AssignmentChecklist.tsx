/**
 * The student's side of an assignment: the link's fragment read into a checklist of tasks, each
 * with its state from this device's progress (kept up to date as work is done in other tabs), and
 * the completion report made from it. The link is read when the page opens; a broken or foreign
 * one gets its problem in words and nothing else, never half an assignment.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AssignmentStrings } from '../../i18n/types.ts';
import { readAssignmentFragment, type LinkProblem } from '../../lib/assignment/assignmentLink.ts';
import { missingReferences, type MissingReference } from '../../lib/assignment/assignmentReferences.ts';
import { courseCatalogueOf, type AssignmentCatalogue } from '../../lib/assignment/catalogue.ts';
import { taskResult } from '../../lib/assignment/taskResults.ts';
import { startLines, taskView, type SettingFormats } from '../../lib/assignment/taskView.ts';
import { resultDetails, type SummaryWords } from '../../lib/assignment/resultDetails.ts';
import type { EndingKind } from '../../lib/roleplay/scenarioScales.ts';
import { dateFormat } from '../../lib/text/dateFormat.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { numberFormats } from '../../lib/text/numberFormats.ts';
import type { Assignment } from '../../schemas/assignment.ts';
import { useStoredProgress } from '../progress/useStoredProgress.ts';
import { ReportMaker } from './ReportMaker.tsx';

interface Props {
  catalogue: AssignmentCatalogue;
  languageTag: string;
  strings: AssignmentStrings;
  endings: Readonly<Record<EndingKind, string>>;
  /** The page's language. */
  locale: Assignment['locale'];
  /** Each locale's language tag, for the title and instructions in the language the instructor wrote. */
  languageTags: Readonly<Record<Assignment['locale'], string>>;
}

type Opened =
  | { state: 'reading' }
  | { state: 'problem'; problem: LinkProblem }
  | { state: 'missing'; parts: MissingReference[] }
  | { state: 'open'; assignment: Assignment };

function problemText(problem: LinkProblem, t: AssignmentStrings): string {
  switch (problem.kind) {
    case 'tooLong':
      return fillTemplate(t.problems.tooLong, { length: problem.length });
    case 'invalid':
      return fillTemplate(t.problems.invalid, { paths: problem.paths.join(t.problems.listSeparator) });
    default:
      return t.problems[problem.kind];
  }
}

export default function AssignmentChecklist(props: Props) {
  const { catalogue, languageTag, strings: t, endings, locale, languageTags } = props;
  const [opened, setOpened] = useState<Opened>({ state: 'reading' });

  useEffect(() => {
    let current = true;
    const read = () => {
      void readAssignmentFragment(location.hash).then((reading) => {
        if (!current) return;
        if (!reading.ok) return setOpened({ state: 'problem', problem: reading.problem });
        const parts = missingReferences(reading.assignment, courseCatalogueOf(catalogue));
        setOpened(parts.length > 0 ? { state: 'missing', parts } : { state: 'open', assignment: reading.assignment });
      });
    };
    read();
    addEventListener('hashchange', read);
    return () => {
      current = false;
      removeEventListener('hashchange', read);
    };
  }, [catalogue]);

  if (opened.state === 'reading') return <p class="widget-note">{t.reading}</p>;
  if (opened.state === 'problem')
    return (
      <p class="field-problem" role="alert">
        {problemText(opened.problem, t)}
      </p>
    );
  if (opened.state === 'missing') {
    const parts = opened.parts
      .map((part) => fillTemplate(t.problems.partKinds[part.kind], { id: part.id }))
      .join(t.problems.listSeparator);
    return (
      <p class="field-problem" role="alert">
        {fillTemplate(t.problems.missingParts, { parts })}
      </p>
    );
  }
  return (
    <Checklist
      assignment={opened.assignment}
      catalogue={catalogue}
      languageTag={languageTag}
      strings={t}
      endings={endings}
      locale={locale}
      languageTags={languageTags}
    />
  );
}

function Checklist(props: Props & { assignment: Assignment }) {
  const { assignment, catalogue, languageTag, strings: t, endings, locale, languageTags } = props;
  // Read from storage, not through the store: this page only shows progress (and so loads no quiz code).
  const { progress, blocked } = useStoredProgress();
  const quizItems = useMemo(
    () => new Map(catalogue.chapters.map((chapter) => [chapter.slug, chapter.quizItems.map((item) => item.id)])),
    [catalogue],
  );
  const words = useMemo((): SummaryWords => {
    const formats = numberFormats(languageTag);
    return { strings: t, endings, percent: formats.percent, count: formats.count, date: dateFormat(languageTag) };
  }, [languageTag, t, endings]);
  // An exercise's starting numbers as the instructor gave them: no rounding, a share in percent.
  const settingFormats = useMemo((): SettingFormats => {
    const number = new Intl.NumberFormat(languageTag, { maximumFractionDigits: 6 });
    const percent = new Intl.NumberFormat(languageTag, { style: 'percent', maximumFractionDigits: 4 });
    return { number: (value) => number.format(value), percent: (fraction) => percent.format(fraction) };
  }, [languageTag]);
  const results = assignment.tasks.map((task) => taskResult(task, progress, quizItems));
  const done = results.filter((result) => result.done).length;
  const total = results.length;
  const progressText = fillTemplate(t.progressText, { done, total });
  const dueDate = assignment.due
    ? new Intl.DateTimeFormat(languageTag, { dateStyle: 'full', timeZone: 'UTC' }).format(
        new Date(`${assignment.due}T00:00:00Z`),
      )
    : undefined;

  return (
    <div class="assignment">
      <h2 class="assignment-title" lang={languageTags[assignment.locale]}>
        {assignment.title}
      </h2>
      {dueDate && <p class="assignment-due">{fillTemplate(t.due, { date: dueDate })}</p>}
      {assignment.instructions && (
        <section aria-labelledby="assignment-instructions">
          <h3 id="assignment-instructions">{t.instructionsHeading}</h3>
          <p class="assignment-instructions" lang={languageTags[assignment.locale]}>
            {assignment.instructions}
          </p>
          {assignment.locale !== locale && <p class="widget-note">{t.instructionsLanguage}</p>}
        </section>
      )}
      <h3 id="assignment-tasks">{t.tasksHeading}</h3>
      <p class="assignment-progress">
        <label for="assignment-progress-bar">{t.progressLabel}</label>{' '}
        <progress id="assignment-progress-bar" max={total} value={done} aria-valuetext={progressText} />{' '}
        <span>{progressText}</span>
      </p>
      {/* Changes only as tasks get done, never per keystroke: read out as it changes. */}
      <p class="sr-only" role="status">
        {done === total ? `${progressText} ${t.allDone}` : progressText}
      </p>
      {blocked && (
        <p class="field-problem" role="alert">
          {t.storageBlocked}
        </p>
      )}
      <ol class="assignment-tasks" aria-labelledby="assignment-tasks">
        {assignment.tasks.map((task, index) => {
          const view = taskView(task, catalogue, t);
          const start = startLines(task, catalogue, t, settingFormats);
          const result = results[index]!;
          return (
            <li key={index} class="assignment-task" data-done={result.done ? 'true' : 'false'}>
              <p class="assignment-task-title">
                <span class="assignment-mark" aria-hidden="true">
                  {result.done ? '✓' : '○'}
                </span>{' '}
                <strong>{view.title}</strong>
              </p>
              <p class="assignment-task-state">{resultDetails(result, words)}</p>
              {view.chosen.length > 0 && (
                <>
                  <p class="widget-note">{fillTemplate(t.chosenItems, { count: view.chosen.length })}</p>
                  <ul class="assignment-chosen">
                    {view.chosen.map((label, at) => (
                      <li key={at}>{label}</li>
                    ))}
                  </ul>
                </>
              )}
              {start.length > 0 && (
                <>
                  <p class="widget-note">{t.startHeading}</p>
                  <ul class="assignment-chosen">
                    {start.map((line, at) => (
                      <li key={at}>{line}</li>
                    ))}
                  </ul>
                </>
              )}
              <p class="widget-note">{view.howDone}</p>
              <p>
                <a href={view.href}>{view.openText}</a>
              </p>
            </li>
          );
        })}
      </ol>
      <p class="widget-note">{t.earlierWork}</p>
      <ReportMaker
        assignment={assignment}
        progress={progress}
        catalogue={catalogue}
        words={words}
        notDone={total - done}
        locale={locale}
      />
    </div>
  );
}
