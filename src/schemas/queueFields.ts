/**
 * The numbers a student types into the queue simulator (chapter 6), described once: the widget's
 * form reads them with these fields, and the engine's configuration schema
 * (src/lib/queue/queueConfig.ts) is built from the same schemas, so a limit is never written twice.
 */
import { numberField, type NumberField } from './numberField.ts';

/** A day in minutes: the longest service, patience or accepted wait a scene may have. */
const DAY_MINUTES = 1440;

export const queueFields = {
  /** Below one customer in about a week (10 000 minutes) nobody would arrive in any run worth watching. */
  ratePerMinute: numberField({ min: 0.0001, max: 1000 }),
  servers: numberField({ min: 1, max: 20, whole: true }),
  meanServiceMinutes: numberField({ min: 0, max: DAY_MINUTES, aboveMin: true }),
  /** Spread of a lognormal service time: standard deviation ÷ mean. */
  serviceCv: numberField({ min: 0.05, max: 3 }),
  /** Phases of an Erlang service time. */
  erlangK: numberField({ min: 1, max: 50, whole: true }),
  /** A customer walks away when this many already wait in the line (0: whenever anyone waits). */
  balkingLimit: numberField({ min: 0, max: 10_000, whole: true }),
  meanPatienceMinutes: numberField({ min: 0, max: DAY_MINUTES, aboveMin: true }),
  customers: numberField({ min: 1, max: 200_000, whole: true }),
  seed: numberField({ min: 0, max: 4_294_967_295, whole: true }),
  /** The wait a scene's customers accept, before the value of the service raises it. */
  toleranceMinutes: numberField({ min: 0, max: DAY_MINUTES, aboveMin: true }),
};

export type QueueField = keyof typeof queueFields;

/** The fields of a run's configuration (the tolerance belongs to the perceived-wait settings). */
export type SimulatorField = Exclude<QueueField, 'toleranceMinutes'>;

/** A lever's factor as an instructor types it: its bounds are the lever's own. */
export function leverFactorField(lever: { readonly min: number; readonly max: number }): NumberField {
  return numberField({ min: lever.min, max: lever.max });
}
