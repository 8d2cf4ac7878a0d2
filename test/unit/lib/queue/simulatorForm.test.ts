import { describe, expect, it } from 'vitest';
import { queuePresets, findQueuePreset } from '../../../../src/lib/queue/presets.ts';
import { validateQueueConfig, type QueueConfig } from '../../../../src/lib/queue/queueConfig.ts';
import { waitLevers } from '../../../../src/lib/queue/waitLevers.ts';
import {
  defaultFactorTexts,
  fieldsInUse,
  formFromPreset,
  readSimulatorForm,
  readWaitForm,
  waitFormFromPreset,
  type SimulatorForm,
} from '../../../../src/lib/queue/simulatorForm.ts';
import { queueFields, type SimulatorField } from '../../../../src/schemas/queueFields.ts';

const hotline = () => formFromPreset(findQueuePreset('telecom-hotline'));

function problemsOf(form: SimulatorForm) {
  const reading = readSimulatorForm(form);
  return reading.ok ? {} : reading.problems;
}

describe('the simulator form', () => {
  it.each(queuePresets.map((preset) => [preset.id, preset] as const))(
    'shows preset %s exactly: the form reads back to the validated preset',
    (_id, preset) => {
      const reading = readSimulatorForm(formFromPreset(preset));
      const reference = validateQueueConfig(preset.config);
      expect(reading.ok && reference.ok).toBe(true);
      if (!reading.ok || !reference.ok) return;
      expect({ ...reading.config, seriesPoints: 0 }).toEqual({ ...reference.config, seriesPoints: 0 });
    },
  );

  it('starts steady arrivals from a day profile’s average, rounded for the field: 276 ÷ 210 = 1.314… → 1.31', () => {
    expect(formFromPreset(findQueuePreset('bank-lunch')).ratePerMinute).toBe('1.31');
  });

  it('turns a steady rate and the switches into the configuration the engine expects', () => {
    const reading = readSimulatorForm({
      ...hotline(),
      ratePerMinute: '0.5',
      servers: '1',
      layout: 'perServer',
      serviceKind: 'erlang',
      erlangK: '４',
      meanServiceMinutes: '1',
      balking: true,
      balkingLimit: '3',
      reneging: false,
      customers: '100 000',
      seed: '42',
    });
    expect(reading).toEqual({
      ok: true,
      config: {
        servers: 1,
        layout: 'perServer',
        arrivals: { kind: 'poisson', ratePerMinute: 0.5 },
        service: { kind: 'erlang', meanMinutes: 1, k: 4 },
        balking: { limit: 3 },
        reneging: null,
        customers: 100_000,
        seed: 42,
        seriesPoints: 400,
      },
    });
    if (reading.ok) expect(validateQueueConfig(reading.config).ok).toBe(true);
  });

  it('names each problem beside its field, with the bound that was crossed', () => {
    expect(
      problemsOf({
        ...hotline(),
        servers: '2.5',
        ratePerMinute: '0',
        meanServiceMinutes: '',
        customers: '300000',
        seed: '-1',
        meanPatienceMinutes: 'soon',
      }),
    ).toEqual({
      servers: { code: 'notWhole' },
      ratePerMinute: { code: 'belowMin', min: 0.0001 },
      meanServiceMinutes: { code: 'required' },
      customers: { code: 'aboveMax', max: 200_000 },
      seed: { code: 'belowMin', min: 0 },
      meanPatienceMinutes: { code: 'notANumber' },
    });
    expect(problemsOf({ ...hotline(), servers: '21' })).toEqual({ servers: { code: 'aboveMax', max: 20 } });
    expect(problemsOf({ ...hotline(), meanServiceMinutes: '0' })).toEqual({
      meanServiceMinutes: { code: 'notAboveMin', min: 0 },
    });
  });

  it('refuses a decimal comma and a percent sign instead of guessing what they mean', () => {
    expect(problemsOf({ ...hotline(), ratePerMinute: '0,5' })).toEqual({ ratePerMinute: { code: 'decimalComma' } });
    expect(problemsOf({ ...hotline(), servers: '50%' })).toEqual({ servers: { code: 'noPercent' } });
    // Commas that group thousands are fine: 1,000 customers.
    expect(readSimulatorForm({ ...hotline(), customers: '1,000' })).toMatchObject({
      ok: true,
      config: { customers: 1000 },
    });
  });

  it('ignores the leftover text of fields that are switched off or hidden', () => {
    const form = { ...hotline(), serviceCv: 'x', erlangK: '0', balking: false, balkingLimit: '-5', reneging: false };
    expect(readSimulatorForm({ ...form, meanPatienceMinutes: '' }).ok).toBe(true);
    expect(problemsOf({ ...form, serviceKind: 'lognormal' })).toEqual({ serviceCv: { code: 'notANumber' } });
    expect(problemsOf({ ...form, balking: true })).toEqual({ balkingLimit: { code: 'belowMin', min: 0 } });
    // A day profile needs no steady rate, so an empty rate does not block it.
    const bank = formFromPreset(findQueuePreset('bank-lunch'));
    expect(readSimulatorForm({ ...bank, ratePerMinute: '' }).ok).toBe(true);
    expect(problemsOf({ ...bank, arrivalMode: 'steady', ratePerMinute: '' })).toEqual({
      ratePerMinute: { code: 'required' },
    });
  });

  it('lists the fields in use in the order the form shows them', () => {
    expect(fieldsInUse(hotline())).toEqual([
      'ratePerMinute',
      'servers',
      'meanServiceMinutes',
      'meanPatienceMinutes',
      'customers',
      'seed',
    ]);
    const bank = formFromPreset(findQueuePreset('bank-lunch'));
    expect(fieldsInUse(bank)).toEqual([
      'servers',
      'meanServiceMinutes',
      'serviceCv',
      'balkingLimit',
      'meanPatienceMinutes',
      'customers',
      'seed',
    ]);
  });
});

