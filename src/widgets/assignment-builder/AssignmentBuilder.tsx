/**
 * The instructor's assignment builder: a form (title, due date, instructions, each chapter's
 * choices, role-plays) that makes an assignment link and its QR code. The form's logic is in
 * src/lib/assignment/ (assignmentDraft.ts and its neighbours); this view places fields and
 * problems and keeps the draft on the device. The link code (zod, compression, the QR encoder) is
 * fetched only when a link is made or opened, so the page's own script stays small.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales.ts';
import type { ExamStrings, FormStrings, InstructorStrings } from '../../i18n/types.ts';
import {
  assignmentOfDraft,
  emptyChapter,
  emptyDraft,
  type AssignmentDraft,
  type ChapterDraft,
  type DraftProblem,
} from '../../lib/assignment/assignmentDraft.ts';
import type { LinkProblem } from '../../lib/assignment/assignmentLink.ts';
import type { AssignmentCatalogue } from '../../lib/assignment/catalogue.ts';
import { draftOfAssignment } from '../../lib/assignment/draftOfAssignment.ts';
import { packagedChapters } from '../../lib/assignment/packagedChapters.ts';
import { DRAFT_STORAGE_KEY, readStoredDraft } from '../../lib/assignment/storedDraft.ts';
import { INSTRUCTIONS_MAX, TITLE_MAX } from '../../schemas/assignmentBounds.ts';
import { limitFormats } from '../../lib/form/fieldProblemText.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { pluralText } from '../../lib/text/pluralText.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { WidgetBody } from '../shared/WidgetBody.tsx';
import { ChapterChoices } from './ChapterChoices.tsx';
import { LinkResult, type MadeLink } from './LinkResult.tsx';
import { ScormPackages } from './ScormPackages.tsx';
import { linkProblemText, problemPlace, problemText, settingProblemText } from './problemWords.ts';

interface Props {
  catalogue: AssignmentCatalogue;
  locale: Locale;
  languageTag: string;
  strings: InstructorStrings;
  examFormats: ExamStrings['formats'];
  /** The widgets' own sentences for a number that cannot be used, for an exercise's starting settings. */
  formProblems: FormStrings['problems'];
  loadingText: string;
  /** The student's checklist page and the gradebook, in this locale, with the site's base. */
  studentPath: string;
  gradebookPath: string;
  /** The folder of the chapters' SCORM packages, with the site's base (`/scorm/`). */
  packagesPath: string;
}

type Loaded = { kind: 'loaded'; title: string; leftOut: number } | { kind: 'problem'; problem: LinkProblem };

type Making =
  { step: 'idle' } | { step: 'making' } | { step: 'failed' } | { step: 'tooLong'; length: number; max: number };

function readStorage(): string | null {
  try {
    return localStorage.getItem(DRAFT_STORAGE_KEY);
  } catch {
    return null;
  }
}

function writeStorage(draft: AssignmentDraft) {
  try {
    localStorage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the form still works, it only will not survive a reload.
  }
}

