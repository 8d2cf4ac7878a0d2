/**
 * A number a student types into a widget, described once: its bounds, whether it is whole, and
 * whether it is typed in percent. The form checks a value against these bounds directly
 * (src/lib/form/readField.ts), so no validation library reaches the browser for a form; an
 * engine that validates a whole input builds its zod schema from the same description with
 * `fieldSchema`, and a property test holds the two to the same verdicts.
 */
import * as z from 'zod/mini';

export interface NumberBounds {
  min: number;
  max: number;
  /** The minimum itself is not allowed: a rate or a duration must be above zero. */
  aboveMin?: boolean;
  whole?: boolean;
  /** Typed in percent, kept as a fraction: "85" and "85%" both mean 0.85 (bounds are fractions too). */
  percent?: boolean;
}

export type NumberField = Readonly<NumberBounds>;

export const numberField = (bounds: NumberBounds): NumberField => bounds;

/** The zod/mini schema of one field, for an engine's validation. */
export function fieldSchema(field: NumberField): z.ZodMiniType<number, number> {
  const { min, max, aboveMin = false, whole = false } = field;
  return (whole ? z.int() : z.number()).check(aboveMin ? z.gt(min) : z.minimum(min), z.maximum(max));
}

/** The zod object of a set of fields, for validating an engine's whole input at once. */
export function fieldsSchema<Fields extends Record<string, NumberField>>(fields: Fields) {
  const shape = Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, fieldSchema(field)]));
  return z.strictObject(shape as { [K in keyof Fields]: z.ZodMiniType<number, number> });
}
