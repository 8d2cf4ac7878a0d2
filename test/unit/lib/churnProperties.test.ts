/** Property tests: whatever a student types, the churn maths stays finite and never negative. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareFirms } from '../../../src/lib/churn/churnCompounding.ts';
import { churnScenario } from '../../../src/lib/churn/churnInputs.ts';
import { fieldText } from '../../../src/lib/form/fieldText.ts';
import { readFields } from '../../../src/lib/form/readField.ts';
import { churnFields, type ChurnField } from '../../../src/schemas/churnInputs.ts';

const validateChurnInputs = (raw: Record<ChurnField, string>) => {
  const read = readFields(churnFields, raw);
  return read.ok
    ? {
        ok: true as const,
        value: {
          churnRateA: read.values.churnRateA,
          churnRateB: read.values.churnRateB,
          scenario: churnScenario(read.values),
        },
      }
    : read;
};

const fields = Object.keys(churnFields) as ChurnField[];

/** A valid value for each field, as the text a student would type. */
const validRaw = fc.record(
  Object.fromEntries(
    fields.map((field) => {
      const { min, max, whole } = churnFields[field];
      const value = whole ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
      return [field, value.map((v) => fieldText(churnFields[field], v))];
    }),
  ) as Record<ChurnField, fc.Arbitrary<string>>,
);

describe('churn maths on any valid input', () => {
  it('yields finite, non-negative customers and revenue every year', () => {
    fc.assert(
      fc.property(validRaw, (raw) => {
        const checked = validateChurnInputs(raw);
        expect(checked.ok).toBe(true);
        if (!checked.ok) return;
        const { churnRateA, churnRateB, scenario } = checked.value;
        const { a, b } = compareFirms(churnRateA, churnRateB, scenario);
        for (const row of [...a, ...b]) {
          for (const value of [
            row.customers,
            row.lost,
            row.originalCustomersLeft,
            row.revenue,
            row.cumulativeRevenue,
          ]) {
            expect(Number.isFinite(value)).toBe(true);
            expect(value).toBeGreaterThanOrEqual(0);
          }
        }
        expect(a).toHaveLength(scenario.years + 1);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the firm with less churn at least as many customers', () => {
    fc.assert(
      fc.property(validRaw, (raw) => {
        const checked = validateChurnInputs(raw);
        if (!checked.ok) return;
        const { churnRateA, churnRateB, scenario } = checked.value;
        const { customerGap } = compareFirms(churnRateA, churnRateB, scenario);
        if (churnRateA < churnRateB) expect(customerGap).toBeGreaterThanOrEqual(-1e-9);
        if (churnRateA > churnRateB) expect(customerGap).toBeLessThanOrEqual(1e-9);
      }),
      { numRuns: 500 },
    );
  });
});

describe('churn validation on any text', () => {
  it('never throws, and either accepts the form or names a problem per broken field', () => {
    const anyRaw = fc.record(
      Object.fromEntries(fields.map((field) => [field, fc.string()])) as Record<ChurnField, fc.Arbitrary<string>>,
    );
    fc.assert(
      fc.property(anyRaw, (raw) => {
        const checked = validateChurnInputs(raw);
        if (!checked.ok) expect(Object.keys(checked.problems).length).toBeGreaterThan(0);
      }),
      { numRuns: 5000 },
    );
  });
});
