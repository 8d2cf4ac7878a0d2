/**
 * The sentence comparing A and B, against figures worked by hand: at m = 100, d = 10 %, ten years,
 * 100 · Σ (0.8/1.1)^t = 255.627… and 100 · Σ (0.85/1.1)^t = 314.193…, a gap of 58.565… (22.9 % of A,
 * 18.6 % of B); both pass the CAC of 150 in year 3 (A: 164.09, B: 183.12 after three years).
 */
import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../../../src/i18n/index.ts';
import { validateCohortInputs, type ValidCohortInputs } from '../../../../src/lib/clv/cohortInputs.ts';
import { projectCohort } from '../../../../src/lib/clv/cohortProjection.ts';
import { scenarioSummary } from '../../../../src/lib/clv/scenarioSummary.ts';
import { numberFormats } from '../../../../src/lib/text/numberFormats.ts';
import { preciseFormats } from '../../../../src/lib/text/preciseFormats.ts';
import { cohortDefaults, type CohortInputs } from '../../../../src/schemas/cohortInputs.ts';

function valid(inputs: CohortInputs): ValidCohortInputs {
  const checked = validateCohortInputs(inputs);
  if (!checked.ok) throw new Error('test inputs invalid');
  return checked.value;
}

function summary(a: CohortInputs, b: CohortInputs, locale: 'en' | 'zh-cn' = 'en') {
  const tag = locale === 'en' ? 'en' : 'zh-CN';
  const inputs = { a: valid(a), b: valid(b) };
  const projections = { a: projectCohort(inputs.a), b: projectCohort(inputs.b) };
  return scenarioSummary(
    projections,
    inputs,
    dictionaries[locale].lifetimeValue,
    preciseFormats(tag),
    numberFormats(tag).percent,
  );
}

const eightyFive = { ...cohortDefaults, retention: 0.85 };

describe('scenarioSummary', () => {
  it('spells out the chapter’s example in English', () => {
    expect(summary(cohortDefaults, eightyFive)).toBe(
      'Per customer acquired, scenario B is worth CN¥314.19 and scenario A CN¥255.63 over their horizons: ' +
        'B is worth CN¥58.57 (22.9%) more. Acquisition cost is paid back: A in year 3, B in year 3.',
    );
  });

  it('spells out the same in Chinese', () => {
    expect(summary(cohortDefaults, eightyFive, 'zh-cn')).toBe(
      '按每位获取客户计算，情景 B 在其年限内值 ¥314.19，情景 A 值 ¥255.63：B 比 A 多 ¥58.57（高 22.9%）。' +
        '回收年：情景 A 第 3 年，情景 B 第 3 年。',
    );
  });

  it('says "less" with B’s shortfall as a share of A', () => {
    // 58.565 ÷ 314.193 = 18.6 %
    expect(summary(eightyFive, cohortDefaults)).toContain('B is worth CN¥58.57 (18.6%) less.');
  });

  it('calls scenarios equal to the cent equal', () => {
    expect(summary(cohortDefaults, { ...cohortDefaults })).toBe(
      'Per customer acquired, scenarios A and B are worth the same: CN¥255.63. ' +
        'Acquisition cost is paid back: A in year 3, B in year 3.',
    );
  });

  it('gives no share when A is worth nothing, and says when a cost is never paid back', () => {
    // No customer stays past year 0: A earns nothing and never pays back its CAC of 150.
    expect(summary({ ...cohortDefaults, retention: 0 }, eightyFive)).toBe(
      'Per customer acquired, scenario B is worth CN¥314.19 and scenario A CN¥0.00 over their horizons: ' +
        'B is worth CN¥314.19 more. Acquisition cost is paid back: A not within 10 years, B in year 3.',
    );
  });
});
