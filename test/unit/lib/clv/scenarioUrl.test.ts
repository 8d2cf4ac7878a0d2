/** Scenarios A and B survive a trip through a link; a broken link opens with defaults and problems. */
import { describe, expect, it } from 'vitest';
import { cohortDefaults } from '../../../../src/schemas/cohortInputs.ts';
import {
  decodeScenarios,
  encodeScenarios,
  readScenarioLink,
  scenarioSearch,
  type ScenarioPair,
} from '../../../../src/lib/clv/scenarioUrl.ts';

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
      { scenario: 'a', field: 'retention', code: 'aboveMax', max: 0.99 },
      { scenario: 'a', field: 'horizonYears', code: 'notANumber' },
      { scenario: 'b', field: 'startingCustomers', code: 'notWhole' },
      { scenario: 'b', field: 'retention', index: 1, code: 'notANumber' },
      { scenario: 'b', field: 'discountRate', code: 'belowMin', min: 0 },
    ]);
  });

  it('refuse numbers a person might type but a link never holds (1,000, 80%, full width or 0x10)', () => {
    const decoded = decodeScenarios('a.n=0x10&a.m=Infinity&a.cac=1%2C000&b.r=80%25&b.h=%EF%BC%93', defaults);
    expect(decoded.scenarios).toEqual(defaults);
    expect(decoded.problems.map((p) => `${p.scenario}.${p.field}`)).toEqual([
      'a.startingCustomers',
      'a.marginPerCustomer',
      'a.acquisitionCost',
      'b.retention',
      'b.horizonYears',
    ]);
  });

  it('still open links written before, with the per-year retention spelled out to the horizon', () => {
    const old =
      'a.n=1000&a.r=0.8%2C0.8%2C0.8&a.m=100&a.g=0&a.d=0.1&a.cac=150&a.h=3' +
      '&b.n=1000&b.r=0.85%2C0.85%2C0.85%2C0.85%2C0.85%2C0.85%2C0.85%2C0.85%2C0.85%2C0.85&b.m=100&b.g=0&b.d=0.1&b.cac=150&b.h=10&timing=upFront';
    const link = readScenarioLink(`?${old}`, defaults);
    expect(link.timing).toBe('upFront');
    expect(link.linked).toEqual({
      scenarios: {
        a: { ...cohortDefaults, retention: [0.8, 0.8, 0.8], horizonYears: 3 },
        b: { ...cohortDefaults, retention: Array.from({ length: 10 }, () => 0.85) },
      },
      problems: [],
    });
  });
});

describe('the page address', () => {
  it('holds both scenarios, and the up-front convention only when chosen', () => {
    expect(scenarioSearch(defaults, 'endOfPeriod')).toBe(
      'a.n=1000&a.r=0.8&a.m=100&a.g=0&a.d=0.1&a.cac=150&a.h=10&b.n=1000&b.r=0.85&b.m=100&b.g=0&b.d=0.1&b.cac=150&b.h=10',
    );
    expect(scenarioSearch(pair, 'upFront')).toMatch(/&timing=upFront$/);
  });

  it('reads back what it wrote, convention included', () => {
    expect(readScenarioLink(`?${scenarioSearch(pair, 'upFront')}`, defaults)).toEqual({
      timing: 'upFront',
      linked: { scenarios: pair, problems: [] },
    });
  });

  it('leaves the widget its own scenarios when the address names none of their fields', () => {
    expect(readScenarioLink('', defaults)).toEqual({ timing: 'endOfPeriod', linked: null });
    expect(readScenarioLink('?timing=upFront&utm=x', defaults)).toEqual({ timing: 'upFront', linked: null });
    expect(readScenarioLink('?timing=sideways&b.h=3', defaults)).toEqual({
      timing: 'endOfPeriod',
      linked: { scenarios: { a: defaults.a, b: { ...defaults.b, horizonYears: 3 } }, problems: [] },
    });
  });
});
