/**
 * Scenarios A and B of the lifetime-value widget in a link: encoded as URL search parameters
 * (a.r=0.8&a.d=0.1 …, a per-year retention as a.r=0.6,0.7,0.8) and decoded with validation, so
 * a shared or hand-edited link opens the same comparison, and a broken one opens with defaults
 * and a list of what was wrong instead of an error.
 */
import { validateCohortInputs, type CohortField, type CohortInputs, type CohortProblem } from './cohortInputs';

export type ScenarioName = 'a' | 'b';

export interface ScenarioPair {
  a: CohortInputs;
  b: CohortInputs;
}

/** Short parameter names keep a shared link readable and short. */
const parameterNames: Record<CohortField, string> = {
  startingCustomers: 'n',
  retention: 'r',
  marginPerCustomer: 'm',
  marginGrowth: 'g',
  discountRate: 'd',
  acquisitionCost: 'cac',
  horizonYears: 'h',
};

const fields = Object.keys(parameterNames) as CohortField[];
const scenarioNames: ScenarioName[] = ['a', 'b'];

/** Writes both scenarios; numbers as JavaScript prints them, so decoding gives them back exactly. */
export function encodeScenarios(scenarios: ScenarioPair): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of scenarioNames) {
    for (const field of fields) {
      const value = scenarios[name][field];
      params.set(`${name}.${parameterNames[field]}`, Array.isArray(value) ? value.join(',') : String(value));
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

/** Strict: a link is written by `encodeScenarios`, so only plain numbers are accepted. */
function readNumber(text: string): number {
  return /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(text.trim()) ? Number(text) : Number.NaN;
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
        field === 'retention' && text.includes(',') ? text.split(',').map(readNumber) : readNumber(text);
    }
    const merged = { ...defaults[name], ...candidate };
    const checked = validateCohortInputs(merged);
    if (checked.ok) return merged as CohortInputs;
    const broken = new Set(checked.problems.map((problem) => problem.field));
    for (const problem of checked.problems) problems.push({ scenario: name, ...problem });
    const repaired = { ...merged };
    for (const field of broken) (repaired as Record<CohortField, unknown>)[field] = defaults[name][field];
    return repaired as CohortInputs;
  };
  return { scenarios: { a: decode('a'), b: decode('b') }, problems };
}
