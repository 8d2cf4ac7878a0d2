/**
 * The results table against figures worked by hand for the chapter's scenario A (m = 100,
 * r = 80 %, d = 10 %, CAC = 150, ten years): 255.627… over the horizon, 105.63 net, 1.70 × CAC,
 * paid back in year 3; multiple 0.8 ÷ 0.3 = 2.67 (end of period) or 1.1 ÷ 0.3 = 3.67 (up front).
 */
import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../../../src/i18n/index.ts';
import { validateCohortInputs, type ValidCohortInputs } from '../../../../src/lib/clv/cohortInputs.ts';
import { projectCohort } from '../../../../src/lib/clv/cohortProjection.ts';
import { constantRetention, scenarioMultiple } from '../../../../src/lib/clv/scenarioMultiple.ts';
import { resultColumn, resultRowKeys, resultRowLabel } from '../../../../src/lib/clv/scenarioResults.ts';
import { numberFormats } from '../../../../src/lib/text/numberFormats.ts';
import { preciseFormats } from '../../../../src/lib/text/preciseFormats.ts';
import { cohortDefaults, type CohortInputs } from '../../../../src/schemas/cohortInputs.ts';

function valid(inputs: CohortInputs): ValidCohortInputs {
  const checked = validateCohortInputs(inputs);
  if (!checked.ok) throw new Error('test inputs invalid');
  return checked.value;
}

const en = dictionaries.en.lifetimeValue;
const money = preciseFormats('en');
const column = (inputs: CohortInputs, timing: 'endOfPeriod' | 'upFront' = 'endOfPeriod') => {
  const checked = valid(inputs);
  return resultColumn(projectCohort(checked), checked, timing, en, money);
};

describe('resultColumn', () => {
  it('gives the chapter’s figures for scenario A, margin counted at the end of each year', () => {
    expect(column(cohortDefaults)).toEqual({
      clvHorizon: 'CN¥255.63',
      clvNet: 'CN¥105.63',
      clvToCac: '1.70',
      payback: 'in year 3',
      multiple: '2.67',
      clvLifetime: 'CN¥266.67',
    });
  });

  it('switches only the infinite-horizon rows to the up-front convention', () => {
    expect(column(cohortDefaults, 'upFront')).toMatchObject({
      clvHorizon: 'CN¥255.63',
      multiple: '3.67',
      clvLifetime: 'CN¥366.67',
    });
  });

  it('says n/a where a figure does not exist: no CAC to divide by, retention that varies by year', () => {
    // 60 % then 80 %: no single rate for the formula. Per customer acquired, year 1 earns
    // 0.6 × 100 ÷ 1.1 = 54.545, year 2 0.48 × 100 ÷ 1.21 = 39.669: 94.21 in all.
    const varying = column({ ...cohortDefaults, retention: [0.6, 0.8], acquisitionCost: 0, horizonYears: 2 });
    expect(varying).toEqual({
      clvHorizon: 'CN¥94.21',
      clvNet: 'CN¥94.21',
      clvToCac: 'n/a',
      payback: 'in year 1',
      multiple: 'n/a',
      clvLifetime: 'n/a',
    });
  });

  it('says when the acquisition cost is not earned back within the horizon', () => {
    // Two years earn 72.73 + 52.89 = 125.62 < 150.
    expect(column({ ...cohortDefaults, horizonYears: 2 }).payback).toBe('not within 2 years');
  });
});

describe('resultRowLabel', () => {
  const formats = numberFormats('en');
  it('names the shared horizon, or N when the scenarios’ horizons differ', () => {
    expect(resultRowLabel('clvHorizon', { a: 10, b: 10 }, en.rows, formats)).toBe('Value over 10 years');
    expect(resultRowLabel('clvNet', { a: 3, b: 10 }, en.rows, formats)).toBe(
      'Value over N years minus acquisition cost',
    );
    expect(resultRowLabel('payback', { a: 3, b: 10 }, en.rows, formats)).toBe('Payback year');
  });

  it('has a label for every row, in both languages', () => {
    for (const rows of [en.rows, dictionaries['zh-cn'].lifetimeValue.rows]) {
      for (const row of resultRowKeys) expect(resultRowLabel(row, { a: 5, b: 5 }, rows, formats)).not.toMatch(/[{}]/);
    }
  });
});

describe('the infinite-horizon multiple of a scenario', () => {
  it('needs one rate for every year', () => {
    expect(constantRetention({ retention: [0.8, 0.8, 0.8] })).toBe(0.8);
    expect(constantRetention({ retention: [0.8, 0.85] })).toBeNull();
    expect(constantRetention({ retention: [] })).toBeNull();
  });

  it('is r ÷ (1 + d − r) at the end of the period and (1 + d) ÷ (1 + d − r) up front', () => {
    const a = valid(cohortDefaults);
    expect(scenarioMultiple('endOfPeriod', a)).toBeCloseTo(0.8 / 0.3, 12);
    expect(scenarioMultiple('upFront', a)).toBeCloseTo(1.1 / 0.3, 12);
    expect(scenarioMultiple('upFront', valid({ ...cohortDefaults, retention: [0.7, 0.8] }))).toBeNull();
  });
});
