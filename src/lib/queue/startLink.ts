/**
 * The queue simulator's starting point in a link (issue #19): the settings an instructor may fix
 * for a chapter 6 exercise (which scene, the line layout, servers, arrival rate, service time) as
 * query parameters `queue.*`, and their reading when the page opens. A link is checked setting by
 * setting: one that cannot be used leaves the scene's own value in place and is named, so a
 * student always gets a runnable form and learns what the link meant that they do not see.
 * Loaded only when the address holds such a link, never with the island itself.
 */
import type { StartField } from '../assignment/exerciseStart.ts';
import type { NumberField } from '../../schemas/numberField.ts';
import { queueFields } from '../../schemas/queueFields.ts';
import { fieldText } from '../form/fieldText.ts';
import { checkValue } from '../form/readField.ts';
import { linkNumber } from '../text/linkNumber.ts';
import { queuePresets, type QueuePreset, type QueuePresetId } from './presets.ts';
import type { LineLayout } from './queueConfig.ts';
import { formFromPreset, type SimulatorForm } from './simulatorForm.ts';

const layouts: readonly LineLayout[] = ['single', 'perServer'];

/** The settings an exercise may fix, in the order its link writes them (instructor's form, checklist). */
export const queueStartFields = [
  { key: 'preset', param: 'queue.preset', choices: queuePresets.map((preset) => preset.id) },
  { key: 'layout', param: 'queue.layout', choices: layouts },
  { key: 'servers', param: 'queue.servers', number: queueFields.servers },
  { key: 'ratePerMinute', param: 'queue.rate', number: queueFields.ratePerMinute },
  { key: 'meanServiceMinutes', param: 'queue.service', number: queueFields.meanServiceMinutes },
] as const satisfies readonly StartField[];

export type QueueStartKey = (typeof queueStartFields)[number]['key'];

export interface QueueStart {
  presetId: QueuePresetId;
  form: SimulatorForm;
  /** The settings the link held but could not be used, in the order above; each shows the scene's own value. */
  problems: QueueStartKey[];
}

/** The form's number settings, by key, with the field whose bounds a link's value must meet. */
type NumberStartKey = 'servers' | 'ratePerMinute' | 'meanServiceMinutes';

const paramOf = (key: QueueStartKey) => queueStartFields.find((field) => field.key === key)!.param;

/**
 * The start a page address's query asks for, or null when it names no `queue.` setting (the
 * widget then keeps its first scene). `presets` are the widget's scenes, at least one. Never throws.
 */
export function readQueueStart(
  search: string,
  presets: readonly Pick<QueuePreset, 'id' | 'config'>[],
): QueueStart | null {
  const params = new URLSearchParams(search);
  if (![...params.keys()].some((name) => name.startsWith('queue.'))) return null;
  const problems: QueueStartKey[] = [];
  const text = (key: QueueStartKey) => params.get(paramOf(key));

  const presetText = text('preset');
  const named = presets.find((preset) => preset.id === presetText);
  if (presetText !== null && !named) problems.push('preset');
  const preset = named ?? presets[0]!;
  const form = formFromPreset(preset);

  const layout = text('layout');
  if (layout !== null) {
    const known = layouts.find((candidate) => candidate === layout);
    if (known) form.layout = known;
    else problems.push('layout');
  }

  const number = (key: NumberStartKey, field: NumberField): string | null => {
    const linked = text(key);
    if (linked === null) return null;
    const checked = checkValue(field, linkNumber(linked));
    if (checked.ok) return fieldText(field, checked.value);
    problems.push(key);
    return null;
  };
  const servers = number('servers', queueFields.servers);
  if (servers !== null) form.servers = servers;
  const rate = number('ratePerMinute', queueFields.ratePerMinute);
  // A rate is a steady one: a scene's day of busier and quieter spells has no single rate to set.
  if (rate !== null) {
    form.ratePerMinute = rate;
    form.arrivalMode = 'steady';
  }
  const service = number('meanServiceMinutes', queueFields.meanServiceMinutes);
  if (service !== null) form.meanServiceMinutes = service;

  return { presetId: preset.id, form, problems };
}
