/**
 * What a queue simulation is told to run: servers, line layout, arrivals, service times,
 * balking and reneging, plus a validator that returns every problem as a code with its values,
 * so the view can phrase it in either language. Each number a student types is checked by its
 * field's schema from src/schemas/queueFields.ts, the same one the widget's form reads with;
 * the limits here are those of settings only a preset or a test writes. Times are in minutes
 * throughout the queue engine.
 */
import { z } from 'zod';

import { fieldSchema } from '../../schemas/numberField.ts';
import { queueFields } from '../../schemas/queueFields.ts';
import { averageArrivalRate } from './offeredLoad.ts';

/** Limits of what only presets and tests write: a day profile, a schedule, the chart's resolution. */
const engineLimits = {
  segments: { min: 1, max: 48 },
  segmentMinutes: { max: 1440 },
  scheduledTimes: { min: 1, max: 10_000 },
  seriesPoints: { min: 10, max: 5000 },
} as const;

const finite = () => z.number();

const arrivalsSchema = z.discriminatedUnion('kind', [
  // Poisson arrivals: independent customers, on average `ratePerMinute` a minute.
  z.object({
    kind: z.literal('poisson'),
    ratePerMinute: fieldSchema(queueFields.ratePerMinute),
  }),
  // A day with busier and quieter spells (a lunch rush): Poisson within each segment.
  z.object({
    kind: z.literal('piecewise'),
    segments: z
      .array(
        z.object({
          minutes: finite().positive().max(engineLimits.segmentMinutes.max),
          // A quiet spell may have nobody arriving; the whole day may not (see crossFieldProblems).
          ratePerMinute: finite().min(0).max(queueFields.ratePerMinute.max),
        }),
      )
      .min(engineLimits.segments.min)
      .max(engineLimits.segments.max),
    /** Start the profile again when it ends (many identical days); otherwise arrivals stop. */
    repeat: z.boolean().default(false),
  }),
  // Customers at fixed times: appointments, or a small case worked out by hand.
  z.object({
    kind: z.literal('scheduled'),
    times: z.array(finite().min(0)).min(engineLimits.scheduledTimes.min).max(engineLimits.scheduledTimes.max),
  }),
]);

const meanService = fieldSchema(queueFields.meanServiceMinutes);
const serviceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('exponential'), meanMinutes: meanService }),
  z.object({ kind: z.literal('deterministic'), meanMinutes: meanService }),
  z.object({
    kind: z.literal('lognormal'),
    meanMinutes: meanService,
    /** Coefficient of variation: standard deviation ÷ mean. */
    cv: fieldSchema(queueFields.serviceCv),
  }),
  // The sum of k exponential phases: k = 1 is exponential, a large k is nearly constant.
  z.object({
    kind: z.literal('erlang'),
    meanMinutes: meanService,
    k: fieldSchema(queueFields.erlangK),
  }),
]);

export const queueConfigSchema = z.object({
  servers: fieldSchema(queueFields.servers),
  /** `single`: one serpentine line feeds every server; `perServer`: one line in front of each. */
  layout: z.enum(['single', 'perServer']).default('single'),
  arrivals: arrivalsSchema,
  service: serviceSchema,
  /** A customer who would have to wait leaves at once when `limit` or more already wait in that line. */
  balking: z
    .object({ limit: fieldSchema(queueFields.balkingLimit) })
    .nullable()
    .default(null),
  /** Each customer's patience is exponential with this mean; a customer still waiting then gives up. */
  reneging: z
    .object({ meanPatienceMinutes: fieldSchema(queueFields.meanPatienceMinutes) })
    .nullable()
    .default(null),
  /** The run stops admitting customers after this many arrivals (and then serves those inside). */
  customers: z._default(fieldSchema(queueFields.customers), 10_000),
  seed: z._default(fieldSchema(queueFields.seed), 1),
  /** At most this many points in the queue-length chart series. */
  seriesPoints: z.int().min(engineLimits.seriesPoints.min).max(engineLimits.seriesPoints.max).default(400),
});

/** A configuration as the view may write it (defaults may be left out). */
export type QueueConfigInput = z.input<typeof queueConfigSchema>;
/** A validated configuration with every default filled in. */
export type QueueConfig = z.output<typeof queueConfigSchema>;
export type ArrivalProfile = QueueConfig['arrivals'];
export type ServiceTimeModel = QueueConfig['service'];
export type LineLayout = QueueConfig['layout'];

/**
 * One problem with one field. `field` is a dotted path such as `servers`, `service.cv` or
 * `arrivals.segments.2.ratePerMinute`; the rest are the values a message needs.
 */
export type QueueConfigProblem = { field: string } & (
  | { code: 'required' }
  | { code: 'notANumber' }
  | { code: 'notWhole' }
  | { code: 'wrongType'; expected: string }
  | { code: 'belowMin'; min: number }
  | { code: 'notAboveMin'; min: number }
  | { code: 'aboveMax'; max: number }
  | { code: 'tooFew'; min: number }
  | { code: 'tooMany'; max: number }
  | { code: 'unknownOption'; allowed: string[] }
  | { code: 'notInOrder'; previous: number; value: number }
  | { code: 'noArrivals' }
);

export type QueueConfigValidation = { ok: true; config: QueueConfig } | { ok: false; problems: QueueConfigProblem[] };

/** Checks a configuration; never throws, whatever it is given. */
export function validateQueueConfig(input: unknown): QueueConfigValidation {
  // reportInput: zod 4 leaves the offending value out of an issue unless asked, and "required" needs it.
  const parsed = queueConfigSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map(toProblem) };
  const problems = crossFieldProblems(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, config: parsed.data };
}

/** Checks that need more than one field, run once every field is individually valid. */
function crossFieldProblems(config: QueueConfig): QueueConfigProblem[] {
  const problems: QueueConfigProblem[] = [];
  const { arrivals } = config;
  if (arrivals.kind === 'scheduled') {
    arrivals.times.forEach((value, i) => {
      const previous = arrivals.times[i - 1];
      if (previous !== undefined && value < previous)
        problems.push({ field: `arrivals.times.${i}`, code: 'notInOrder', previous, value });
    });
  }
  // A profile in which (almost) nobody ever arrives would simulate nothing, or take for ever.
  if (arrivals.kind === 'piecewise' && averageArrivalRate(arrivals) < queueFields.ratePerMinute.min)
    problems.push({ field: 'arrivals.segments', code: 'noArrivals' });
  return problems;
}

function toProblem(issue: z.core.$ZodIssue): QueueConfigProblem {
  const field = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return { field, code: 'required' };
      if (issue.expected === 'int') return { field, code: 'notWhole' };
      if (issue.expected === 'number') return { field, code: 'notANumber' };
      return { field, code: 'wrongType', expected: issue.expected };
    case 'too_small':
      if (issue.origin === 'array') return { field, code: 'tooFew', min: Number(issue.minimum) };
      return issue.inclusive === false
        ? { field, code: 'notAboveMin', min: Number(issue.minimum) }
        : { field, code: 'belowMin', min: Number(issue.minimum) };
    case 'too_big':
      if (issue.origin === 'array') return { field, code: 'tooMany', max: Number(issue.maximum) };
      return { field, code: 'aboveMax', max: Number(issue.maximum) };
    case 'invalid_value':
      return { field, code: 'unknownOption', allowed: issue.values.map(String) };
    case 'invalid_union':
      return {
        field,
        code: 'unknownOption',
        allowed: 'options' in issue ? (issue.options as unknown[]).map(String) : [],
      };
    default:
      return { field, code: 'wrongType', expected: issue.code };
  }
}
