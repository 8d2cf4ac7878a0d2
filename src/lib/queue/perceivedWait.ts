/**
 * How long a wait feels and whether customers find it acceptable. Perceived wait = actual wait ×
 * the product of the factors of the levers that are on; "unfair" is on for a customer whom the
 * run shows was overtaken, never by a switch. A customer is dissatisfied with the wait when the
 * perceived wait exceeds their tolerance: the setting's acceptable wait, multiplied by the
 * value-of-service factor when that lever is on (assumption: tolerance rises in proportion to
 * the value of the service, the same for every customer of the scene).
 */
import type { CustomerRecord } from './queueSimulation.ts';
import { waitLevers, type WaitLever, type WaitLeverId } from './waitLevers.ts';

export interface WaitSetting {
  /** Levers switched on for the scene; `unfair` is ignored here because the run decides it. */
  active: readonly WaitLeverId[];
  /** An instructor's factors replacing the defaults (within each lever's min and max). */
  factors?: Partial<Record<WaitLeverId, number>>;
  /** The wait, in minutes, an ordinary customer accepts before being dissatisfied. */
  toleranceMinutes: number;
}

export type WaitSettingProblem =
  | { field: string; code: 'belowMin'; min: number }
  | { field: string; code: 'aboveMax'; max: number }
  | { field: string; code: 'notANumber' }
  | { field: string; code: 'notAboveMin'; min: number }
  | { field: string; code: 'unknownLever'; id: string };

/** Checks a setting; never throws. */
export function validateWaitSetting(
  setting: WaitSetting,
  levers: readonly WaitLever[] = waitLevers,
): WaitSettingProblem[] {
  const problems: WaitSettingProblem[] = [];
  const known = new Map(levers.map((lever) => [lever.id as string, lever]));
  for (const id of setting.active) if (!known.has(id)) problems.push({ field: 'active', code: 'unknownLever', id });
  for (const [id, factor] of Object.entries(setting.factors ?? {})) {
    const lever = known.get(id);
    const field = `factors.${id}`;
    if (!lever) problems.push({ field, code: 'unknownLever', id });
    else if (typeof factor !== 'number' || !Number.isFinite(factor)) problems.push({ field, code: 'notANumber' });
    else if (factor < lever.min) problems.push({ field, code: 'belowMin', min: lever.min });
    else if (factor > lever.max) problems.push({ field, code: 'aboveMax', max: lever.max });
  }
  if (!Number.isFinite(setting.toleranceMinutes)) problems.push({ field: 'toleranceMinutes', code: 'notANumber' });
  else if (setting.toleranceMinutes <= 0) problems.push({ field: 'toleranceMinutes', code: 'notAboveMin', min: 0 });
  return problems;
}

function factorOf(lever: WaitLever, setting: WaitSetting): number {
  return setting.factors?.[lever.id] ?? lever.defaultFactor;
}

/** The stretch the scene's switched-on levers give every wait (without the measured unfairness). */
export function settingFactor(setting: WaitSetting, levers: readonly WaitLever[] = waitLevers): number {
  let product = 1;
  for (const lever of levers)
    if (lever.acts === 'perceivedWait' && lever.decidedBy === 'setting' && setting.active.includes(lever.id))
      product *= factorOf(lever, setting);
  return product;
}

/** How long one customer's wait feels, in minutes. */
export function perceivedWait(
  actualMinutes: number,
  customer: { overtaken: boolean },
  setting: WaitSetting,
  levers: readonly WaitLever[] = waitLevers,
): number {
  let factor = settingFactor(setting, levers);
  const unfair = levers.find((lever) => lever.id === 'unfair');
  if (unfair && customer.overtaken) factor *= factorOf(unfair, setting);
  return actualMinutes * factor;
}

/** The wait customers of this scene accept, in minutes. */
export function waitTolerance(setting: WaitSetting, levers: readonly WaitLever[] = waitLevers): number {
  let tolerance = setting.toleranceMinutes;
  for (const lever of levers)
    if (lever.acts === 'tolerance' && setting.active.includes(lever.id)) tolerance *= factorOf(lever, setting);
  return tolerance;
}

export interface WaitExperience {
  /** Every customer who stayed on arrival (all but those who balked), including those served at once. */
  customersWhoWaited: number;
  meanActualWait: number;
  meanPerceivedWait: number;
  toleranceMinutes: number;
  /** Customers whose perceived wait exceeded the tolerance, and their share of those who waited. */
  overTolerance: number;
  shareOverTolerance: number;
  /** Share of those who waited who were overtaken at least once. */
  shareOvertaken: number;
}

/**
 * Perceived waits of a run's customers against their tolerance. A customer's actual wait is the
 * time spent in line: until service began, until giving up, or until `now` for one still waiting.
 */
export function assessWaitExperience(
  customers: readonly CustomerRecord[],
  setting: WaitSetting,
  now: number,
  levers: readonly WaitLever[] = waitLevers,
): WaitExperience {
  const tolerance = waitTolerance(setting, levers);
  let waited = 0;
  let actualTotal = 0;
  let perceivedTotal = 0;
  let over = 0;
  let overtaken = 0;
  for (const customer of customers) {
    if (customer.outcome === 'balked') continue;
    const leftLine = customer.serviceStart ?? customer.end ?? now;
    const actual = leftLine - customer.arrival;
    const felt = perceivedWait(actual, customer, setting, levers);
    waited++;
    actualTotal += actual;
    perceivedTotal += felt;
    if (felt > tolerance) over++;
    if (customer.overtaken) overtaken++;
  }
  return {
    customersWhoWaited: waited,
    meanActualWait: waited > 0 ? actualTotal / waited : 0,
    meanPerceivedWait: waited > 0 ? perceivedTotal / waited : 0,
    toleranceMinutes: tolerance,
    overTolerance: over,
    shareOverTolerance: waited > 0 ? over / waited : 0,
    shareOvertaken: waited > 0 ? overtaken / waited : 0,
  };
}
