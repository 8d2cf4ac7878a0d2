/**
 * A labelled text field for a number: the keyboard a phone should offer, an optional unit and
 * standing hint, and its problem (if any) marked with aria-invalid and tied to the field by
 * aria-describedby. The text is read by src/lib/form/readField.ts, never here.
 */
interface Props {
  id: string;
  label: string;
  value: string;
  /** The message shown under the field when its value cannot be used. */
  problem?: string | undefined;
  /** A standing hint under the field (its limits, what it means). */
  hint?: string | undefined;
  /**
   * The id of a message about a rule this field breaks together with others (a total): marks the
   * field invalid and ties it to that message while it has no problem of its own.
   */
  crossProblemId?: string | undefined;
  /** Whole numbers only: phones show a digits keypad. */
  whole?: boolean | undefined;
  /** Shown after the box, e.g. "%" or "元"; the label names the unit for screen readers. */
  unit?: string | undefined;
  name?: string | undefined;
  /** Ids of further text that describes the field (an explanation beside it), read after the problem and hint. */
  describedBy?: string | undefined;
  onInput: (value: string) => void;
}

export function NumberField({
  id,
  label,
  value,
  problem,
  hint,
  crossProblemId,
  whole = false,
  unit,
  name,
  describedBy,
  onInput,
}: Props) {
  const described = [problem ? `${id}-problem` : (crossProblemId ?? ''), hint ? `${id}-hint` : '', describedBy ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <span class="field-box">
        <input
          id={id}
          name={name ?? id}
          type="text"
          inputMode={whole ? 'numeric' : 'decimal'}
          autoComplete="off"
          value={value}
          aria-invalid={problem || crossProblemId ? 'true' : undefined}
          aria-describedby={described || undefined}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
        {unit && (
          <span class="field-unit" aria-hidden="true">
            {unit}
          </span>
        )}
      </span>
      {hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {problem && (
        <p class="field-problem" id={`${id}-problem`}>
          <span aria-hidden="true">⚠ </span>
          {problem}
        </p>
      )}
    </div>
  );
}
