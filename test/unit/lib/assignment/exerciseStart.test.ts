/**
 * A widget exercise's starting point: what an instructor types becomes settings, the settings a
 * query, and the query opens the widget there — checked against the lifetime-value calculator's own
 * link reader, which was written before starts existed, so the round trip is not the code agreeing
 * with itself.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  startSearch,
  unfitSetting,
  withSearch,
  type StartField,
} from '../../../../src/lib/assignment/exerciseStart.ts';
import { readStartTexts, settingFits, startTexts } from '../../../../src/lib/assignment/startForm.ts';
import { clvStartFields } from '../../../../src/lib/clv/clvStart.ts';
import { readScenarioLink, type ScenarioPair } from '../../../../src/lib/clv/scenarioUrl.ts';
import { cohortDefaults } from '../../../../src/schemas/cohortInputs.ts';

const defaults: ScenarioPair = { a: cohortDefaults, b: { ...cohortDefaults, retention: 0.85 } };

describe('the lifetime-value calculator opened at an instructor’s start', () => {
  it('shows the typed values: 70 % retention, 12 % discount rate in A, 40 customers in B, up-front margins', () => {
    const reading = readStartTexts(clvStartFields, { 'a-r': '70', 'a-d': '12%', 'b-n': '40', timing: 'upFront' });
    expect(reading).toEqual({ ok: true, settings: { 'a-r': 0.7, 'a-d': 0.12, 'b-n': 40, timing: 'upFront' } });
    if (!reading.ok) return;
    const search = startSearch(clvStartFields, reading.settings);
    expect(search).toBe('a.r=0.7&a.d=0.12&b.n=40&timing=upFront');
    const opened = readScenarioLink(search, defaults);
    expect(opened.timing).toBe('upFront');
    expect(opened.linked?.problems).toEqual([]);
    expect(opened.linked?.scenarios.a).toEqual({ ...cohortDefaults, retention: 0.7, discountRate: 0.12 });
    expect(opened.linked?.scenarios.b).toEqual({ ...cohortDefaults, retention: 0.85, startingCustomers: 40 });
  });

  it('opens any start the form accepts with no problem and exactly those values', () => {
    const numberFields = clvStartFields.filter((field) => 'number' in field);
    const settingsArbitrary = fc.record(
      Object.fromEntries(
        numberFields.map((field) => {
          const { min, max, whole, aboveMin } = field.number;
          const value = whole
            ? fc.integer({ min, max })
            : fc
                .double({ min, max, noNaN: true, noDefaultInfinity: true })
                .filter((x) => !aboveMin || x > min)
                // A link writes −0 as 0, which is the same number to the model.
                .map((x) => x + 0);
          return [field.key, value];
        }),
      ),
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(settingsArbitrary, (drawn) => {
        const settings = drawn as Record<string, number>;
        expect(unfitSetting(clvStartFields, settings)).toBeNull();
        for (const field of clvStartFields)
          if (settings[field.key] !== undefined) expect(settingFits(field, settings[field.key])).toBe(true);
        const opened = readScenarioLink(startSearch(clvStartFields, settings), defaults);
        if (Object.keys(settings).length === 0) return;
        expect(opened.linked?.problems).toEqual([]);
        for (const [key, value] of Object.entries(settings)) {
          const [scenario, parameter] = key.split('-') as ['a' | 'b', string];
          const field = {
            n: 'startingCustomers',
            r: 'retention',
            m: 'marginPerCustomer',
            g: 'marginGrowth',
            d: 'discountRate',
            cac: 'acquisitionCost',
            h: 'horizonYears',
          }[parameter] as keyof typeof cohortDefaults;
          expect(opened.linked?.scenarios[scenario][field]).toBe(value);
        }
      }),
    );
  });
});

const fields: StartField[] = [
  { key: 'servers', param: 'q.servers', number: { min: 1, max: 20, whole: true } },
  { key: 'share', param: 'q.share', number: { min: 0, max: 1, percent: true } },
  { key: 'layout', param: 'q.layout', choices: ['single', 'perServer'] },
];

describe('a start as the instructor types it', () => {
  it('leaves empty fields to the widget and reads the rest as a student’s form would', () => {
    expect(readStartTexts(fields, { servers: ' ', share: '', layout: '' })).toEqual({ ok: true, settings: {} });
    expect(readStartTexts(fields, { servers: '3', share: '7.5', layout: 'perServer' })).toEqual({
      ok: true,
      settings: { servers: 3, share: 0.075, layout: 'perServer' },
    });
  });

  it('names each field it cannot use, with the limit broken', () => {
    expect(readStartTexts(fields, { servers: '21', share: 'half' })).toEqual({
      ok: false,
      problems: { servers: { code: 'aboveMax', max: 20 }, share: { code: 'notANumber' } },
    });
  });

  it('shows stored settings as they were typed, percent in percent', () => {
    expect(startTexts(fields, { servers: 3, share: 0.07, layout: 'single' })).toEqual({
      servers: '3',
      share: '7',
      layout: 'single',
    });
  });
});

describe('the address that opens a widget at its start', () => {
  it('puts the query before the fragment, in the fields’ order, and leaves an address alone when nothing is set', () => {
    const search = startSearch(fields, { layout: 'single', servers: 3 });
    expect(search).toBe('q.servers=3&q.layout=single');
    expect(withSearch('/en/chapters/06-waiting/#queue', search)).toBe(
      '/en/chapters/06-waiting/?q.servers=3&q.layout=single#queue',
    );
    expect(withSearch('/ch/?x=1#w', 'q.servers=3')).toBe('/ch/?x=1&q.servers=3#w');
    expect(withSearch('/ch/', 'q.servers=3')).toBe('/ch/?q.servers=3');
    expect(withSearch('/ch/#w', startSearch(fields, {}))).toBe('/ch/#w');
  });

  it('finds a setting a widget does not take or of the wrong kind, leaving bounds to the widget', () => {
    expect(unfitSetting(fields, { servers: 20, share: 1, layout: 'single' })).toBeNull();
    expect(unfitSetting(fields, { servers: 0 })).toBeNull();
    expect(unfitSetting(fields, { share: '0.5' })).toBe('share');
    expect(unfitSetting(fields, { servers: true })).toBe('servers');
    expect(unfitSetting(fields, { layout: 'zigzag' })).toBe('layout');
    expect(unfitSetting(fields, { seed: 7 })).toBe('seed');
  });

  it('holds the instructor’s form to the bounds the widget holds a student to', () => {
    const [servers, share, layout] = fields as [StartField, StartField, StartField];
    expect(settingFits(servers, 20)).toBe(true);
    expect(settingFits(servers, 0)).toBe(false);
    expect(settingFits(servers, 2.5)).toBe(false);
    expect(settingFits(share, 1.01)).toBe(false);
    expect(settingFits(layout, 'perServer')).toBe(true);
    expect(settingFits(layout, 3)).toBe(false);
  });
});
