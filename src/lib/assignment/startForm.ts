/**
 * An exercise's starting point on the instructor's form: what is typed read as a student's form
 * reads it (the widget kit's number reader, within each field's bounds), and settings shown back as
 * typed, so an instructor cannot give a start the widget would refuse.
 */
import type { FieldProblem } from '../form/fieldProblem.ts';
import { fieldText } from '../form/fieldText.ts';
import { checkValue, readField } from '../form/readField.ts';
import type { StartField, StartSettings } from './exerciseStart.ts';

/** Whether `value` is one the field accepts: a choice it offers, a number within its bounds. */
export function settingFits(field: StartField, value: unknown): boolean {
  return 'choices' in field
    ? typeof value === 'string' && field.choices.includes(value)
    : checkValue(field.number, value).ok;
}

/** The settings as the instructor's form shows them: numbers as typed (percent in percent). */
export function startTexts(fields: readonly StartField[], settings: StartSettings): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const field of fields) {
    const value = settings[field.key];
    if (value === undefined) continue;
    texts[field.key] = 'number' in field && typeof value === 'number' ? fieldText(field.number, value) : String(value);
  }
  return texts;
}

export type StartReading =
  { ok: true; settings: StartSettings } | { ok: false; problems: Record<string, FieldProblem> };

/**
 * Reads the instructor's form: an empty field leaves that setting to the widget; a number is read
 * as a student would type it; a choice is one the widget offers.
 */
export function readStartTexts(fields: readonly StartField[], texts: Readonly<Record<string, string>>): StartReading {
  const settings: StartSettings = {};
  const problems: Record<string, FieldProblem> = {};
  for (const field of fields) {
    const text = (texts[field.key] ?? '').trim();
    if (text === '') continue;
    if ('choices' in field) {
      // The form offers only the widget's choices; one a stored draft names and this build lacks is left to the widget.
      if (field.choices.includes(text)) settings[field.key] = text;
      continue;
    }
    const read = readField(field.number, text);
    if (read.ok) settings[field.key] = read.value;
    else problems[field.key] = read.problem;
  }
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, settings };
}
