/**
 * The fields of a complaint-handling role-play scenario (content/scenarios/<id>.yaml), each
 * checked, and the types the engine reads: the one description of a scenario's shape. The rules
 * that span nodes (reachability, endings, loops, references) are added in scenario.ts, which
 * needs the engine's validator; keeping them apart lets src/lib/roleplay take its types from
 * here without an import cycle.
 */
import { z } from 'zod';
import {
  EMOTION_RANGE,
  ENDINGS,
  FAILURE_TYPES,
  HANDLING_STEPS,
  JUSTICE_RANGE,
  MOODS,
} from '../lib/roleplay/scenarioScales.ts';
import { localizedText } from './localized.ts';

const id = z.string().regex(/^[a-z0-9-]+$/, 'ids are lowercase letters, digits and hyphens');

const justiceEffect = z
  .int()
  .min(-JUSTICE_RANGE.stepLimit)
  .max(JUSTICE_RANGE.stepLimit, `a reply moves a justice score by at most ±${JUSTICE_RANGE.stepLimit}`);
const emotionEffect = z
  .int()
  .min(-EMOTION_RANGE.stepLimit)
  .max(EMOTION_RANGE.stepLimit, `a reply moves the emotion by at most ±${EMOTION_RANGE.stepLimit}`);

const choiceSchema = z.strictObject({
  /** Unique within the scenario, so a path can be written as a list of choice ids. */
  id,
  /** What the student says. */
  text: localizedText,
  /** The handling steps this reply performs (or fumbles), one or two; the feedback explains them. */
  steps: z
    .array(z.enum(HANDLING_STEPS))
    .min(1, 'name the handling step this reply performs')
    .max(2, 'a reply performs at most two handling steps')
    .refine((steps) => new Set(steps).size === steps.length, 'a step is listed twice'),
  effects: z.strictObject({
    outcome: justiceEffect,
    process: justiceEffect,
    interaction: justiceEffect,
    emotion: emotionEffect,
  }),
  /** Why this reply works or backfires, shown in the debrief. */
  feedback: localizedText,
  /** The node the conversation moves to. */
  next: id,
});

const nodeSchema = z.strictObject({
  id,
  mood: z.enum(MOODS),
  /** The customer's line at this point (at an ending: what the customer finally does or says). */
  customer: localizedText,
  /** A decision point has choices; an ending has none. */
  choices: z.array(choiceSchema).optional(),
  ending: z.enum(ENDINGS).optional(),
  /**
   * At an ending: what the whole conversation must have earned by the time it arrives here (the
   * sum of the three justice scores); when it falls short the conversation ends at `otherwise`.
   */
  requires: z
    .strictObject({
      total: z
        .int()
        .min(3 * JUSTICE_RANGE.min)
        .max(3 * JUSTICE_RANGE.max),
    })
    .optional(),
  /** The ending node the conversation reaches instead when `requires` is not met. */
  otherwise: id.optional(),
});

export const scenarioFieldsSchema = z.strictObject({
  id,
  title: localizedText,
  setting: z.strictObject({
    business: localizedText,
    /** What went wrong before the conversation starts. */
    failure: localizedText,
    failureType: z.enum(FAILURE_TYPES),
    /** Who the student plays. */
    role: localizedText,
  }),
  /** The customer's emotion when they start talking, on the EMOTION_RANGE scale. */
  startEmotion: z.int().min(EMOTION_RANGE.min).max(EMOTION_RANGE.max),
  start: id,
  nodes: z.array(nodeSchema).min(2, 'a scenario needs at least a decision point and an ending'),
});

export type Scenario = z.output<typeof scenarioFieldsSchema>;
export type ScenarioNode = z.output<typeof nodeSchema>;
export type ScenarioChoice = z.output<typeof choiceSchema>;
export type ChoiceEffects = ScenarioChoice['effects'];
