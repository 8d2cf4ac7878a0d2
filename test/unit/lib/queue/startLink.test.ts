import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startSearch } from '../../../../src/lib/assignment/exerciseStart.ts';
import { readStartTexts } from '../../../../src/lib/assignment/startForm.ts';
import { findQueuePreset, queuePresets } from '../../../../src/lib/queue/presets.ts';
import { formFromPreset, readSimulatorForm } from '../../../../src/lib/queue/simulatorForm.ts';
import { queueStartFields, readQueueStart } from '../../../../src/lib/queue/startLink.ts';

const read = (search: string) => readQueueStart(search, queuePresets);

/** The start a link gives, or a failed test when the link was taken for no link at all. */
function startOf(search: string) {
  const start = read(search);
  if (!start) throw new Error(`no start read from ${search}`);
  return start;
}

describe('the queue simulator’s start fields', () => {
  it('are the scene, the layout, servers, rate and service, under queue.* parameters, in that order', () => {
    expect(queueStartFields.map((field) => [field.key, field.param])).toEqual([
      ['preset', 'queue.preset'],
      ['layout', 'queue.layout'],
      ['servers', 'queue.servers'],
      ['ratePerMinute', 'queue.rate'],
      ['meanServiceMinutes', 'queue.service'],
    ]);
    expect(queueStartFields[0].choices).toEqual([
      'bank-lunch',
      'outpatient-clinic',
      'theme-park-ride',
      'telecom-hotline',
    ]);
    expect(queueStartFields[1].choices).toEqual(['single', 'perServer']);
  });

  it('hold a start to the form’s own limits: 1 to 20 whole servers, a rate above 0, a service time above 0', () => {
    // As the instructor's form reads them.
    expect(
      readStartTexts(queueStartFields, { preset: 'telecom-hotline', servers: '20', ratePerMinute: '1000' }),
    ).toEqual({
      ok: true,
      settings: { preset: 'telecom-hotline', servers: 20, ratePerMinute: 1000 },
    });
    expect(readStartTexts(queueStartFields, { servers: '21', ratePerMinute: '0', meanServiceMinutes: '0' })).toEqual({
      ok: false,
      problems: {
        servers: { code: 'aboveMax', max: 20 },
        ratePerMinute: { code: 'belowMin', min: 0.0001 },
        meanServiceMinutes: { code: 'notAboveMin', min: 0 },
      },
    });
    expect(readStartTexts(queueStartFields, { servers: '2.5' })).toEqual({
      ok: false,
      problems: { servers: { code: 'notWhole' } },
    });
  });

  it('write the link in their own order, whatever order the settings came in', () => {
    expect(startSearch(queueStartFields, { servers: 10, layout: 'perServer', preset: 'telecom-hotline' })).toBe(
      'queue.preset=telecom-hotline&queue.layout=perServer&queue.servers=10',
    );
  });
});