/** Where each typed field lands in the engine's configuration, with the switches it needs. */
const placements: Record<
  SimulatorField,
  { form: Partial<SimulatorForm>; path: string; put: (config: QueueConfig, value: number) => QueueConfig }
> = {
  ratePerMinute: {
    form: {},
    path: 'arrivals.ratePerMinute',
    put: (c, v) => ({ ...c, arrivals: { kind: 'poisson', ratePerMinute: v } }),
  },
  servers: { form: {}, path: 'servers', put: (c, v) => ({ ...c, servers: v }) },
  meanServiceMinutes: {
    form: {},
    path: 'service.meanMinutes',
    put: (c, v) => ({ ...c, service: { kind: 'exponential', meanMinutes: v } }),
  },
  serviceCv: {
    form: { serviceKind: 'lognormal' },
    path: 'service.cv',
    put: (c, v) => ({ ...c, service: { kind: 'lognormal', meanMinutes: 4, cv: v } }),
  },
  erlangK: {
    form: { serviceKind: 'erlang' },
    path: 'service.k',
    put: (c, v) => ({ ...c, service: { kind: 'erlang', meanMinutes: 4, k: v } }),
  },
  balkingLimit: { form: { balking: true }, path: 'balking.limit', put: (c, v) => ({ ...c, balking: { limit: v } }) },
  meanPatienceMinutes: {
    form: { reneging: true },
    path: 'reneging.meanPatienceMinutes',
    put: (c, v) => ({ ...c, reneging: { meanPatienceMinutes: v } }),
  },
  customers: { form: {}, path: 'customers', put: (c, v) => ({ ...c, customers: v }) },
  seed: { form: {}, path: 'seed', put: (c, v) => ({ ...c, seed: v }) },
};

describe('the form and the engine keep the same limits', () => {
  const base = readSimulatorForm(hotline());
  if (!base.ok) throw new Error('the hotline preset should read');
  it.each(Object.keys(placements) as SimulatorField[])(
    '%s: a value past either bound is refused by both, naming the same bound',
    (name) => {
      const { form, path, put } = placements[name];
      const field = queueFields[name];
      const beyond = [field.max + 1, field.aboveMin ? field.min : field.min - 1];
      for (const value of beyond) {
        const typed = readSimulatorForm({ ...hotline(), ...form, [name]: String(value) });
        const engine = validateQueueConfig(put(base.config, value));
        expect(typed.ok).toBe(false);
        expect(engine.ok).toBe(false);
        if (typed.ok || engine.ok) return;
        expect(engine.problems).toEqual([{ field: path, ...typed.problems[name] }]);
      }
    },
  );
});

describe('the perceived-wait settings', () => {
  const clinic = () => waitFormFromPreset(findQueuePreset('outpatient-clinic'), waitLevers);

  it('reads a preset’s situations and tolerance with the default factors', () => {
    const reading = readWaitForm(clinic(), waitLevers);
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.setting.toleranceMinutes).toBe(30);
    expect([...reading.setting.active].sort()).toEqual(
      ['anxious', 'preProcess', 'uncertain', 'unexplained', 'unfamiliar', 'valuableService'].sort(),
    );
    // Anxious 1.2 and the unfairness default 1.2, as the assumptions panel lists them.
    expect(reading.setting.factors).toMatchObject({ anxious: 1.2, unfair: 1.2, valuableService: 1.5 });
    expect(defaultFactorTexts(waitLevers)).toMatchObject({
      unoccupied: '1.15',
      anxious: '1.2',
      valuableService: '1.5',
    });
  });

  it('keeps an instructor’s factor within its lever’s bounds and says which bound', () => {
    const form = clinic();
    expect(readWaitForm({ ...form, factors: { ...form.factors, anxious: '1.5' } }, waitLevers)).toMatchObject({
      ok: true,
      setting: { factors: { anxious: 1.5 } },
    });
    expect(readWaitForm({ ...form, factors: { ...form.factors, anxious: '1,5' } }, waitLevers)).toEqual({
      ok: false,
      problems: { factors: { anxious: { code: 'decimalComma' } } },
    });
    expect(readWaitForm({ ...form, factors: { ...form.factors, anxious: '1.9', unfair: '0.9' } }, waitLevers)).toEqual({
      ok: false,
      problems: { factors: { anxious: { code: 'aboveMax', max: 1.8 }, unfair: { code: 'belowMin', min: 1 } } },
    });
    expect(readWaitForm({ ...form, toleranceMinutes: '0' }, waitLevers)).toEqual({
      ok: false,
      problems: { toleranceMinutes: { code: 'notAboveMin', min: 0 }, factors: {} },
    });
    // A day, 1 440 minutes, is the longest wait a scene may accept.
    expect(readWaitForm({ ...form, toleranceMinutes: '1441' }, waitLevers)).toEqual({
      ok: false,
      problems: { toleranceMinutes: { code: 'aboveMax', max: 1440 }, factors: {} },
    });
    expect(readWaitForm({ ...form, toleranceMinutes: '' }, waitLevers)).toEqual({
      ok: false,
      problems: { toleranceMinutes: { code: 'required' }, factors: {} },
    });
  });

  it('never lets a switch decide fairness: "unfair" is measured from the run', () => {
    const reading = readWaitForm({ ...clinic(), active: ['unfair', 'solo'] }, waitLevers);
    expect(reading.ok && reading.setting.active).toEqual(['solo']);
  });
});
