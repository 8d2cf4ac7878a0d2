/**
 * What the role-play engine, validator, debrief and views import about a scenario: its shape,
 * whose one source is the schema (src/schemas/scenarioFields.ts, imported here for its types
 * only, so no zod reaches the browser), the lists and scales (scenarioScales.ts), and the rule
 * that decides when a reply counts as carrying out its steps.
 */
import type { JusticeScores } from './scenarioScales.ts';
import type { ScenarioChoice } from '../../schemas/scenarioFields.ts';

export * from './scenarioScales.ts';
export type { ChoiceEffects, Scenario, ScenarioChoice, ScenarioNode } from '../../schemas/scenarioFields.ts';
export type { LocalizedText } from '../../schemas/localized.ts';

/** A reply covers its steps only if it is fair on balance (its justice effects sum above 0). */
export function coversStep(choice: Pick<ScenarioChoice, 'effects'>): boolean {
  return justiceSum(choice.effects) > 0;
}

export function justiceSum(scores: JusticeScores): number {
  return scores.outcome + scores.process + scores.interaction;
}
