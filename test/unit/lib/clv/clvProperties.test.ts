/** Property tests: on any valid input the lifetime value is finite and moves the way theory says. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohortFields, cohortInputsSchema, type CohortInputs } from '../../../../src/schemas/cohortInputs.ts';
import { readCohortForm } from '../../../../src/lib/clv/cohortForm.ts';
import { cohortFormText } from '../../../../src/lib/clv/cohortFormText.ts';
import { validateCohortInputs, withYearlyRetention } from '../../../../src/lib/clv/cohortInputs.ts';
import { evaluateCohort } from '../../../../src/lib/clv/cohortProjection.ts';
import { lifetimeValueEndOfPeriod, lifetimeValueUpFront } from '../../../../src/lib/clv/marginMultiple.ts';

const retention = fc.double({ min: 0, max: cohortFields.retention.max, noNaN: true });
const discountRate = fc.double({ min: 0, max: 1, noNaN: true });
const margin = fc.double({ min: 0, max: cohortFields.marginPerCustomer.max, noNaN: true });

const validInputs: fc.Arbitrary<CohortInputs> = fc.record({
  startingCustomers: fc.integer({ min: 1, max: cohortFields.startingCustomers.max }),
  retention: fc.oneof(retention, fc.array(retention, { minLength: 1, maxLength: 50 })),
  marginPerCustomer: fc.double({ min: -1_000_000, max: 1_000_000, noNaN: true }),
  marginGrowth: fc.double({ min: -0.5, max: 0.5, noNaN: true }),
  discountRate,
  acquisitionCost: fc.double({ min: 0, max: cohortFields.acquisitionCost.max, noNaN: true }),
  horizonYears: fc.integer({ min: 1, max: 50 }),
});

describe('infinite-horizon CLV', () => {
  it('is finite and non-negative for a non-negative margin', () => {
    fc.assert(
      fc.property(margin, retention, discountRate, (m, r, d) => {
        for (const value of [lifetimeValueEndOfPeriod(m, r, d), lifetimeValueUpFront(m, r, d)]) {
          expect(value).not.toBeNull();
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('rises with retention and falls with the discount rate', () => {
    // Rates to a hundredth of a point, so two draws differ by more than float noise.
    const sortedPair = (max: number) =>
      fc
        .uniqueArray(fc.integer({ min: 1, max }), { minLength: 2, maxLength: 2 })
        .map((pair) => pair.sort((x, y) => x - y).map((n) => n / 10_000) as [number, number]);
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1_000_000, noNaN: true }),
        sortedPair(9_900),
        sortedPair(10_000),
        (m, [r1, r2], [d1, d2]) => {
          expect(lifetimeValueEndOfPeriod(m, r1, d1)!).toBeLessThan(lifetimeValueEndOfPeriod(m, r2, d1)!);
          expect(lifetimeValueEndOfPeriod(m, r1, d1)!).toBeGreaterThan(lifetimeValueEndOfPeriod(m, r1, d2)!);
          expect(lifetimeValueUpFront(m, r1, d1)!).toBeLessThan(lifetimeValueUpFront(m, r2, d1)!);
          expect(lifetimeValueUpFront(m, r1, d1)!).toBeGreaterThan(lifetimeValueUpFront(m, r1, d2)!);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('cohort CLV', () => {
  it('is finite in every cell of the table, whatever valid input', () => {
    fc.assert(
      fc.property(validInputs, (inputs) => {
        const result = evaluateCohort(inputs);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const { projection } = result;
        expect(projection.years).toHaveLength(inputs.horizonYears);
        for (const year of projection.years) {
          for (const value of Object.values(year)) expect(Number.isFinite(value)).toBe(true);
        }
        for (const value of [projection.clvGross, projection.clvNet, projection.cohortValue]) {
          expect(Number.isFinite(value)).toBe(true);
        }
        if (inputs.marginPerCustomer >= 0) expect(projection.clvGross).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it('never decreases with more retention, never increases with a higher discount rate (margin ≥ 0)', () => {
    fc.assert(
      fc.property(validInputs, retention, retention, discountRate, discountRate, (inputs, r1, r2, d1, d2) => {
        fc.pre(r1 < r2 && d1 < d2);
        const positive = { ...inputs, marginPerCustomer: Math.abs(inputs.marginPerCustomer) };
        const clv = (r: number, d: number) => {
          const result = evaluateCohort({ ...positive, retention: r, discountRate: d });
          if (!result.ok) throw new Error('valid by construction');
          return result.projection.clvGross;
        };
        expect(clv(r1, d1)).toBeLessThanOrEqual(clv(r2, d1));
        expect(clv(r1, d1)).toBeGreaterThanOrEqual(clv(r1, d2));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the inputs’ validation and the form', () => {
  it('never throws on anything, and lets through only finite values within the limits', () => {
    const field = fc.oneof(fc.anything(), fc.double(), fc.array(fc.double(), { maxLength: 60 }));
    const candidate = fc.oneof(
      fc.anything(),
      fc.record(Object.fromEntries(Object.keys(cohortFields).map((name) => [name, field])), { requiredKeys: [] }),
    );
    fc.assert(
      fc.property(candidate, (raw) => {
        const result = validateCohortInputs(raw);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          return;
        }
        const { retention: rates, ...scalars } = result.value;
        for (const [name, value] of Object.entries(scalars)) {
          const { min, max } = cohortFields[name as keyof typeof scalars];
          expect(value).toBeGreaterThanOrEqual(min);
          expect(value).toBeLessThanOrEqual(max);
        }
        for (const rate of rates) expect(rate).toBeLessThanOrEqual(cohortFields.retention.max);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with the inputs schema the CohortInputs type comes from', () => {
    const nearLimits = fc.oneof(
      fc.double({ min: -2, max: 2 }),
      fc.integer({ min: -5, max: 60 }),
      fc.constantFrom(1_000_000, -1_000_001, 10_000_000, 10_000_001, Number.NaN, Infinity),
    );
    const field = fc.oneof(nearLimits, fc.array(nearLimits, { maxLength: 55 }), fc.constant(undefined));
    const candidate = fc.record(Object.fromEntries(Object.keys(cohortFields).map((name) => [name, field])));
    fc.assert(
      fc.property(fc.oneof(candidate, validInputs), (raw) => {
        expect(validateCohortInputs(raw).ok).toBe(cohortInputsSchema().safeParse(raw).success);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back the text it writes for any valid inputs, to twelve significant digits', () => {
    fc.assert(
      fc.property(validInputs, (inputs) => {
        const read = readCohortForm(cohortFormText(inputs));
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        // A list of one rate is written as that rate: the same scenario year by year.
        const [got, want] = [withYearlyRetention(read.inputs), withYearlyRetention(inputs)];
        const close = (value: number, expected: number) =>
          expect(Math.abs(value - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-11 + 1e-300);
        const { retention, ...scalars } = want;
        for (const name of Object.keys(scalars) as (keyof typeof scalars)[]) close(got[name], want[name]);
        retention.forEach((rate, year) => close(got.retention[year]!, rate));
      }),
      { numRuns: 300 },
    );
  });
});
