/**
 * Scenarios A and B of the lifetime-value widget in a link: encoded as URL search parameters
 * (a.r=0.8&a.d=0.1 …, a per-year retention as a.r=0.6,0.7,0.8, the up-front convention as
 * timing=upFront) and decoded with the model's validation, so a shared or hand-edited link opens
 * the same comparison, and a broken one opens with defaults and a list of what was wrong instead
 * of an error.
 */
import type { CohortField, CohortInputs } from '../../schemas/cohortInputs.ts';
import { checkCohortInputs, type CohortProblem } from './cohortInputs.ts';
import type { MarginTiming } from './marginMultiple.ts';
import { linkNumber } from '../text/linkNumber.ts';

export type ScenarioName = 'a' | 'b';

export interface ScenarioPair {
  a: CohortInputs;
  b: CohortInputs;
}

/** Short parameter names keep a shared link readable and short. */
export const parameterNames: Record<CohortField, string> = {
  startingCustomers: 'n',
  retention: 'r',
  marginPerCustomer: 'm',
  marginGrowth: 'g',
  discountRate: 'd',
  acquisitionCost: 'cac',
  horizonYears: 'h',
};

/** The query parameter for the lifetime multiple's convention; absent means end of period. */
export const timingParameter = 'timing';

const fields = Object.keys(parameterNames) as CohortField[];
const scenarioNames: ScenarioName[] = ['a', 'b'];

/** Writes both scenarios; numbers as JavaScript prints them, so decoding gives them back exactly. */
export function encodeScenarios(scenarios: ScenarioPair): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of scenarioNames) {
    for (const field of fields) {
      const value = scenarios[name][field];
      params.set(`${name}.${parameterNames[field]}`, typeof value === 'number' ? String(value) : value.join(','));
    }
  }
  return params;
}

export type ScenarioUrlProblem = CohortProblem & { scenario: ScenarioName };

export interface DecodedScenarios {
  scenarios: ScenarioPair;
  /** What was wrong in the link; each broken field fell back to its default. */
  problems: ScenarioUrlProblem[];
}

/**
 * Reads both scenarios from a query string or parameters. A missing parameter silently takes
 * the default (a link may set only what it changes); an unreadable or out-of-range one takes the
 * default and is reported. `defaults` must be valid. Never throws.
 */
export function decodeScenarios(search: string | URLSearchParams, defaults: ScenarioPair): DecodedScenarios {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const problems: ScenarioUrlProblem[] = [];
  const decode = (name: ScenarioName): CohortInputs => {
    const candidate: Partial<Record<CohortField, unknown>> = {};
    for (const field of fields) {
      const text = params.get(`${name}.${parameterNames[field]}`);
      if (text === null) continue;
      candidate[field] =
        field === 'retention' && text.includes(',') ? text.split(',').map(linkNumber) : linkNumber(text);
    }
    const checked = checkCohortInputs({ ...defaults[name], ...candidate });
    if (checked.ok) return checked.inputs;
    for (const problem of checked.problems) problems.push({ scenario: name, ...problem });
    const broken = new Set(checked.problems.map((problem) => problem.field));
    const repaired: Partial<Record<CohortField, unknown>> = { ...defaults[name], ...candidate };
    for (const field of broken) repaired[field] = defaults[name][field];
    return repaired as CohortInputs;
  };
  return { scenarios: { a: decode('a'), b: decode('b') }, problems };
}

/** The query string (without "?") that reopens this comparison in this convention. */
export function scenarioSearch(scenarios: ScenarioPair, timing: MarginTiming): string {
  const params = encodeScenarios(scenarios);
  if (timing === 'upFront') params.set(timingParameter, 'upFront');
  return params.toString();
}

export interface ScenarioLink {
  timing: MarginTiming;
  /** The linked scenarios; null when the link names no field of either, so the widget keeps its own. */
  linked: DecodedScenarios | null;
}

/** What a page address's query string asks the widget to show. Never throws. */
export function readScenarioLink(search: string, defaults: ScenarioPair): ScenarioLink {
  const params = new URLSearchParams(search);
  const timing: MarginTiming = params.get(timingParameter) === 'upFront' ? 'upFront' : 'endOfPeriod';
  const named = [...params.keys()].some((key) => key.startsWith('a.') || key.startsWith('b.'));
  return { timing, linked: named ? decodeScenarios(params, defaults) : null };
}
