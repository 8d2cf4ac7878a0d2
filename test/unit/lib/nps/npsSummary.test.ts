/** The calculator's sentences for the example, with the figures worked by hand in npsEstimate.test.ts. */
import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../../../src/i18n/index.ts';
import { compareNps } from '../../../../src/lib/nps/npsComparison.ts';
import { estimateNps, type NpsEstimate } from '../../../../src/lib/nps/npsEstimate.ts';
import { npsFormats } from '../../../../src/lib/nps/npsFormats.ts';
import type { NpsCounts } from '../../../../src/lib/nps/npsGroups.ts';
import { comparisonSummary, sampleSummary } from '../../../../src/lib/nps/npsSummary.ts';

function estimate(counts: NpsCounts): NpsEstimate {
  const read = estimateNps(counts);
  if (!read.ok) throw new Error(read.problem.code);
  return read.estimate;
}

const a = estimate({ promoters: 42, passives: 22, detractors: 16 });
const b = estimate({ promoters: 36, passives: 24, detractors: 20 });

describe('sampleSummary', () => {
  it('works sample A out in English: +32.5, +15.3 to +49.7, SE 8.8, 952 for ±5', () => {
    expect(sampleSummary(a, 'Sample A', dictionaries.en.nps, npsFormats('en'))).toEqual({
      result:
        'Sample A: NPS = 52.5% − 20% = +32.5 (80 respondents). 95% interval (Wald): +15.3 to +49.7, standard error 8.8 points.',
      notes: ['With these shares, about 952 respondents would narrow the interval to ±5 points.'],
    });
  });

  it('works sample B out in Chinese', () => {
    expect(sampleSummary(b, '样本乙', dictionaries['zh-cn'].nps, npsFormats('zh-CN'))).toEqual({
      result: '样本乙：NPS = 45% − 25% = +20（80 位受访者）。95% 区间（Wald 法）：+2.2 至 +37.8，标准误 9.1 分。',
      notes: ['按现在的比例，大约需要 1,015 位受访者，才能把区间缩小到 ±5 分。'],
    });
  });

  it('warns about a small sample and an empty group', () => {
    const small = estimate({ promoters: 7, passives: 0, detractors: 3 });
    // 7 / 0 / 3 of 10: NPS = 70 − 30 = +40; V = 1 − 0.4² = 0.84; SE = √0.084 = 0.289828 → 29.0;
    // 1.96 × 28.9828 = 56.806 → −16.8 to +96.8.
    const { result, notes } = sampleSummary(small, 'Sample A', dictionaries.en.nps, npsFormats('en'));
    expect(result).toContain('= +40 (10 respondents). 95% interval (Wald): −16.8 to +96.8, standard error 29 points.');
    expect(notes[0]).toBe(
      'With only 10 respondents this interval is rough: at least 30 respondents are needed before it means much.',
    );
    expect(notes[1]).toMatch(/^No passives in the sample: /);
    const none = estimate({ promoters: 5, passives: 0, detractors: 0 });
    expect(sampleSummary(none, '样本甲', dictionaries['zh-cn'].nps, npsFormats('zh-CN')).notes[1]).toMatch(
      /^样本中没有被动者或贬损者：/,
    );
  });
});

it('speaks of one respondent in the singular where English has one', () => {
  const one = estimate({ promoters: 1, passives: 0, detractors: 0 });
  const { result, notes } = sampleSummary(one, 'Sample A', dictionaries.en.nps, npsFormats('en'));
  expect(result).toMatch(/^Sample A: NPS = 100% − 0% = \+100 \(1 respondent\)\./);
  expect(notes[0]).toMatch(/^With only 1 respondent this interval is rough/);
});

describe('comparisonSummary', () => {
  it('says the example’s gap could be chance, in both languages', () => {
    // 12.5 ± 24.786 → −12.3 to +37.3, SE 12.6 (npsEstimate.test.ts).
    expect(
      comparisonSummary(
        compareNps(a, b),
        { first: 'Sample A', second: 'Sample B' },
        dictionaries.en.nps,
        npsFormats('en'),
      ),
    ).toBe(
      'Sample A minus Sample B: +12.5 points; 95% interval of the difference: −12.3 to +37.3 (standard error 12.6 points). ' +
        'The interval includes 0, so a gap this size could be chance: these two samples cannot tell the scores apart.',
    );
    expect(
      comparisonSummary(
        compareNps(a, b),
        { first: '样本甲', second: '样本乙' },
        dictionaries['zh-cn'].nps,
        npsFormats('zh-CN'),
      ),
    ).toBe(
      '样本甲减样本乙：+12.5 分；差值的 95% 区间为 −12.3 至 +37.3（标准误 12.6 分）。区间包含 0：这么大的差距可能只是抽样的偶然，凭这两个样本分不出高下。',
    );
  });

  it('names the higher sample when the interval leaves out 0', () => {
    const high = estimate({ promoters: 240, passives: 100, detractors: 60 });
    const low = estimate({ promoters: 160, passives: 120, detractors: 120 });
    const names = { first: 'Sample A', second: 'Sample B' };
    expect(comparisonSummary(compareNps(low, high), names, dictionaries.en.nps, npsFormats('en'))).toContain(
      'The interval lies below 0: Sample B scores higher',
    );
  });
});
