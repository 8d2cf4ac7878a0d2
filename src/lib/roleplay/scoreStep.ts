/**
 * One reply's effect on the running scores: each justice score and the emotion move by the
 * reply's effects and stay on their scales (scenarioScales.ts). Shared by the engine and the path
 * search, so a path found by search scores exactly as the same replies played one by one.
 */
import {
  EMOTION_RANGE,
  JUSTICE_DIMENSIONS,
  JUSTICE_RANGE,
  type ChoiceEffects,
  type JusticeScores,
} from './scenarioTypes.ts';

export const clamp = (value: number, range: { min: number; max: number }) =>
  Math.min(range.max, Math.max(range.min, value));

export interface Standing {
  scores: JusticeScores;
  emotion: number;
}

export function stepStanding(standing: Standing, effects: ChoiceEffects): Standing {
  const scores = { ...standing.scores };
  for (const dimension of JUSTICE_DIMENSIONS)
    scores[dimension] = clamp(scores[dimension] + effects[dimension], JUSTICE_RANGE);
  return { scores, emotion: clamp(standing.emotion + effects.emotion, EMOTION_RANGE) };
}
