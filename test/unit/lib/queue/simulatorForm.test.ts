import { describe, expect, it } from 'vitest';
import { queuePresets, findQueuePreset } from '../../../../src/lib/queue/presets';
import { validateQueueConfig } from '../../../../src/lib/queue/queueConfig';
import { waitLevers } from '../../../../src/lib/queue/waitLevers';
import {
  formFromPreset,
  formLoad,
  formPeakLoad,
  profileMeanRate,
  readSimulatorForm,
  readWaitForm,
  waitFormFromPreset,
  type SimulatorForm,
} from '../../../../src/lib/queue/simulatorForm';

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

  it('averages a day profile by its minutes: (60 × 1 + 90 × 1.8 + 60 × 0.9) ÷ 210 = 1.314…', () => {
    const bank = findQueuePreset('bank-lunch');
    const segments = bank.config.arrivals.kind === 'piecewise' ? bank.config.arrivals.segments : [];
    expect(profileMeanRate(segments)).toBeCloseTo(276 / 210, 12);
    // Switching the bank to steady arrivals starts from that average, rounded for the field.
    expect(formFromPreset(bank).ratePerMinute).toBe('1.31');
  });

  it('computes the load per server the hotline exercise starts from: 1.9 × 4 ÷ 8 = 0.95', () => {
    const reading = readSimulatorForm(hotline());
    expect(reading.ok && formLoad(reading.config)).toBeCloseTo(0.95, 12);
    expect(reading.ok && formPeakLoad(reading.config)).toBeNull();
  });

  it('shows the bank below capacity over the day (1.314 × 3 ÷ 4 ≈ 0.99) but over it at lunch (1.8 × 3 ÷ 4 = 1.35)', () => {
    const reading = readSimulatorForm(formFromPreset(findQueuePreset('bank-lunch')));
    expect(reading.ok && formLoad(reading.config)).toBeCloseTo(((276 / 210) * 3) / 4, 12);
    expect(reading.ok && formPeakLoad(reading.config)).toBeCloseTo(1.35, 12);
  });

  it('turns a steady rate and the switches into the configuration the engine expects', () => {
    const reading = readSimulatorForm({
      ...hotline(),
      ratePerMinute: '0,5',
      servers: '1',
      layout: 'perServer',
      serviceKind: 'erlang',
      erlangK: '4',
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
  });

  it('keeps an instructor’s factor within its lever’s bounds and says which bound', () => {
    const form = clinic();
    expect(readWaitForm({ ...form, factors: { ...form.factors, anxious: '1,5' } }, waitLevers)).toMatchObject({
      ok: true,
      setting: { factors: { anxious: 1.5 } },
    });
    expect(readWaitForm({ ...form, factors: { ...form.factors, anxious: '1.9', unfair: '0.9' } }, waitLevers)).toEqual({
      ok: false,
      problems: { 'factors.anxious': { code: 'aboveMax', max: 1.8 }, 'factors.unfair': { code: 'belowMin', min: 1 } },
    });
    expect(readWaitForm({ ...form, toleranceMinutes: '0' }, waitLevers)).toEqual({
      ok: false,
      problems: { toleranceMinutes: { code: 'notAboveMin', min: 0 } },
    });
    expect(readWaitForm({ ...form, toleranceMinutes: '' }, waitLevers)).toEqual({
      ok: false,
      problems: { toleranceMinutes: { code: 'required' } },
    });
  });

  it('never lets a switch decide fairness: "unfair" is measured from the run', () => {
    const reading = readWaitForm({ ...clinic(), active: ['unfair', 'solo'] }, waitLevers);
    expect(reading.ok && reading.setting.active).toEqual(['solo']);
  });
});
