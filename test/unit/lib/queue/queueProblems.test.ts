/** The queue simulator's problem messages: the shared sentences with each field's label and limit. */
import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../../../src/i18n/index.ts';
import { limitFormats } from '../../../../src/lib/form/fieldProblemText.ts';
import { factorLabels } from '../../../../src/lib/queue/factorLabel.ts';
import { findQueuePreset } from '../../../../src/lib/queue/presets.ts';
import { queueFormats } from '../../../../src/lib/queue/queueFormats.ts';
import { queueProblemTexts } from '../../../../src/lib/queue/queueProblems.ts';
import { leverViews } from '../../../../src/lib/queue/sceneText.ts';
import { queueText } from './queueText.ts';
import {
  formFromPreset,
  readSimulatorForm,
  readWaitForm,
  waitFormFromPreset,
} from '../../../../src/lib/queue/simulatorForm.ts';

const hotline = findQueuePreset('telecom-hotline');

function texts(locale: 'en' | 'zh-cn', change: { form?: object; wait?: object; factors?: object }) {
  const levers = leverViews(locale, queueText);
  const strings = dictionaries[locale];
  const waitForm = waitFormFromPreset(hotline, levers);
  const tag = locale === 'en' ? 'en' : 'zh-CN';
  return queueProblemTexts(
    {
      form: readSimulatorForm({ ...formFromPreset(hotline), ...change.form }),
      wait: readWaitForm({ ...waitForm, ...change.wait, factors: { ...waitForm.factors, ...change.factors } }, levers),
    },
    {
      fields: strings.queueSimulator.fields,
      factors: factorLabels(levers, strings.queueSimulator.assumptions.factorLabel, queueFormats(tag)),
    },
    strings.form.problems,
    limitFormats(tag),
  );
}

describe('queueProblemTexts', () => {
  it('has nothing to say about a preset as it comes', () => {
    expect(texts('en', {})).toEqual({ fields: {}, factors: {}, first: undefined });
  });

  it('words each problem with its label and limit, the smallest rate with all its decimals', () => {
    const problems = texts('en', {
      form: { servers: '0', customers: 'lots', ratePerMinute: '0', meanServiceMinutes: '5,5' },
    });
    expect(problems.fields).toEqual({
      ratePerMinute: '“Customers arriving per minute, on average” cannot be less than 0.0001.',
      servers: '“Servers” cannot be less than 1.',
      meanServiceMinutes:
        '“Mean service time (minutes)”: use a point for decimals, for example 5.5; a comma only separates thousands, as in 1,000.',
      customers: '“Customers to simulate” must be a number, for example 12.5.',
    });
    // The first to fix is the first the form shows.
    expect(problems.first).toBe(problems.fields.ratePerMinute);
  });

  it('groups a large limit as the page’s language does', () => {
    expect(texts('zh-cn', { form: { customers: '300000' } }).fields.customers).toBe(
      '“模拟的顾客人数”不能大于 200,000。',
    );
    expect(texts('en', { form: { seed: '4294967296' } }).fields.seed).toBe(
      '“Random seed” cannot be more than 4,294,967,295.',
    );
  });

  it('names a factor by its lever and bounds, and puts the form’s fields and the tolerance before it', () => {
    const problems = texts('en', { wait: { toleranceMinutes: '0' }, factors: { unoccupied: '5' } });
    expect(problems.fields).toEqual({ toleranceMinutes: '“Wait customers accept (minutes)” must be more than 0.' });
    expect(problems.factors).toEqual({
      unoccupied: '“Factor for “Nothing to do while waiting” (1–1.6)” cannot be more than 1.6.',
    });
    expect(problems.first).toBe(problems.fields.toleranceMinutes);
    expect(texts('zh-cn', { factors: { anxious: '' } }).first).toBe(
      '请填写““顾客焦虑（担心结果或被遗忘）”的系数（1–1.8）”。',
    );
  });
});
