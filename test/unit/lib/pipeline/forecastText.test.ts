/**
 * The forecast's sentences for the chapter's sample at its defaults, in both languages, against the
 * hand-worked values of pipelineForecast.test.ts: weighted ¥1,768,000, pipeline ¥2,650,000,
 * coverage 2,650,000 ÷ 1,800,000 = 1.472… → 1.47 and 1,768,000 ÷ 1,800,000 = 0.982… → 0.98,
 * P10/P50/P90 ¥850,000 / ¥1,710,000 / ¥2,310,000, P(reaching the quota) 0.4764 → 47.6 %.
 */
import { describe, expect, it } from 'vitest';
import { samplePipelineIn } from '../../../../src/data/samplePipeline.ts';
import { dictionaries } from '../../../../src/i18n/index.ts';
import { forecastText } from '../../../../src/lib/pipeline/forecastText.ts';
import { pipelineForecast } from '../../../../src/lib/pipeline/pipelineForecast.ts';
import { pipelineFormats } from '../../../../src/lib/pipeline/pipelineFormats.ts';
import { pipelineDefaults } from '../../../../src/schemas/pipelineFields.ts';

const reading = pipelineForecast(samplePipelineIn('en'), pipelineDefaults, pipelineDefaults.quota);
if (!reading.ok) throw new Error('the sample must forecast');

describe('forecastText', () => {
  it('words the sample in English', () => {
    const text = forecastText(reading.forecast, dictionaries.en.pipeline, pipelineFormats('en'));
    expect(text.weighted).toBe(
      'Weighted pipeline (each deal’s amount × its stage’s win probability, added up): CN¥1,768,000.',
    );
    expect(text.coverage).toBe(
      'The pipeline (every deal not lost, won ones included) is CN¥2,650,000: 1.47 × the CN¥1,800,000 quota; the weighted pipeline is 0.98 × the quota.',
    );
    expect(text.spread).toContain('CN¥850,000 or less (P10)');
    expect(text.spread).toContain('CN¥1,710,000 or less (P50)');
    expect(text.spread).toContain('more than CN¥2,310,000 (P90)');
    expect(text.announce).toBe(
      'Weighted pipeline CN¥1,768,000, P50 CN¥1,710,000, P90 CN¥2,310,000, chance of reaching the quota 47.6%.',
    );
  });

  it('words the sample in Chinese', () => {
    const text = forecastText(reading.forecast, dictionaries['zh-cn'].pipeline, pipelineFormats('zh-CN'));
    expect(text.weighted).toBe('加权管道（每个商机的金额 × 赢单概率，再相加）为 ¥1,768,000。');
    expect(text.coverage).toContain('为 ¥2,650,000，是配额 ¥1,800,000 的 1.47 倍；加权管道是配额的 0.98 倍。');
    expect(text.announce).toBe('加权管道 ¥1,768,000，P50 为 ¥1,710,000，P90 为 ¥2,310,000，达到配额的概率为 47.6%。');
  });

  it('names months in each language', () => {
    expect(pipelineFormats('en').month(7)).toBe('July');
    expect(pipelineFormats('zh-CN').month(9)).toBe('9月');
  });
});
