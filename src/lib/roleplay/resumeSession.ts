/**
 * Resumes a saved role-play: replays the saved replies (with the student's own words) from the
 * start. A path the scenario no longer allows (its author changed it since) gives undefined, so
 * the view starts afresh instead of showing a conversation that could not happen.
 */
import { choose, startSession, type PathStep, type Session } from './engine.ts';
import type { Scenario } from './scenarioTypes.ts';

export function resumeSession(scenario: Scenario, path: readonly PathStep[]): Session | undefined {
  let session = startSession(scenario);
  for (const step of path) {
    if (step.nodeId !== session.nodeId) return undefined;
    const result = choose(scenario, session, step.choiceId, step.freeText);
    if (!result.ok) return undefined;
    session = result.session;
  }
  return session;
}

/** Opens a scenario where the student left it, or from the start when nothing is saved or the saved path no longer fits. */
export function openSession(scenario: Scenario, savedPath: readonly PathStep[] = []): Session {
  return (savedPath.length > 0 && resumeSession(scenario, savedPath)) || startSession(scenario);
}