export default function AssignmentBuilder({
  catalogue,
  locale,
  languageTag,
  strings,
  examFormats,
  formProblems,
  loadingText,
  studentPath,
  gradebookPath,
  packagesPath,
}: Props) {
  const [draft, setDraft] = useState<AssignmentDraft>(emptyDraft);
  const [ready, setReady] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [making, setMaking] = useState<Making>({ step: 'idle' });
  const [made, setMade] = useState<MadeLink>();
  const [loaded, setLoaded] = useState<Loaded>();
  const [message, setMessage] = useState('');
  const numberFormat = useMemo(() => new Intl.NumberFormat(languageTag), [languageTag]);
  const limits = useMemo(() => limitFormats(languageTag), [languageTag]);
  const number = (n: number) => numberFormat.format(n);

  // A link in the address (#a1…) is loaded for editing; otherwise the draft kept on the device.
  useEffect(() => {
    const fragment = location.hash.replace(/^#/, '');
    if (fragment === '') {
      setDraft(readStoredDraft(readStorage()));
      setReady(true);
      return;
    }
    import('../../lib/assignment/assignmentLink.ts')
      .then(({ readAssignmentFragment }) => readAssignmentFragment(fragment))
      .then(
        (reading) => {
          if (reading.ok) {
            const { draft: fromLink, leftOut } = draftOfAssignment(reading.assignment, catalogue);
            setDraft(fromLink);
            setLoaded({ kind: 'loaded', title: reading.assignment.title, leftOut });
          } else {
            setDraft(emptyDraft());
            setLoaded({ kind: 'problem', problem: reading.problem });
          }
        },
        () => setLoaded({ kind: 'problem', problem: { kind: 'damaged' } }),
      )
      .finally(() => {
        // The link is now in the form and the form on the device: a reload keeps later edits.
        history.replaceState(history.state, '', location.pathname + location.search);
        setReady(true);
      });
  }, []);

  useEffect(() => {
    if (ready) writeStorage(draft);
  }, [draft, ready]);

  const outcome = assignmentOfDraft(draft, catalogue, locale);
  const problems: DraftProblem[] = attempted && !outcome.ok ? outcome.problems : [];
  const problemAt = (place: string) => {
    const found = problems.find((problem) => problemPlace(problem) === place);
    return found && problemText(found, strings, number);
  };
  const chapterProblem = (slug: string) => {
    const found = problems.find((problem) => {
      const place = problemPlace(problem);
      return typeof place === 'object' && place.chapter === slug && !('widget' in place);
    });
    return found && problemText(found, strings, number);
  };
  const startProblems = (slug: string) => {
    const byWidget: Record<string, Record<string, string>> = {};
    const chapter = catalogue.chapters.find((candidate) => candidate.slug === slug);
    for (const problem of problems) {
      if (problem.kind !== 'badSetting' || problem.chapter !== slug) continue;
      const field = chapter?.widgets
        .find((widget) => widget.id === problem.widget)
        ?.start?.find((candidate) => candidate.key === problem.key);
      (byWidget[problem.widget] ??= {})[problem.key] = settingProblemText(problem, field, formProblems, limits);
    }
    return byWidget;
  };

  const edit = (change: Partial<AssignmentDraft>) => {
    setDraft((current) => ({ ...current, ...change }));
    // A link made before the change no longer matches the form.
    setMade(undefined);
    if (making.step === 'tooLong') setMaking({ step: 'idle' });
  };
  const editChapter = (slug: string, choice: ChapterDraft) => edit({ chapters: { ...draft.chapters, [slug]: choice } });

  const make = async () => {
    if (making.step === 'making') return;
    setAttempted(true);
    setMade(undefined);
    if (!outcome.ok) {
      setMaking({ step: 'idle' });
      setMessage(pluralText(languageTag, strings.problemsSummary, outcome.problems.length));
      const first = outcome.problems[0];
      const place = first && problemPlace(first);
      const focusId =
        typeof place === 'object'
          ? 'widget' in place
            ? `chapter-${place.chapter}-start-${place.widget}-${place.key}`
            : `chapter-${place.chapter}-scope-chosen`
          : place === 'make'
            ? 'builder-make'
            : `builder-${place}`;
      // After the render that opens a chapter holding the problem.
      requestAnimationFrame(() => document.getElementById(focusId)?.focus());
      return;
    }
    setMaking({ step: 'making' });
    setMessage(strings.making);
    try {
      const [{ assignmentFragment, MAX_FRAGMENT_LENGTH }, { assignmentSchema }, { linkCode }] = await Promise.all([
        import('../../lib/assignment/assignmentLink.ts'),
        import('../../schemas/assignment.ts'),
        import('../../lib/assignment/linkCode.ts'),
      ]);
      // The same schema every opened link is read through: a link this page makes always opens.
      const assignment = assignmentSchema.parse(outcome.assignment);
      const fragment = await assignmentFragment(assignment);
      if (fragment.length > MAX_FRAGMENT_LENGTH) {
        setMaking({ step: 'tooLong', length: fragment.length, max: MAX_FRAGMENT_LENGTH });
        setMessage(
          fillTemplate(strings.problems.linkTooLong, {
            length: number(fragment.length),
            max: number(MAX_FRAGMENT_LENGTH),
          }),
        );
        return;
      }
      const link = `${location.origin}${studentPath}#${fragment}`;
      setMade({
        link,
        fragment,
        maxLength: MAX_FRAGMENT_LENGTH,
        title: assignment.title,
        code: linkCode(link),
        chapters: packagedChapters(assignment.tasks, catalogue),
      });
      setMaking({ step: 'idle' });
      setMessage(pluralText(languageTag, strings.linkMade, assignment.tasks.length));
    } catch {
      setMaking({ step: 'failed' });
      setMessage(strings.makeFailed);
    }
  };

  const reset = () => {
    setDraft(emptyDraft());
    setAttempted(false);
    setMade(undefined);
    setMaking({ step: 'idle' });
    setLoaded(undefined);
    setMessage(strings.resetDone);
  };

  const titleProblem = problemAt('title');
  const dueProblem = problemAt('due');
  const instructionsProblem = problemAt('instructions');
  const makeProblem =
    problemAt('make') ??
    (making.step === 'tooLong'
      ? fillTemplate(strings.problems.linkTooLong, { length: number(making.length), max: number(making.max) })
      : making.step === 'failed'
        ? strings.makeFailed
        : undefined);
  const described = (id: string, problem: string | undefined, hint?: string) =>
    [problem ? `${id}-problem` : '', hint ?? ''].filter(Boolean).join(' ') || undefined;
  const problemLine = (id: string, problem: string | undefined) =>
    problem && (
      <p class="field-problem" id={`${id}-problem`}>
        <span aria-hidden="true">⚠ </span>
        {problem}
      </p>
    );

  return (
    <WidgetBody class="assignment-builder" loadingText={loadingText}>
      {loaded?.kind === 'loaded' && (
        <p class="builder-notice" id="builder-loaded">
          {fillTemplate(strings.loaded, { title: loaded.title })}
          {loaded.leftOut > 0 && ` ${pluralText(languageTag, strings.leftOut, loaded.leftOut)}`}
        </p>
      )}
      {loaded?.kind === 'problem' && (
        <p class="field-problem builder-notice" id="builder-link-problem" role="alert">
          <span aria-hidden="true">⚠ </span>
          {strings.linkProblemIntro} {linkProblemText(loaded.problem, strings, number)}
        </p>
      )}
      <form
        class="builder-form"
        // Until the stored draft or the opened link is in the form, typing would be overwritten by it.
        inert={!ready}
        data-ready={ready ? '' : undefined}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void make();
        }}
      >
        <section aria-labelledby="builder-details-title">
          <h2 id="builder-details-title">{strings.detailsTitle}</h2>
          <div class="field">
            <label for="builder-title">{strings.titleLabel}</label>
            <input
              id="builder-title"
              type="text"
              autoComplete="off"
              value={draft.title}
              aria-invalid={titleProblem ? 'true' : undefined}
              aria-describedby={described('builder-title', titleProblem, 'builder-title-count')}
              onInput={(event) => edit({ title: event.currentTarget.value })}
            />
            <p class="field-hint" id="builder-title-count">
              {fillTemplate(strings.counter, { n: number(draft.title.trim().length), max: number(TITLE_MAX) })}
            </p>
            {problemLine('builder-title', titleProblem)}
          </div>
          <div class="field">
            <label for="builder-due">{strings.dueLabel}</label>
            <input
              id="builder-due"
              type="date"
              value={draft.due}
              aria-invalid={dueProblem ? 'true' : undefined}
              aria-describedby={described('builder-due', dueProblem)}
              onInput={(event) => edit({ due: event.currentTarget.value })}
            />
            {problemLine('builder-due', dueProblem)}
          </div>
          <div class="field">
            <label for="builder-instructions">{strings.instructionsLabel}</label>
            <textarea
              id="builder-instructions"
              rows={4}
              value={draft.instructions}
              aria-invalid={instructionsProblem ? 'true' : undefined}
              aria-describedby={described('builder-instructions', instructionsProblem, 'builder-instructions-count')}
              onInput={(event) => edit({ instructions: event.currentTarget.value })}
            />
            <p class="field-hint" id="builder-instructions-count">
              {fillTemplate(strings.counter, {
                n: number(draft.instructions.trim().length),
                max: number(INSTRUCTIONS_MAX),
              })}
            </p>
            {problemLine('builder-instructions', instructionsProblem)}
          </div>
        </section>
        <section aria-labelledby="builder-tasks-title">
          <h2 id="builder-tasks-title">{strings.tasksTitle}</h2>
          <p>{strings.tasksLead}</p>
          {catalogue.chapters.map((chapter) => (
            <ChapterChoices
              key={chapter.slug}
              chapter={chapter}
              choice={draft.chapters[chapter.slug] ?? emptyChapter()}
              strings={strings}
              examFormats={examFormats}
              problem={chapterProblem(chapter.slug)}
              startProblems={startProblems(chapter.slug)}
              onChange={(choice) => editChapter(chapter.slug, choice)}
            />
          ))}
          {catalogue.scenarios.length > 0 && (
            <fieldset>
              <legend>{strings.scenariosTitle}</legend>
              <p class="field-hint">{strings.scenariosLead}</p>
              {catalogue.scenarios.map((scenario) => (
                <label class="option-row" key={scenario.id}>
                  <input
                    type="checkbox"
                    id={`builder-scenario-${scenario.id}`}
                    checked={draft.scenarios.includes(scenario.id)}
                    onChange={(event) => {
                      const others = draft.scenarios.filter((id) => id !== scenario.id);
                      edit({ scenarios: event.currentTarget.checked ? [...others, scenario.id] : others });
                    }}
                  />
                  {scenario.label}
                </label>
              ))}
            </fieldset>
          )}
        </section>
        <div class="quiz-actions">
          <button
            type="submit"
            class="button"
            id="builder-make"
            aria-describedby={makeProblem ? 'builder-make-problem' : undefined}
          >
            {strings.make}
          </button>
          <button type="button" class="button-secondary" id="builder-reset" onClick={reset}>
            {strings.reset}
          </button>
        </div>
        {problemLine('builder-make', makeProblem)}
        {problems.length > 0 && (
          <p class="field-problem" id="builder-summary">
            {pluralText(languageTag, strings.problemsSummary, problems.length)}
          </p>
        )}
        <p class="field-hint">{strings.savedNote}</p>
      </form>
      {made && (
        <LinkResult made={made} strings={strings} gradebookPath={gradebookPath} number={number} announce={setMessage} />
      )}
      {made && made.chapters.length > 0 && (
        <ScormPackages chapters={made.chapters} packagesPath={packagesPath} locale={locale} strings={strings} />
      )}
      <LiveRegion message={message} />
    </WidgetBody>
  );
}
