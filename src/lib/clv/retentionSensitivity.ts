/**
 * Retention sensitivity: what a few more percentage points of retention do to lifetime value, so
 * the claim that 5 % more retention lifts profit by 25 %–85 % (Reichheld & Sasser 1990) can be
 * tested on the student's own numbers rather than taken on trust.
 */
import { cohortFields } from '../../schemas/cohortInputs.ts';
import type { ValidCohortInputs } from './cohortInputs.ts';
import { projectCohort } from './cohortProjection.ts';

export type SensitivityStep =
  | {
      /** Percentage points added to every year's retention. */
      points: number;
      reachable: true;
      retention: readonly number[];
      clvGross: number;
      clvNet: number;
      cohortValue: number;
      cohortNetValue: number;
      /** Relative changes vs the base (0.25 = +25 %). */
      clvGrossChange: number | null;
      /** Null when the base net value is not positive: a % change of a loss says nothing. */
      clvNetChange: number | null;
      cohortValueChange: number | null;
      cohortNetValueChange: number | null;
    }
  | {
      points: number;
      /** Some year's retention would pass the 99 % ceiling: there is no such scenario to show. */
      reachable: false;
    };

export interface RetentionSensitivity {
  base: ReturnType<typeof projectCohort>;
  steps: SensitivityStep[];
}

/** Rates are added in whole points and rounded to 1e-12, so 0.8 + 0.05 reads as 0.85. */
function addPoints(rate: number, points: number): number {
  return Math.round((rate + points / 100) * 1e12) / 1e12;
}

function relativeChange(value: number, base: number): number | null {
  return base > 0 ? value / base - 1 : null;
}

/** The base scenario and +1 … +`maxPoints` percentage points of retention in every year. */
export function retentionSensitivity(inputs: ValidCohortInputs, maxPoints = 10): RetentionSensitivity {
  const base = projectCohort(inputs);
  const steps: SensitivityStep[] = [];
  for (let points = 1; points <= maxPoints; points++) {
    const retention = inputs.retention.map((rate) => addPoints(rate, points));
    if (retention.some((rate) => rate > cohortFields.retention.max)) {
      steps.push({ points, reachable: false });
      continue;
    }
    const projection = projectCohort({ ...inputs, retention });
    steps.push({
      points,
      reachable: true,
      retention,
      clvGross: projection.clvGross,
      clvNet: projection.clvNet,
      cohortValue: projection.cohortValue,
      cohortNetValue: projection.cohortNetValue,
      clvGrossChange: relativeChange(projection.clvGross, base.clvGross),
      clvNetChange: relativeChange(projection.clvNet, base.clvNet),
      cohortValueChange: relativeChange(projection.cohortValue, base.cohortValue),
      cohortNetValueChange: relativeChange(projection.cohortNetValue, base.cohortNetValue),
    });
  }
  return { base, steps };
}