describe('reading a queue start from the address', () => {
  it('gives nothing when no queue.* setting is named, so the widget keeps its first scene', () => {
    expect(read('')).toBeNull();
    expect(read('?a.r=0.8&a.d=0.1')).toBeNull();
    expect(read('?queue=telecom-hotline')).toBeNull();
    expect(read('?queues.servers=3')).toBeNull();
  });

  it('opens the hotline with 10 agents: the rest is the hotline’s own (1.9 calls a minute, 4 minutes each, one line)', () => {
    const start = startOf('?queue.preset=telecom-hotline&queue.servers=10');
    expect(start.presetId).toBe('telecom-hotline');
    expect(start.problems).toEqual([]);
    expect(start.form).toMatchObject({
      servers: '10',
      ratePerMinute: '1.9',
      arrivalMode: 'steady',
      meanServiceMinutes: '4',
      layout: 'single',
      serviceKind: 'exponential',
      reneging: true,
      meanPatienceMinutes: '3',
      customers: '5000',
      seed: '10086',
    });
    expect(start.form).toEqual({ ...formFromPreset(findQueuePreset('telecom-hotline')), servers: '10' });
  });

  it('reads the query with or without its "?" and with an encoded dot', () => {
    expect(startOf('queue.preset=outpatient-clinic').presetId).toBe('outpatient-clinic');
    expect(startOf('?queue%2Epreset=outpatient-clinic&queue%2Eservers=6').form.servers).toBe('6');
  });

  it('turns a day of busier spells into a steady stream at the link’s rate: the bank at 2.5 a minute', () => {
    const start = startOf('?queue.rate=2.5');
    // No scene named: the first, the bank at lunchtime, with its four tellers and their own lines.
    expect(start.presetId).toBe('bank-lunch');
    expect(start.problems).toEqual([]);
    expect(start.form).toMatchObject({
      arrivalMode: 'steady',
      ratePerMinute: '2.5',
      servers: '4',
      layout: 'perServer',
    });
    // The day stays on offer: the student may switch back to it.
    expect(start.form.profile).toEqual([
      { minutes: 60, ratePerMinute: 1 },
      { minutes: 90, ratePerMinute: 1.8 },
      { minutes: 60, ratePerMinute: 0.9 },
    ]);
  });

  it('keeps the bank’s day when the link sets no rate', () => {
    const start = startOf('?queue.preset=bank-lunch&queue.service=2');
    expect(start.form).toMatchObject({ arrivalMode: 'profile', meanServiceMinutes: '2' });
  });

  it('sets the layout; an unknown layout is a problem and the scene’s own stays', () => {
    expect(startOf('?queue.preset=telecom-hotline&queue.layout=perServer').form.layout).toBe('perServer');
    const start = startOf('?queue.preset=telecom-hotline&queue.layout=zigzag');
    expect(start.problems).toEqual(['layout']);
    expect(start.form.layout).toBe('single');
  });

  it('refuses 0 servers and keeps the bank’s 4', () => {
    const start = startOf('?queue.servers=0');
    expect(start.problems).toEqual(['servers']);
    expect(start.form.servers).toBe('4');
  });

  it('refuses 2.5 servers: servers are whole', () => {
    const start = startOf('?queue.preset=outpatient-clinic&queue.servers=2.5');
    expect(start.problems).toEqual(['servers']);
    expect(start.form.servers).toBe('5');
  });

  it('opens the first scene when the named one is unknown, and says so', () => {
    const start = startOf('?queue.preset=post-office&queue.servers=3');
    expect(start.presetId).toBe('bank-lunch');
    expect(start.problems).toEqual(['preset']);
    expect(start.form.servers).toBe('3');
  });

  it.each([
    ['1,5', 'a decimal comma'],
    ['1.5%', 'a percent sign'],
    ['１.５', 'full-width digits'],
    ['0x10', 'hexadecimal'],
    ['', 'an empty value'],
    ['abc', 'words'],
    ['Infinity', 'infinity'],
  ])('refuses a rate of "%s" (%s), which a link never holds', (text) => {
    const start = startOf(`?queue.preset=telecom-hotline&queue.rate=${encodeURIComponent(text)}`);
    expect(start.problems).toEqual(['ratePerMinute']);
    expect(start.form.ratePerMinute).toBe('1.9');
  });

  it('reads numbers as JavaScript prints them: 1e1 is 10, 0.0001 the lowest rate, 1440 minutes the longest service', () => {
    expect(startOf('?queue.servers=1e1').form.servers).toBe('10');
    expect(startOf('?queue.rate=0.0001').form.ratePerMinute).toBe('0.0001');
    expect(startOf('?queue.rate=1000').form.ratePerMinute).toBe('1000');
    expect(startOf('?queue.service=1440').form.meanServiceMinutes).toBe('1440');
  });

  it('refuses values beyond the fields’ bounds: 21 servers, a rate of 0 or 1001, no service time, a day and a half', () => {
    expect(startOf('?queue.servers=21').problems).toEqual(['servers']);
    expect(startOf('?queue.rate=0').problems).toEqual(['ratePerMinute']);
    expect(startOf('?queue.rate=1001').problems).toEqual(['ratePerMinute']);
    expect(startOf('?queue.service=0').problems).toEqual(['meanServiceMinutes']);
    expect(startOf('?queue.service=2160').problems).toEqual(['meanServiceMinutes']);
  });

  it('lists every unusable setting in the fields’ order and opens the first scene as it is', () => {
    const start = startOf('?queue.service=-1&queue.rate=fast&queue.servers=99&queue.layout=x&queue.preset=y');
    expect(start.problems).toEqual(['preset', 'layout', 'servers', 'ratePerMinute', 'meanServiceMinutes']);
    expect(start.presetId).toBe('bank-lunch');
    expect(start.form).toEqual(formFromPreset(findQueuePreset('bank-lunch')));
  });

  it('opens the widget’s first scene when the link names none, even if the widget offers fewer', () => {
    const onlyHotline = [findQueuePreset('telecom-hotline')];
    expect(readQueueStart('?queue.servers=9', onlyHotline)).toMatchObject({
      presetId: 'telecom-hotline',
      problems: [],
      form: { servers: '9', ratePerMinute: '1.9' },
    });
    expect(readQueueStart('?queue.preset=bank-lunch', onlyHotline)?.problems).toEqual(['preset']);
  });
});

