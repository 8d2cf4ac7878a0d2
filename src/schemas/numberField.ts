/**
 * A number a student types into a widget, described once: its bounds, whether it is whole, and
 * whether it is typed in percent. The zod/mini schema made from them is what both the engine's
 * validation and the form's messages use (see src/lib/form/readField.ts), so a limit is never
 * written twice. zod/mini keeps what reaches the browser small.
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

export interface NumberField extends Readonly<NumberBounds> {
  readonly schema: z.ZodMiniType<number, number>;
}

export function numberField(bounds: NumberBounds): NumberField {
  const { min, max, aboveMin = false, whole = false } = bounds;
  const schema = (whole ? z.int() : z.number()).check(aboveMin ? z.gt(min) : z.minimum(min), z.maximum(max));
  return { ...bounds, schema };
}

/** The zod object of a set of fields, for validating an engine's whole input at once. */
export function fieldsSchema<Fields extends Record<string, NumberField>>(fields: Fields) {
  const shape = Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, field.schema]));
  return z.strictObject(shape as { [K in keyof Fields]: Fields[K]['schema'] });
}
