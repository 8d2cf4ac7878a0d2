/** Scenarios A and B survive a trip through a link; a broken link opens with defaults and problems. */
import { describe, expect, it } from 'vitest';
import { cohortDefaults } from '../../../../src/lib/clv/cohortInputs';
import { decodeScenarios, encodeScenarios, type ScenarioPair } from '../../../../src/lib/clv/scenarioUrl';

const defaults: ScenarioPair = { a: cohortDefaults, b: { ...cohortDefaults, retention: 0.85 } };

const pair: ScenarioPair = {
  a: {
    startingCustomers: 2500,
    retention: 0.73,
    marginPerCustomer: 88.5,
    marginGrowth: -0.02,
    discountRate: 0.12,
    acquisitionCost: 99.99,
    horizonYears: 7,
  },
  b: {
    startingCustomers: 2500,
    retention: [0.6, 0.75, 0.9],
    marginPerCustomer: 88.5,
    marginGrowth: 0.05,
    discountRate: 0.12,
    acquisitionCost: 120,
    horizonYears: 12,
  },
};

describe('scenario links', () => {
  it('round-trip both scenarios exactly, per-year retention included', () => {
    const link = encodeScenarios(pair).toString();
    expect(decodeScenarios(link, defaults)).toEqual({ scenarios: pair, problems: [] });
    expect(decodeScenarios(`?${link}`, defaults)).toEqual({ scenarios: pair, problems: [] });
  });

  it('write short, readable parameters', () => {
    const params = encodeScenarios(pair);
    expect(params.get('a.r')).toBe('0.73');
    expect(params.get('b.r')).toBe('0.6,0.75,0.9');
    expect(params.get('a.cac')).toBe('99.99');
  });

  it('take defaults for what a link leaves out, without complaint', () => {
    expect(decodeScenarios('a.r=0.7', defaults)).toEqual({
      scenarios: { a: { ...cohortDefaults, retention: 0.7 }, b: defaults.b },
      problems: [],
    });
    expect(decodeScenarios('', defaults)).toEqual({ scenarios: defaults, problems: [] });
  });

  it('open a broken link with defaults for the broken fields and say what was wrong', () => {
    const decoded = decodeScenarios('a.r=1.7&a.h=abc&a.m=120&b.d=-1&b.r=0.5,x,0.7&b.n=12.5&junk=%E0%A4', defaults);
    expect(decoded.scenarios.a).toEqual({ ...cohortDefaults, marginPerCustomer: 120 });
    expect(decoded.scenarios.b).toEqual(defaults.b);
    expect(decoded.problems).toEqual([
      { scenario: 'a', field: 'horizonYears', code: 'notANumber' },
      { scenario: 'a', field: 'retention', code: 'aboveMax', max: 0.99 },
      { scenario: 'b', field: 'startingCustomers', code: 'notWhole' },
      { scenario: 'b', field: 'discountRate', code: 'belowMin', min: 0 },
      { scenario: 'b', field: 'retention', index: 1, code: 'notANumber' },
    ]);
  });

  it('refuse numbers a person might type but a link never holds (1,000 or 0x10)', () => {
    const decoded = decodeScenarios('a.n=0x10&a.m=Infinity', defaults);
    expect(decoded.scenarios.a).toEqual(cohortDefaults);
    expect(decoded.problems.map((p) => p.field)).toEqual(['startingCustomers', 'marginPerCustomer']);
  });
});
