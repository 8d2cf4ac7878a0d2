/**
 * The state of a form of number fields: the text in each box, and the last values that were all
 * valid, so results keep showing the last valid input while a box holds a mistake. Reading and
 * checking are src/lib/form/readField.ts (or a widget's own reader built on it); this hook only
 * keeps the two apart.
 */
import { useMemo, useState } from 'preact/hooks';
import { fieldTexts } from '../../lib/form/fieldText.ts';
import type { FieldProblem } from '../../lib/form/fieldProblem.ts';
import { readFields } from '../../lib/form/readField.ts';
import type { NumberField } from '../../schemas/numberField.ts';

export type TextReading<Name extends string, Values, Problem> =
  { ok: true; values: Values } | { ok: false; problems: Partial<Record<Name, Problem>> };

/**
 * How a form's boxes become values and values become boxes, for a form whose values are not one
 * number per box (a box holding a list of rates, say). Keep it stable (a module constant).
 */
export interface TextReader<Name extends string, Values, Problem> {
  read: (texts: Readonly<Record<Name, string>>) => TextReading<Name, Values, Problem>;
  write: (values: Values) => Record<Name, string>;
}

export interface TextForm<Name extends string, Values, Problem> {
  texts: Record<Name, string>;
  /** The last values with no problem in any field (the defaults until then). */
  values: Values;
  problems: Partial<Record<Name, Problem>>;
  valid: boolean;
  /** Puts a student's text in a box, and says what the whole form now reads as. */
  edit: (name: Name, text: string) => TextReading<Name, Values, Problem>;
  /** Shows these values in the boxes (a reset, a link, a preset). */
  show: (values: Values) => void;
}

export type NumberForm<Name extends string, CrossProblem = never> = TextForm<
  Name,
  Record<Name, number>,
  FieldProblem
> & {
  /** What the typed values break together (see `crossCheck`), when every field is fine on its own. */
  crossProblem: CrossProblem | null;
};

/**
 * A form of number fields. `crossCheck` is an optional rule across fields (shares that may not add
 * up to more than all): it gets values that pass every field and returns what they break together,
 * or null; values that break it are not taken. Keep `fields` and `crossCheck` stable (module constants).
 */
export function useNumberForm<Name extends string, CrossProblem = never>(
  fields: Readonly<Record<Name, NumberField>>,
  defaults: Readonly<Record<Name, number>>,
  crossCheck?: (values: Record<Name, number>) => CrossProblem | null,
): NumberForm<Name, CrossProblem> {
  const reader = useMemo<TextReader<Name, Record<Name, number>, FieldProblem>>(
    () => ({
      read: (texts) => {
        const read = readFields(fields, texts);
        return read.ok && (crossCheck?.(read.values) ?? null) !== null ? { ok: false, problems: {} } : read;
      },
      write: (values) => fieldTexts(fields, values),
    }),
    [fields, crossCheck],
  );
  const form = useTextForm(reader, { ...defaults });
  const fieldReading = useMemo(() => readFields(fields, form.texts), [fields, form.texts]);
  const crossProblem = fieldReading.ok ? (crossCheck?.(fieldReading.values) ?? null) : null;
  return { ...form, crossProblem };
}

/** The same state for a form read by its own reader. */
export function useTextForm<Name extends string, Values, Problem>(
  reader: TextReader<Name, Values, Problem>,
  defaults: Values,
): TextForm<Name, Values, Problem> {
  const [texts, setTexts] = useState(() => reader.write(defaults));
  const [values, setValues] = useState<Values>(defaults);
  const reading = useMemo(() => reader.read(texts), [reader, texts]);
  const edit = (name: Name, text: string) => {
    const next = { ...texts, [name]: text };
    setTexts(next);
    const read = reader.read(next);
    if (read.ok) setValues(read.values);
    return read;
  };
  const show = (shown: Values) => {
    setTexts(reader.write(shown));
    setValues(shown);
  };
  return { texts, values, problems: reading.ok ? {} : reading.problems, valid: reading.ok, edit, show };
}
