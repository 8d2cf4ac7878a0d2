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

export interface NumberForm<Name extends string> {
  texts: Record<Name, string>;
  /** The last values with no problem in any field (the defaults until then). */
  values: Record<Name, number>;
  problems: Partial<Record<Name, FieldProblem>>;
  valid: boolean;
  edit: (name: Name, text: string) => void;
  /** Shows these values in the boxes (a reset, a link, a preset). */
  show: (values: Record<Name, number>) => void;
}

export function useNumberForm<Name extends string>(
  fields: Readonly<Record<Name, NumberField>>,
  defaults: Readonly<Record<Name, number>>,
): NumberForm<Name> {
  const [texts, setTexts] = useState(() => fieldTexts(fields, defaults));
  const [values, setValues] = useState<Record<Name, number>>(() => ({ ...defaults }));
  const reading = useMemo(() => readFields(fields, texts), [fields, texts]);
  const edit = (name: Name, text: string) => {
    const next = { ...texts, [name]: text };
    setTexts(next);
    const read = readFields(fields, next);
    if (read.ok) setValues(read.values);
  };
  const show = (shown: Record<Name, number>) => {
    setTexts(fieldTexts(fields, shown));
    setValues({ ...shown });
  };
  return { texts, values, problems: reading.ok ? {} : reading.problems, valid: reading.ok, edit, show };
}
