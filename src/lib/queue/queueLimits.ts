/**
 * The bounds of every queue-simulation setting, in a module of its own so the widget can show and
 * check them without loading the zod schema of queueConfig.ts.
 */

/** The bounds the widget enforces; exported so the view can show them beside each field. */
export const queueLimits = {
  servers: { min: 1, max: 20 },
  customers: { min: 1, max: 200_000 },
  /** Below one customer in about a week (10 000 minutes) nobody would arrive in any run worth watching. */
  ratePerMinute: { min: 0.0001, max: 1000 },
  meanServiceMinutes: { max: 1440 },
  serviceCv: { min: 0.05, max: 3 },
  erlangK: { min: 1, max: 50 },
  segments: { min: 1, max: 48 },
  segmentMinutes: { max: 1440 },
  scheduledTimes: { min: 1, max: 10_000 },
  balkingLimit: { min: 0, max: 10_000 },
  meanPatienceMinutes: { max: 1440 },
  seed: { min: 0, max: 4_294_967_295 },
  seriesPoints: { min: 10, max: 5000 },
} as const;
