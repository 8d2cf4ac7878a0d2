/** A labelled text field for a number, with its problem (if any) announced and linked to it. */
interface Props {
  id: string;
  label: string;
  value: string;
  /** The message shown under the field when its value cannot be used. */
  problem?: string | undefined;
  /** A standing hint under the field. */
  hint?: string | undefined;
  whole?: boolean;
  onInput: (value: string) => void;
}

export function NumberField({ id, label, value, problem, hint, whole = false, onInput }: Props) {
  const described = [problem ? `${id}-problem` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={whole ? 'numeric' : 'decimal'}
        autoComplete="off"
        value={value}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={described || undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
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