/** Settings an instructor's form accepts, each left out at times; numbers with few digits, as typed. */
const validSettings = fc.record(
  {
    preset: fc.constantFrom('bank-lunch', 'outpatient-clinic', 'theme-park-ride', 'telecom-hotline'),
    layout: fc.constantFrom('single', 'perServer'),
    servers: fc.integer({ min: 1, max: 20 }),
    // 0.01 to 1000 a minute in hundredths, 0.1 to 1440 minutes in tenths.
    ratePerMinute: fc.integer({ min: 1, max: 100_000 }).map((hundredths) => hundredths / 100),
    meanServiceMinutes: fc.integer({ min: 1, max: 14_400 }).map((tenths) => tenths / 10),
  },
  { requiredKeys: [] },
);

describe('queue start properties', () => {
  it('read back a link written from valid settings as those settings over the scene', () => {
    fc.assert(
      fc.property(validSettings, (settings) => {
        const search = startSearch(queueStartFields, settings);
        const start = read(search);
        if (Object.keys(settings).length === 0) {
          expect(start).toBeNull();
          return;
        }
        const presetId = settings.preset ?? 'bank-lunch';
        const scene = formFromPreset(findQueuePreset(presetId));
        expect(start).toEqual({
          presetId,
          problems: [],
          form: {
            ...scene,
            layout: settings.layout ?? scene.layout,
            servers: settings.servers === undefined ? scene.servers : String(settings.servers),
            ratePerMinute: settings.ratePerMinute === undefined ? scene.ratePerMinute : String(settings.ratePerMinute),
            arrivalMode: settings.ratePerMinute === undefined ? scene.arrivalMode : 'steady',
            meanServiceMinutes:
              settings.meanServiceMinutes === undefined
                ? scene.meanServiceMinutes
                : String(settings.meanServiceMinutes),
          },
        });
      }),
    );
  });

  it('refuse every server count but the whole numbers 1 to 20', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -50, max: 50 }), fc.double({ noNaN: true })), (servers) => {
        const fits = Number.isInteger(servers) && servers >= 1 && servers <= 20;
        const start = startOf(`?queue.servers=${String(servers)}`);
        expect(start.problems).toEqual(fits ? [] : ['servers']);
        expect(start.form.servers).toBe(fits ? String(servers) : '4');
      }),
    );
  });

  it('never throw, and always give a form that runs, whatever the address holds', () => {
    const anyValue = fc.oneof(fc.string(), fc.double().map(String), fc.integer().map(String), fc.constant(''));
    const queueQuery = fc
      .dictionary(fc.constantFrom(...queueStartFields.map((field) => field.param), 'queue.other', 'a.r'), anyValue)
      .map((entries) => new URLSearchParams(entries).toString());
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), queueQuery), (search) => {
        const start = read(search);
        if (start === null) return;
        expect(queuePresets.map((preset) => preset.id)).toContain(start.presetId);
        expect(readSimulatorForm(start.form).ok).toBe(true);
        for (const key of start.problems) expect(queueStartFields.map((field) => field.key)).toContain(key);
      }),
      { numRuns: 500 },
    );
  });
});
