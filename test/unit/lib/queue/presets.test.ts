import { describe, expect, it } from 'vitest';
import { assessWaitExperience, validateWaitSetting } from '../../../../src/lib/queue/perceivedWait.ts';
import { findQueuePreset, queuePresets } from '../../../../src/lib/queue/presets.ts';
import { validateQueueConfig } from '../../../../src/lib/queue/queueConfig.ts';
import { simulate } from '../../../../src/lib/queue/queueSimulation.ts';
import { queueText } from './queueText.ts';

describe('queue presets', () => {
  it('offers the four exercises the chapters refer to', () => {
    expect(queuePresets.map((preset) => preset.id)).toEqual([
      'bank-lunch',
      'outpatient-clinic',
      'theme-park-ride',
      'telecom-hotline',
    ]);
    expect(findQueuePreset('telecom-hotline').config.servers).toBe(8);
  });

  it.each(queuePresets.map((preset) => [preset.id, preset] as const))(
    '%s validates, runs and asks its question in both languages',
    (_id, preset) => {
      const { title, setting, question } = queueText.presets[preset.id];
      for (const text of [title, setting, question]) {
        expect(text['zh-cn']).toMatch(/[\u4e00-\u9fff]/);
        expect(text.en).toMatch(/^[A-Z]/);
      }
      expect(question['zh-cn']).toMatch(/？/);
      expect(question.en).toMatch(/\?/);
      expect(validateWaitSetting(preset.wait)).toEqual([]);
      const validation = validateQueueConfig(preset.config);
      expect(validation.ok ? [] : validation.problems).toEqual([]);
      if (!validation.ok) return;
      const result = simulate(validation.config);
      expect(result.done).toBe(true);
      expect(result.served).toBeGreaterThan(100);
      const experience = assessWaitExperience(result.customers, preset.wait, result.minutes);
      // An exercise is only worth doing if some customers are unhappy with the wait, but not all.
      expect(experience.shareOverTolerance).toBeGreaterThan(0);
      expect(experience.shareOverTolerance).toBeLessThan(0.6);
    },
  );

  it('bank at lunchtime: one serpentine line removes the overtaking the four lines cause', () => {
    const preset = findQueuePreset('bank-lunch');
    const perServer = validateQueueConfig(preset.config);
    const single = validateQueueConfig({ ...preset.config, layout: 'single' });
    if (!perServer.ok || !single.ok) throw new Error('invalid preset');
    expect(simulate(perServer.config).overtakes).toBeGreaterThan(0);
    expect(simulate(single.config).overtakes).toBe(0);
  });
});
