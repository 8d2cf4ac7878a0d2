import { describe, expect, it } from 'vitest';
import { queuePresets } from '../../../../src/lib/queue/presets.ts';
import { calibrationView, leverViews, presetViews } from '../../../../src/lib/queue/sceneText.ts';
import { queueText } from './queueText.ts';

describe('the scene text handed to the page', () => {
  it('keeps each preset and lever whole, with its words in the one language asked for', () => {
    const english = presetViews('en', queueText);
    expect(english.map((preset) => preset.id)).toEqual(queuePresets.map((preset) => preset.id));
    expect(english[0]!.question).toBe(queueText.presets['bank-lunch'].question.en);
    expect(english[0]!.config).toBe(queuePresets[0]!.config);
    const chinese = leverViews('zh-cn', queueText);
    expect(chinese.find((lever) => lever.id === 'uncertain')).toMatchObject({
      label: '不知道还要等多久',
      defaultFactor: 1.1,
      illustrative: true,
    });
    expect(JSON.stringify(chinese)).not.toMatch(/No idea how much longer/);
    expect(calibrationView('en', queueText).context).toMatch(/40%/);
  });
});
