/**
 * Reads what a student typed into a number field: the one number reader (readNumber.ts), then the
 * field's own bounds (src/schemas/numberField.ts). A field in percent is read in percent and kept
 * as a fraction, so its bounds and its problems are fractions as well.
 */
import type { NumberField } from '../../schemas/numberField.ts';
import { readNumber } from '../text/readNumber.ts';
import type { FieldProblem } from './fieldProblem.ts';

export type FieldReading = { ok: true; value: number } | { ok: false; problem: FieldProblem };

export function readField(field: NumberField, text: string): FieldReading {
  const read = readNumber(text, { percentSign: field.percent ? 'optional' : 'refused' });
  if (!read.ok) return { ok: false, problem: { code: read.problem } };
  return checkValue(field, field.percent ? read.value / 100 : read.value);
}

/** Checks a value that is already a number (from a link, a preset or storage) against the field. */
export function checkValue(field: NumberField, value: unknown): FieldReading {
  if (value === undefined || value === null || value === '') return { ok: false, problem: { code: 'required' } };
  const problem = boundsProblem(field, value);
  return problem ? { ok: false, problem } : { ok: true, value: value as number };
}

/** The first of the field's limits that a value breaks, in the order its zod schema checks them. */
function boundsProblem({ min, max, aboveMin, whole }: NumberField, value: unknown): FieldProblem | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return { code: 'notANumber' };
  if (whole && !Number.isInteger(value)) return { code: 'notWhole' };
  if (aboveMin ? value <= min : value < min) return { code: aboveMin ? 'notAboveMin' : 'belowMin', min };
  if (value > max) return { code: 'aboveMax', max };
  return undefined;
}

export type FormReading<Name extends string> =
  { ok: true; values: Record<Name, number> } | { ok: false; problems: Partial<Record<Name, FieldProblem>> };

/** Reads every field of a form; only a form with no problem at all gives values. */
export function readFields<Name extends string>(
  fields: Readonly<Record<Name, NumberField>>,
  texts: Readonly<Record<Name, string>>,
): FormReading<Name> {
  const values: Partial<Record<Name, number>> = {};
  const problems: Partial<Record<Name, FieldProblem>> = {};
  for (const name of Object.keys(fields) as Name[]) {
    const reading = readField(fields[name], texts[name] ?? '');
    if (reading.ok) values[name] = reading.value;
    else problems[name] = reading.problem;
  }
  return Object.keys(problems).length > 0
    ? { ok: false, problems }
    : { ok: true, values: values as Record<Name, number> };
}
