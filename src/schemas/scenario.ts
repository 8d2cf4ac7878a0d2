/**
 * A complaint-handling role-play scenario (content/scenarios/<id>.yaml): the setting, the
 * customer's lines in every locale, the replies with their effects and feedback, and the endings.
 * Its fields are checked by scenarioFields.ts; the structural rules (reachability, endings, loops,
 * references) run in validateScenario, so a broken scenario fails the build with a message that
 * names the node.
 */
import { validateScenario } from '../lib/roleplay/validateScenario.ts';
import { scenarioFieldsSchema } from './scenarioFields.ts';

export type { ChoiceEffects, Scenario, ScenarioChoice, ScenarioNode } from './scenarioFields.ts';

export const scenarioSchema = scenarioFieldsSchema.superRefine((scenario, ctx) => {
  for (const problem of validateScenario(scenario).problems)
    ctx.addIssue({
      code: 'custom',
      path: problem.nodeIndex === null ? ['start'] : ['nodes', problem.nodeIndex],
      message: problem.message,
    });
});
