/**
 * The queue simulator's words about a setting and a run: the load note, the finished-run
 * announcement, the factor labels, the day profile and the settings the comparison lists, each
 * with figures worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../../../src/i18n/index.ts';
import { factorLabel, factorLabels } from '../../../../src/lib/queue/factorLabel.ts';
import { loadNote } from '../../../../src/lib/queue/loadNote.ts';
import { findQueuePreset } from '../../../../src/lib/queue/presets.ts';
import { queueFormats } from '../../../../src/lib/queue/queueFormats.ts';
import { runAnnouncement } from '../../../../src/lib/queue/runAnnouncement.ts';
import { leverViews } from '../../../../src/lib/queue/sceneText.ts';
import { queueText } from './queueText.ts';
import { profileText, settingsShown } from '../../../../src/lib/queue/settingsShown.ts';
import { validConfig } from './validConfig.ts';

const en = dictionaries.en.queueSimulator;
const zh = dictionaries['zh-cn'].queueSimulator;
const enFormats = queueFormats('en');
const zhFormats = queueFormats('zh-CN');

describe('the load note', () => {
  it('gives ρ to two decimals: the hotline’s 1.9 × 4 ÷ 8 = 0.95', () => {
    expect(loadNote(validConfig(findQueuePreset('telecom-hotline').config), en, enFormats)).toEqual({
      text: 'Load per server ρ = 0.95.',
      overloaded: false,
    });
  });

  it('adds the busiest spell of a day: the park’s (60 × 8 + 180 × 11 + 120 × 9) ÷ 360 × 0.1 = 0.98, at noon 11 × 0.1 = 1.1', () => {
    expect(loadNote(validConfig(findQueuePreset('theme-park-ride').config), zh, zhFormats).text).toBe(
      '每台服务台的负荷 ρ = 0.98。 一天中最忙的时段 ρ = 1.1。',
    );
  });

  it('warns when the servers cannot keep up: 3 a minute × 1 minute ÷ 2 servers = 1.5', () => {
    const note = loadNote(
      validConfig({
        servers: 2,
        arrivals: { kind: 'poisson', ratePerMinute: 3 },
        service: { kind: 'exponential', meanMinutes: 1 },
      }),
      en,
      enFormats,
    );
    expect(note.overloaded).toBe(true);
    expect(note.text).toMatch(/^Load per server ρ = 1\.5, 1 or more: the servers cannot keep up/);
  });
});

describe('the finished-run announcement', () => {
  it('rounds the waits to one decimal and the share to a percentage', () => {
    const summary = { actualWait: { mean: 1.04 }, perceivedWait: { mean: 1.5912 }, shareOverTolerance: 0.2345 };
    expect(runAnnouncement(summary as never, en.announce, enFormats)).toBe(
      'Simulation finished: mean wait 1 minutes actual, 1.6 perceived; 23.5% of customers in line felt they waited longer than they accept.',
    );
    // Nobody served: no wait to report, read as zero.
    expect(
      runAnnouncement({ actualWait: null, perceivedWait: null, shareOverTolerance: 0 }, zh.announce, zhFormats),
    ).toBe('模拟完成：平均实际等待 0 分钟，感知 0 分钟；0% 的排队顾客感知等待超过可接受时间。');
  });
});

describe('factor labels', () => {
  it('name the lever and its bounds', () => {
    const levers = leverViews('en', queueText);
    const unoccupied = levers.find((lever) => lever.id === 'unoccupied')!;
    expect(factorLabel(unoccupied, en.assumptions.factorLabel, enFormats)).toBe(
      'Factor for “Nothing to do while waiting” (1–1.6)',
    );
    expect(factorLabels(levers, en.assumptions.factorLabel, enFormats).unfair).toMatch(/\(1–2\)$/);
  });
});

describe('the settings a run is compared by', () => {
  it('words a day profile spell by spell', () => {
    const segments = [
      { minutes: 60, ratePerMinute: 1 },
      { minutes: 90, ratePerMinute: 1.8 },
    ];
    expect(profileText(segments, en, enFormats)).toBe('1 a minute for 60 minutes; 1.8 a minute for 90 minutes');
    expect(profileText(segments, zh, zhFormats)).toBe('60 分钟内每分钟 1 位；90 分钟内每分钟 1.8 位');
  });

  it('lists every setting of the hotline as the reader saw it', () => {
    const hotline = findQueuePreset('telecom-hotline');
    const levers = leverViews('en', queueText);
    const shown = settingsShown(validConfig(hotline.config), hotline.wait, 'The hotline', levers, en, enFormats);
    const value = (key: string) => shown.find((setting) => setting.key === key)?.value;
    expect(value('preset')).toBe('The hotline');
    expect(value('arrivals')).toBe('A steady rate (random arrivals) (1.9)');
    expect(value('servers')).toBe('8');
    expect(value('meanService')).toBe('4');
    expect(value('layout')).toBe(en.layouts.single);
    expect(value('balking')).toBe('off');
    expect(value('reneging')).toBe('3');
    expect(value('customers')).toBe('5,000');
    // A seed is an identifier: never grouped.
    expect(value('seed')).toBe('10086');
    expect(value('tolerance')).toBe('2');
    expect(value('cv')).toBeUndefined();
    expect(value('lever-unoccupied')).toBe('on');
    expect(value('lever-anxious')).toBe('off');
    // "unfair" is measured, never switched: only its factor is listed.
    expect(value('lever-unfair')).toBeUndefined();
    expect(value('factor-unoccupied')).toBe('1.15');
    expect(shown.find((setting) => setting.key === 'factor-unoccupied')?.label).toBe(
      'Factor for “Nothing to do while waiting” (1–1.6)',
    );
    // 11 settings, 9 switches and 10 factors.
    expect(shown).toHaveLength(30);
  });

  it('adds the spread of a lognormal service, to two decimals, and a changed factor', () => {
    const bank = findQueuePreset('bank-lunch');
    const setting = { ...bank.wait, factors: { solo: 1.25 } };
    const shown = settingsShown(
      validConfig(bank.config),
      setting,
      'Bank',
      leverViews('zh-cn', queueText),
      zh,
      zhFormats,
    );
    const value = (key: string) => shown.find((entry) => entry.key === key)?.value;
    expect(value('cv')).toBe('0.6');
    expect(value('balking')).toBe('8');
    expect(value('factor-solo')).toBe('1.25');
    expect(value('arrivals')).toBe(
      '按场景的时段变化：60 分钟内每分钟 1 位；90 分钟内每分钟 1.8 位；60 分钟内每分钟 0.9 位',
    );
  });
});
