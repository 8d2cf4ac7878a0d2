/**
 * The queue simulator's words (content/queue/simulator.yaml) in every locale, by id: each preset's
 * title, scene and question, each lever's switch label and rationale, and the calibration's
 * context. The ids are exactly those the engine defines (src/lib/queue/presets.ts, waitLevers.ts):
 * a preset or lever without its text, or text under an id the engine does not have, fails the
 * build with the id named.
 */
import { z } from 'zod';
import { queuePresets } from '../lib/queue/presets.ts';
import { waitLevers } from '../lib/queue/waitLevers.ts';
import { localizedText } from './localized.ts';

/** One text per id of `ids`, none missing and none extra. */
function textsById<const Id extends string, Text extends z.ZodType>(
  kind: string,
  source: string,
  ids: readonly Id[],
  text: Text,
) {
  const shape = Object.fromEntries(ids.map((id) => [id, text])) as Record<Id, Text>;
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `${issue.keys.map((key) => `"${key}"`).join(', ')}: no ${kind} has this id in ${source} (${ids.join(', ')})`
        : undefined,
  });
}

/** A text object that is not there at all: the id exists in the engine but has no words here. */
const missing = (kind: string, fields: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `this ${kind} has no text: give it ${fields} in every language` : undefined;

const presetText = z.strictObject(
  {
    title: localizedText,
    /** The scene in one paragraph. */
    setting: localizedText,
    question: localizedText,
  },
  { error: missing('preset', 'a title, a setting and a question') },
);

const leverText = z.strictObject(
  {
    /** The condition in plain words, as a switch label. */
    label: localizedText,
    /** Why it stretches the wait, in one line. */
    rationale: localizedText,
  },
  { error: missing('lever', 'a label and a rationale') },
);

export const queueTextSchema = z.strictObject({
  presets: textsById(
    'preset',
    'src/lib/queue/presets.ts',
    queuePresets.map((preset) => preset.id),
    presetText,
  ),
  levers: textsById(
    'lever',
    'src/lib/queue/waitLevers.ts',
    waitLevers.map((lever) => lever.id),
    leverText,
  ),
  /** Where the one measured size of the perceived-wait model (`measuredOverestimate`) was found. */
  calibration: z.strictObject({ context: localizedText }),
});

export type QueueText = z.output<typeof queueTextSchema>;
export type PresetText = z.output<typeof presetText>;
export type LeverText = z.output<typeof leverText>;
