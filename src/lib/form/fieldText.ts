/**
 * A value written as a student would type it into its field: percent fields in percent, no float
 * noise (0.07 × 100 is 7.000000000000001 in binary, shown as "7"), no grouping, so it reads back
 * exactly through readField.
 */
import type { NumberField } from '../../schemas/numberField.ts';

export function fieldText(field: Pick<NumberField, 'percent'>, value: number): string {
  return String(Number((field.percent ? value * 100 : value).toPrecision(12)));
}

/** Every field's text for a set of values (a preset, a link, the defaults). */
export function fieldTexts<Name extends string>(
  fields: Readonly<Record<Name, Pick<NumberField, 'percent'>>>,
  values: Readonly<Record<Name, number>>,
): Record<Name, string> {
  const texts = {} as Record<Name, string>;
  for (const name of Object.keys(fields) as Name[]) texts[name] = fieldText(fields[name], values[name]);
  return texts;
}
