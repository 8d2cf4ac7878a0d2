/**
 * A widget exercise's starting point (issue #19): the settings an instructor may fix for a widget,
 * described once by the widget itself (its entry in src/widgets/registry.ts names the fields) and
 * carried to the widget as URL query parameters the widget reads on opening. The student's
 * checklist writes the query and the link checker holds an assignment's settings to the fields'
 * keys and kinds; the instructor's form (startForm.ts) reads them within the fields' bounds, and the
 * widget checks the bounds again on opening, naming any value it refuses. This module stays free of
 * the widget kit's number reader, so the student's page does not fetch the kit.
 */
import type { NumberField } from '../../schemas/numberField.ts';

/** One setting: its key in the assignment, the query parameter the widget reads, and its values. */
export type StartField = { key: string; param: string } & ({ number: NumberField } | { choices: readonly string[] });

export type StartSettings = Record<string, string | number | boolean>;

/** The first setting the widget does not take or that is of the wrong kind (a choice it does not offer, a number that is not one), or null. */
export function unfitSetting(fields: readonly StartField[], settings: StartSettings): string | null {
  for (const [key, value] of Object.entries(settings)) {
    const field = fields.find((candidate) => candidate.key === key);
    const fits =
      field !== undefined &&
      ('choices' in field
        ? typeof value === 'string' && field.choices.includes(value)
        : typeof value === 'number' && Number.isFinite(value));
    if (!fits) return key;
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
