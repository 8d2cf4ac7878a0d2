/**
 * The lists and scales a role-play is written in: handling steps, justice dimensions, endings,
 * failure types, moods and the score ranges. Plain data that imports nothing, so the scenario
 * schema builds its enums from it and an island can read it without loading zod.
 */

/** The handling steps the course teaches, in the order they are usually taken (chapter 7). */
export const HANDLING_STEPS = ['listen', 'empathise', 'apologise', 'solve', 'followUp'] as const;
export type HandlingStep = (typeof HANDLING_STEPS)[number];

/** Perceived justice of a complaint's handling (Tax, Brown & Chandrashekaran 1998). */
export const JUSTICE_DIMENSIONS = ['outcome', 'process', 'interaction'] as const;
export type JusticeDimension = (typeof JUSTICE_DIMENSIONS)[number];
export type JusticeScores = Record<JusticeDimension, number>;

/** How a scenario can end, BEST FIRST: the index is the ending's rank (0 is best). */
export const ENDINGS = ['staysAndPraises', 'stays', 'leavesQuietly', 'leavesAndWarns', 'escalatesPublicly'] as const;
export type EndingKind = (typeof ENDINGS)[number];

/** Service-failure types (Bitner, Booms & Tetreault 1990). */
export const FAILURE_TYPES = [
  'deliverySystem',
  'customerNeedsAndRequests',
  'unpromptedEmployeeActions',
  'problemCustomers',
] as const;
export type FailureType = (typeof FAILURE_TYPES)[number];

/** The customer's visible state at a node, from worst to best; the view shows it beside the line. */
export const MOODS = ['furious', 'angry', 'frustrated', 'wary', 'calming', 'satisfied', 'pleased'] as const;
export type Mood = (typeof MOODS)[number];

/**
 * Scales. A justice score starts at 0 and each choice moves it by at most ±2; the running score
 * is clamped to [-10, 10], so ±10 means "as fair (or unfair) as a short conversation can feel".
 * Emotion runs from -5 (furious) to +5 (delighted); a scenario sets where it starts and each choice
 * moves it by at most ±3, clamped to the range.
 */
export const JUSTICE_RANGE = { min: -10, max: 10, stepLimit: 2 } as const;
export const EMOTION_RANGE = { min: -5, max: 5, stepLimit: 3 } as const;
