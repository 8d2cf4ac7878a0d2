/**
 * A widget exercise's starting point (issue #19): the settings an instructor may fix for a widget,
 * described once by the widget itself (its entry in src/widgets/registry.ts names the fields) and
 * carried to the widget as URL query parameters the widget reads on opening. The instructor's form
 * reads the fields with the widget kit's number reader, the student's checklist writes the query,
 * and the link checker holds an assignment's settings to the same fields, so an instructor cannot
 * give a start the widget would refuse.
 */
import type { NumberField } from '../../schemas/numberField.ts';
import { checkValue, readField } from '../form/readField.ts';
import type { FieldProblem } from '../form/fieldProblem.ts';
import { fieldText } from '../form/fieldText.ts';

/** One setting: its key in the assignment, the query parameter the widget reads, and its values. */
export type StartField = { key: string; param: string } & (
  | { number: NumberField }
  | { choices: readonly string[] }
);

export type StartSettings = Record<string, string | number | boolean>;

/** Whether `value` is one the field accepts (a choice it offers, a number within its bounds). */
export function settingFits(field: StartField, value: unknown): boolean {
  return 'choices' in field
    ? typeof value === 'string' && field.choices.includes(value)
    : checkValue(field.number, value).ok;
}

/** The first setting the fields do not know or do not accept, or null when all fit. */
export function unfitSetting(fields: readonly StartField[], settings: StartSettings): string | null {
  for (const [key, value] of Object.entries(settings)) {
    const field = fields.find((candidate) => candidate.key === key);
    if (!field || !settingFits(field, value)) return key;
  }
  return null;
}

/** The query string (without "?") that opens the widget at these settings, in the fields' order. */
export function startSearch(fields: readonly StartField[], settings: StartSettings): string {
  const params = new URLSearchParams();
  for (const field of fields) {
    const value = settings[field.key];
    if (value !== undefined) params.set(field.param, String(value));
  }
  return params.toString();
}

/** An address with the query put before its fragment (`…/chapter/?q=1#widget`). */
export function withSearch(href: string, search: string): string {
  if (search === '') return href;
  const hashAt = href.indexOf('#');
  const [path, hash] = hashAt < 0 ? [href, ''] : [href.slice(0, hashAt), href.slice(hashAt)];
  return `${path}${path.includes('?') ? '&' : '?'}${search}${hash}`;
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
      // The form offers only the widget's choices; one a newer draft named and this build lacks is left to the widget.
      if (field.choices.includes(text)) settings[field.key] = text;
      continue;
    }
    const read = readField(field.number, text);
    if (read.ok) settings[field.key] = read.value;
    else problems[field.key] = read.problem;
  }
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, settings };
}
