/**
 * The state of a form of number fields: the text in each box, and the last values that were all
 * valid, so results keep showing the last valid input while a box holds a mistake. Reading and
 * checking are src/lib/form/readField.ts; this hook only keeps the two apart.
 */
import { useMemo, useState } from 'preact/hooks';
import { fieldTexts } from '../../lib/form/fieldText';
import type { FieldProblem } from '../../lib/form/fieldProblem';
import { readFields } from '../../lib/form/readField';
import type { NumberField } from '../../schemas/numberField';

export interface NumberForm<Name extends string, CrossProblem = never> {
  texts: Record<Name, string>;
  /** The last values with no problem in any field nor across them (the defaults until then). */
  values: Record<Name, number>;
  problems: Partial<Record<Name, FieldProblem>>;
  /** What the typed values break together (see `crossCheck`), when every field is fine on its own. */
  crossProblem: CrossProblem | null;
  valid: boolean;
  edit: (name: Name, text: string) => void;
  /** Shows these values in the boxes (a reset, a link, a preset). */
  show: (values: Record<Name, number>) => void;
}

/**
 * `crossCheck` is an optional rule across fields (e.g. shares that may not add up to more than
 * all): it gets values that pass every field and returns what they break together, or null.
 */
export function useNumberForm<Name extends string, CrossProblem = never>(
  fields: Readonly<Record<Name, NumberField>>,
  defaults: Readonly<Record<Name, number>>,
  crossCheck?: (values: Record<Name, number>) => CrossProblem | null,
): NumberForm<Name, CrossProblem> {
  const [texts, setTexts] = useState(() => fieldTexts(fields, defaults));
  const [values, setValues] = useState<Record<Name, number>>(() => ({ ...defaults }));
  const reading = useMemo(() => readFields(fields, texts), [fields, texts]);
  const crossProblem = reading.ok ? (crossCheck?.(reading.values) ?? null) : null;
  const edit = (name: Name, text: string) => {
    const next = { ...texts, [name]: text };
    setTexts(next);
    const read = readFields(fields, next);
    if (read.ok && (crossCheck?.(read.values) ?? null) === null) setValues(read.values);
  };
  const show = (shown: Record<Name, number>) => {
    setTexts(fieldTexts(fields, shown));
    setValues({ ...shown });
  };
  const problems = reading.ok ? {} : reading.problems;
  return { texts, values, problems, crossProblem, valid: reading.ok && crossProblem === null, edit, show };
}
