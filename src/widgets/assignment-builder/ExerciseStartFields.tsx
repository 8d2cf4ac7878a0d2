/**
 * A ticked widget's starting point in the assignment builder: the settings the widget registers
 * (src/widgets/registry.ts `start`), folded in a <details> so a long form (the lifetime-value
 * calculator takes fifteen) stays out of the way until wanted. Numbers are typed as a student
 * types them into the widget; an empty field or "the widget's own" leaves the setting to the widget.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { InstructorStrings } from '../../i18n/types.ts';
import type { CatalogueWidget, StartFieldView } from '../../lib/assignment/catalogue.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';

interface Props {
  /** The id prefix of the widget's controls (`chapter-<slug>-start-<widget>`). */
  id: string;
  widget: CatalogueWidget & { start: StartFieldView[] };
  texts: Readonly<Record<string, string>>;
  /** Each setting's problem in words, by key. */
  problems: Readonly<Record<string, string>>;
  strings: InstructorStrings;
  onChange: (texts: Record<string, string>) => void;
}

export function ExerciseStartFields({ id, widget, texts, problems, strings, onChange }: Props) {
  const details = useRef<HTMLDetailsElement>(null);
  const hasProblem = Object.keys(problems).length > 0;
  useEffect(() => {
    if (hasProblem && details.current) details.current.open = true;
  }, [hasProblem]);
  const set = Object.values(texts).filter((text) => text.trim() !== '').length;
  const edit = (key: string, text: string) => onChange({ ...texts, [key]: text });
  return (
    <details class="builder-start" ref={details}>
      <summary id={`${id}-summary`}>
        {fillTemplate(strings.startSummary, { title: widget.label })}
        {set > 0 && <span class="builder-count">{fillTemplate(strings.startCount, { n: set })}</span>}
      </summary>
      <p class="field-hint">{strings.startLead}</p>
      {widget.start.map((field) => {
        const fieldId = `${id}-${field.key}`;
        const problem = problems[field.key];
        const described = problem ? `${fieldId}-problem` : undefined;
        return (
          <div class="field" key={field.key}>
            <label for={fieldId}>{field.label}</label>
            {'choices' in field ? (
              <select
                id={fieldId}
                value={texts[field.key] ?? ''}
                onChange={(event) => edit(field.key, event.currentTarget.value)}
              >
                <option value="">{strings.startKeep}</option>
                {field.choices.map((choice) => (
                  <option value={choice} key={choice}>
                    {field.choiceLabels?.[choice] ?? choice}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={fieldId}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                placeholder={strings.startKeep}
                value={texts[field.key] ?? ''}
                aria-invalid={problem ? 'true' : undefined}
                aria-describedby={described}
                onInput={(event) => edit(field.key, event.currentTarget.value)}
              />
            )}
            {problem && (
              <p class="field-problem" id={described}>
                <span aria-hidden="true">⚠ </span>
                {problem}
              </p>
            )}
          </div>
        );
      })}
    </details>
  );
}
