/**
 * One chapter's choices in the assignment builder, folded in a <details> so the page stays short
 * on a phone: read it, its quiz (none, practice or test; whole or ticked questions), its exam-format
 * questions and its widgets (a ticked one with the starting point it registers, if any). The
 * summary says how many things are chosen, so a folded chapter still shows whether it is part of
 * the assignment; a chapter with a problem opens by itself.
 */
import { Fragment } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { ExamStrings, InstructorStrings } from '../../i18n/types.ts';
import type { ChapterDraft, QuizChoice } from '../../lib/assignment/assignmentDraft.ts';
import type { CatalogueChapter } from '../../lib/assignment/catalogue.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { ExerciseStartFields } from './ExerciseStartFields.tsx';

interface Props {
  chapter: CatalogueChapter;
  choice: ChapterDraft;
  strings: InstructorStrings;
  examFormats: ExamStrings['formats'];
  /** The problem with this chapter's quiz questions, in words, if any. */
  problem: string | undefined;
  /** Each exercise's starting-setting problems in words, by widget id and setting key. */
  startProblems: Readonly<Record<string, Readonly<Record<string, string>>>>;
  onChange: (choice: ChapterDraft) => void;
}

/** How many tasks' worth of things the chapter has chosen, as its summary counts them. */
function chosenCount(choice: ChapterDraft): number {
  return (choice.read ? 1 : 0) + (choice.quiz === 'none' ? 0 : 1) + choice.widgets.length + choice.examItems.length;
}

function toggled(list: readonly string[], id: string, on: boolean): string[] {
  return on ? [...list.filter((other) => other !== id), id] : list.filter((other) => other !== id);
}

export function ChapterChoices({ chapter, choice, strings, examFormats, problem, startProblems, onChange }: Props) {
  const id = `chapter-${chapter.slug}`;
  const count = chosenCount(choice);
  const details = useRef<HTMLDetailsElement>(null);
  // Opened when a problem appears, never closed by the page: the instructor folds it when they choose.
  const anyProblem = problem !== undefined || Object.keys(startProblems).length > 0;
  useEffect(() => {
    if (anyProblem && details.current) details.current.open = true;
  }, [anyProblem]);
  const set = (change: Partial<ChapterDraft>) => onChange({ ...choice, ...change });
  const quizModes: [QuizChoice, string][] = [
    ['none', strings.quizNone],
    ['practice', strings.quizPractice],
    ['test', strings.quizTest],
  ];
  return (
    <details class="builder-chapter" ref={details}>
      <summary id={`${id}-summary`}>
        {fillTemplate(strings.chapterSummary, { n: chapter.number, title: chapter.title })}
        {count > 0 && <span class="builder-count">{fillTemplate(strings.chosenCount, { n: count })}</span>}
      </summary>
      <fieldset>
        <legend class="sr-only">
          {fillTemplate(strings.chapterSummary, { n: chapter.number, title: chapter.title })}
        </legend>
        <label class="quiz-choice">
          <input
            type="checkbox"
            id={`${id}-read`}
            checked={choice.read}
            onChange={(event) => set({ read: event.currentTarget.checked })}
          />
          {strings.readLabel}
        </label>
        {chapter.quizItems.length > 0 && (
          <fieldset>
            <legend>{strings.quizLegend}</legend>
            {quizModes.map(([mode, label]) => (
              <label class="option-row" key={mode}>
                <input
                  type="radio"
                  name={`${id}-quiz`}
                  id={`${id}-quiz-${mode}`}
                  checked={choice.quiz === mode}
                  onChange={() => set({ quiz: mode })}
                />
                {label}
              </label>
            ))}
            {choice.quiz !== 'none' && (
              <fieldset>
                <legend>{strings.quizScopeLegend}</legend>
                <label class="option-row">
                  <input
                    type="radio"
                    name={`${id}-scope`}
                    id={`${id}-scope-all`}
                    checked={choice.quizAll}
                    onChange={() => set({ quizAll: true })}
                  />
                  {strings.quizAll}
                </label>
                <label class="option-row">
                  <input
                    type="radio"
                    name={`${id}-scope`}
                    id={`${id}-scope-chosen`}
                    checked={!choice.quizAll}
                    aria-describedby={problem ? `${id}-problem` : undefined}
                    onChange={() => set({ quizAll: false })}
                  />
                  {strings.quizChosen}
                </label>
                {!choice.quizAll && (
                  <fieldset aria-describedby={problem ? `${id}-problem` : undefined}>
                    <legend>{strings.quizItemsLegend}</legend>
                    {chapter.quizItems.map((item) => (
                      <label class="option-row" key={item.id}>
                        <input
                          type="checkbox"
                          id={`${id}-item-${item.id}`}
                          checked={choice.quizItems.includes(item.id)}
                          onChange={(event) =>
                            set({ quizItems: toggled(choice.quizItems, item.id, event.currentTarget.checked) })
                          }
                        />
                        {item.label}
                      </label>
                    ))}
                  </fieldset>
                )}
                {problem && (
                  <p class="field-problem" id={`${id}-problem`}>
                    <span aria-hidden="true">⚠ </span>
                    {problem}
                  </p>
                )}
              </fieldset>
            )}
          </fieldset>
        )}
        {chapter.widgets.length > 0 && (
          <fieldset>
            <legend>{strings.widgetsLegend}</legend>
            {chapter.widgets.map((widget) => {
              const ticked = choice.widgets.includes(widget.id);
              const start = widget.start;
              return (
                <Fragment key={widget.id}>
                  <label class="option-row">
                    <input
                      type="checkbox"
                      id={`${id}-widget-${widget.id}`}
                      checked={ticked}
                      onChange={(event) =>
                        set({ widgets: toggled(choice.widgets, widget.id, event.currentTarget.checked) })
                      }
                    />
                    {widget.label}
                  </label>
                  {ticked && start && (
                    <ExerciseStartFields
                      id={`${id}-start-${widget.id}`}
                      widget={{ ...widget, start }}
                      texts={choice.starts[widget.id] ?? {}}
                      problems={startProblems[widget.id] ?? {}}
                      strings={strings}
                      onChange={(texts) => set({ starts: { ...choice.starts, [widget.id]: texts } })}
                    />
                  )}
                </Fragment>
              );
            })}
          </fieldset>
        )}
        {chapter.examItems.length > 0 && (
          <fieldset>
            <legend>{strings.examLegend}</legend>
            {chapter.examItems.map((item) => (
              <label class="option-row" key={item.id}>
                <input
                  type="checkbox"
                  id={`${id}-exam-${item.id}`}
                  checked={choice.examItems.includes(item.id)}
                  onChange={(event) =>
                    set({ examItems: toggled(choice.examItems, item.id, event.currentTarget.checked) })
                  }
                />
                {fillTemplate(strings.examItem, {
                  format: examFormats[item.format as keyof typeof examFormats] ?? item.format,
                  label: item.label,
                })}
              </label>
            ))}
          </fieldset>
        )}
      </fieldset>
    </details>
  );
}
