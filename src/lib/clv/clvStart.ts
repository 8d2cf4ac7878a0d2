/**
 * The lifetime-value calculator's exercise start (issue #19): every field of scenarios A and B and
 * the margin convention, under the query parameters the calculator already reads from a shared link
 * (scenarioUrl.ts), so an instructor's start opens exactly as a shared comparison does.
 */
import { cohortFields, type CohortField } from '../../schemas/cohortInputs.ts';
import type { StartField } from '../assignment/exerciseStart.ts';
import { parameterNames, timingParameter } from './scenarioUrl.ts';

const fields = Object.keys(cohortFields) as CohortField[];

export const clvStartFields: readonly StartField[] = [
  ...(['a', 'b'] as const).flatMap((scenario) =>
    fields.map((field) => ({
      key: `${scenario}-${parameterNames[field]}`,
      param: `${scenario}.${parameterNames[field]}`,
      number: cohortFields[field],
    })),
  ),
  { key: 'timing', param: timingParameter, choices: ['endOfPeriod', 'upFront'] },
];
