/**
 * A complaint-handling role-play scenario (content/scenarios/<id>.yaml): the setting, the
 * customer's lines in both locales, the replies with their effects and feedback, and the endings.
 * The structural rules (reachability, endings, loops, references) run in validateScenario, so a
 * broken scenario fails the build with a message that names the node.
 */
import { z } from 'zod';
import { validateScenario } from '../lib/roleplay/validateScenario.ts';
import {
  EMOTION_RANGE,
  ENDINGS,
  FAILURE_TYPES,
  HANDLING_STEPS,
  JUSTICE_RANGE,
  MOODS,
} from '../lib/roleplay/scenarioTypes.ts';
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
  id,
  text: localizedText,
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
  feedback: localizedText,
  next: id,
});

const nodeSchema = z.strictObject({
  id,
  mood: z.enum(MOODS),
  customer: localizedText,
  choices: z.array(choiceSchema).optional(),
  ending: z.enum(ENDINGS).optional(),
});

export const scenarioSchema = z
  .strictObject({
    id,
    title: localizedText,
    setting: z.strictObject({
      business: localizedText,
      failure: localizedText,
      failureType: z.enum(FAILURE_TYPES),
      role: localizedText,
    }),
    startEmotion: z.int().min(EMOTION_RANGE.min).max(EMOTION_RANGE.max),
    start: id,
    nodes: z.array(nodeSchema).min(2, 'a scenario needs at least a decision point and an ending'),
  })
  .superRefine((scenario, ctx) => {
    for (const problem of validateScenario(scenario).problems)
      ctx.addIssue({
        code: 'custom',
        path: problem.nodeIndex === null ? ['start'] : ['nodes', problem.nodeIndex],
        message: problem.message,
      });
  });

export type ScenarioData = z.infer<typeof scenarioSchema>;
