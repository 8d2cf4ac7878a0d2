import { describe, expect, it } from 'vitest';
import {
  assessWaitExperience,
  perceivedWait,
  settingFactor,
  validateWaitSetting,
  waitTolerance,
  type WaitSetting,
} from '../../../../src/lib/queue/perceivedWait.ts';
import { measuredOverestimate, waitLevers } from '../../../../src/lib/queue/waitLevers.ts';
import { customer } from './customerRecord.ts';
import { queueText } from './queueText.ts';

describe('the levers as data', () => {
  it('covers Maister’s eight propositions and the two additions, each labelled in both languages', () => {
    expect(waitLevers.map((lever) => lever.id).sort()).toEqual(
      [
        'anxious',
        'preProcess',
        'solo',
        'unexplained',
        'unfair',
        'unfamiliar',
        'uncertain',
        'uncomfortable',
        'unoccupied',
        'valuableService',
      ].sort(),
    );
    for (const lever of waitLevers) {
      const { label, rationale } = queueText.levers[lever.id];
      expect(label['zh-cn']).toMatch(/[\u4e00-\u9fff]/);
      expect(label.en).toMatch(/^[A-Z]/);
      expect(rationale['zh-cn'].length).toBeGreaterThan(5);
      expect(rationale.en.length).toBeGreaterThan(5);
      expect(lever.min).toBeLessThanOrEqual(lever.defaultFactor);
      expect(lever.defaultFactor).toBeLessThanOrEqual(lever.max);
      expect(lever.proposition).toMatch(/\(19(85|94|96)\)/);
      // No study gives a size for any single lever: every default must say it is a teaching choice.
      expect(lever.source === null && lever.illustrative).toBe(true);
    }
  });

  it('lets the run, not a switch, decide fairness', () => {
    expect(waitLevers.find((lever) => lever.id === 'unfair')!.decidedBy).toBe('run');
  });

  it('calibrates an unmanaged wait near the 40 % overestimate Jones & Peppiatt measured', () => {
    const unmanaged = settingFactor({ active: [...measuredOverestimate.typicalLevers], toleranceMinutes: 10 });
    expect(Math.abs(unmanaged - measuredOverestimate.factor)).toBeLessThan(0.05);
  });
});

describe('perceived wait by hand', () => {
  // Nothing to do (1.15) and waiting alone (1.1): 10 minutes feel like 10 × 1.15 × 1.1 = 12.65.
  const setting: WaitSetting = { active: ['unoccupied', 'solo'], toleranceMinutes: 12 };

  it('multiplies the actual wait by the factors of the levers that are on', () => {
    expect(perceivedWait(10, { overtaken: false }, setting)).toBeCloseTo(12.65, 12);
    expect(perceivedWait(10, { overtaken: false }, { active: [], toleranceMinutes: 12 })).toBe(10);
  });

  it('adds the unfairness factor only for a customer who was overtaken: 12.65 × 1.2 = 15.18', () => {
    expect(perceivedWait(10, { overtaken: true }, setting)).toBeCloseTo(15.18, 12);
    // Switching "unfair" on by hand changes nothing: the run decides it.
    expect(perceivedWait(10, { overtaken: false }, { ...setting, active: [...setting.active, 'unfair'] })).toBeCloseTo(
      12.65,
      12,
    );
  });

  it('uses an instructor’s factors: nothing to do at 1.5 → 10 × 1.5 × 1.1 = 16.5', () => {
    expect(perceivedWait(10, { overtaken: false }, { ...setting, factors: { unoccupied: 1.5 } })).toBeCloseTo(16.5, 12);
  });

  it('raises tolerance, not the felt wait, for a valuable service: 12 × 1.5 = 18 minutes', () => {
    const valuable: WaitSetting = { ...setting, active: [...setting.active, 'valuableService'] };
    expect(waitTolerance(valuable)).toBeCloseTo(18, 12);
    expect(waitTolerance(setting)).toBe(12);
    expect(perceivedWait(10, { overtaken: false }, valuable)).toBeCloseTo(12.65, 12);
  });
});

describe('assessWaitExperience by hand', () => {
  // Tolerance 12 minutes, factor 1.265 (nothing to do, alone), unfair 1.2:
  //   A waited 0           → feels 0                       within
  //   B waited 9           → feels 11.385                  within
  //   C waited 10          → feels 12.65                   over
  //   D waited 9, overtaken → feels 9 × 1.265 × 1.2 = 13.662 over
  //   E gave up after 5    → feels 6.325                   within
  //   F balked             → not counted
  // 2 of the 5 who stayed are over: 40 %; 1 of 5 overtaken: 20 %.
  // Mean actual (0 + 9 + 10 + 9 + 5) / 5 = 6.6; mean felt (0 + 11.385 + 12.65 + 13.662 + 6.325) / 5 = 8.8044.
  const customers = [
    customer({ id: 0, arrival: 0, serviceStart: 0, end: 1 }),
    customer({ id: 1, arrival: 1, serviceStart: 10, end: 11 }),
    customer({ id: 2, arrival: 2, serviceStart: 12, end: 13 }),
    customer({ id: 3, arrival: 3, serviceStart: 12, end: 13, overtaken: true }),
    customer({ id: 4, arrival: 4, end: 9, outcome: 'reneged' }),
    customer({ id: 5, arrival: 5, end: 5, outcome: 'balked' }),
  ];
  const setting: WaitSetting = { active: ['unoccupied', 'solo'], toleranceMinutes: 12 };

  it('counts 2 of 5 over tolerance and 1 of 5 overtaken, with the means written out above', () => {
    const experience = assessWaitExperience(customers, setting, 20);
    expect(experience.customersWhoWaited).toBe(5);
    expect(experience.overTolerance).toBe(2);
    expect(experience.shareOverTolerance).toBeCloseTo(0.4, 12);
    expect(experience.shareOvertaken).toBeCloseTo(0.2, 12);
    expect(experience.meanActualWait).toBeCloseTo(6.6, 12);
    expect(experience.meanPerceivedWait).toBeCloseTo(8.8044, 12);
  });

  it('counts a customer still in line up to now', () => {
    const stillWaiting = [customer({ id: 0, arrival: 2, outcome: 'waiting' })];
    expect(assessWaitExperience(stillWaiting, { active: [], toleranceMinutes: 5 }, 9).meanActualWait).toBe(7);
  });

  it('has nothing to report for a run with no customers', () => {
    expect(assessWaitExperience([], setting, 0).shareOverTolerance).toBe(0);
  });
});

describe('validateWaitSetting', () => {
  it('rejects factors outside a lever’s bounds, unknown levers and a tolerance of zero', () => {
    expect(
      validateWaitSetting({
        active: ['solo', 'bored' as never],
        factors: { unoccupied: 5, solo: 0.5 },
        toleranceMinutes: 0,
      }),
    ).toEqual([
      { field: 'active', code: 'unknownLever', id: 'bored' },
      { field: 'factors.unoccupied', code: 'aboveMax', max: 1.6 },
      { field: 'factors.solo', code: 'belowMin', min: 1 },
      { field: 'toleranceMinutes', code: 'notAboveMin', min: 0 },
    ]);
    expect(validateWaitSetting({ active: ['solo'], toleranceMinutes: 10 })).toEqual([]);
  });
});
