/**
 * The data-cleaning tables: the schema accepts the course's file and names each problem in a
 * broken one; in each locale the answer key's cells are exactly the cells the validators flag,
 * the table holds every kind of duplicate and error the exercise promises, and the matching rule
 * scores as worked by hand below (the e2e test drives the widget to the same numbers).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { locales } from '../../../src/i18n/locales.ts';
import { cellProblem } from '../../../src/lib/data-cleaning/cellProblem.ts';
import { customerFields } from '../../../src/lib/data-cleaning/customerFields.ts';
import { linkageScores } from '../../../src/lib/data-cleaning/linkageScores.ts';
import { NAIVE_RULE, proposePairs, type MatchRule } from '../../../src/lib/data-cleaning/matchRule.ts';
import { pairKey, pairsWithin } from '../../../src/lib/data-cleaning/recordPairs.ts';
import { dataCleaningSchema } from '../../../src/schemas/dataCleaning.ts';

const course = () => parse(readFileSync('content/data-cleaning/customers.yaml', 'utf8'));

function problems(text: unknown): string[] {
  const result = dataCleaningSchema.safeParse(text);
  expect(result.success).toBe(false);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('data-cleaning schema', () => {
  it("accepts the course's own file", () => {
    expect(dataCleaningSchema.safeParse(course()).error?.issues ?? []).toEqual([]);
  });

  it('names a missing locale', () => {
    const text = course();
    delete text.tables.en;
    expect(problems(text)).toEqual(['tables.en: Invalid input: expected object, received undefined']);
  });

  it('names a repeated id, a key naming a row the table lacks, a row in two clusters and a cell listed twice', () => {
    const text = course();
    const table = text.tables['zh-cn'];
    table.rows[25].id = table.rows[24].id; // z26, which no key names, becomes a second z25
    table.clusters[0].rows.push('z99');
    table.clusters[1].rows.push(table.clusters[2].rows[0]);
    table.issues.push({ ...table.issues[0] });
    expect(problems(text)).toEqual([
      'tables.zh-cn.rows.25.id: "z25" is used by an earlier row',
      'tables.zh-cn.clusters.0.rows.2: no row has the id "z99"',
      'tables.zh-cn.clusters.2.rows.0: "z04" is already in another cluster (or twice in this one)',
      `tables.zh-cn.issues.13: ${table.issues[0].row}:${table.issues[0].field} is listed twice`,
    ]);
  });

  it('names a column the table does not have, and too few rows', () => {
    const text = course();
    text.tables.en.issues[0].field = 'phone';
    text.tables.en.rows = text.tables.en.rows.slice(0, 20);
    expect(problems(text)).toEqual(
      expect.arrayContaining([
        'tables.en.rows: give at least 24 rows ("about 30")',
        'tables.en.issues.0.field: must be one of the columns: name, mobile, email, city, lastPurchase',
      ]),
    );
  });
});

const { tables } = dataCleaningSchema.parse(course());

describe.each(locales)("the %s table's answer key", (locale) => {
  const table = tables[locale];
  const value = (id: string, field: (typeof customerFields)[number]) => table.rows.find((row) => row.id === id)![field];

  it('lists exactly the cells the validators find wrong or empty', () => {
    const flagged = table.rows.flatMap((row) =>
      customerFields.filter((field) => cellProblem(row, field)).map((field) => `${row.id}:${field}`),
    );
    expect(table.issues.map((issue) => `${issue.row}:${issue.field}`).sort()).toEqual(flagged.sort());
  });

  it('holds every kind of error the exercise promises', () => {
    const kinds = table.issues.map((issue) => {
      const problem = cellProblem(
        table.rows.find((row) => row.id === issue.row)!,
        issue.field,
      )!;
      return 'problem' in problem ? `${problem.kind}:${problem.problem}` : problem.kind;
    });
    expect(new Set(kinds)).toEqual(new Set(['missing', 'mobile:length', 'mobile:prefix', 'email', 'date:impossible']));
  });

  it('writes duplicates in every way the exercise promises', () => {
    const mobiles = table.clusters.flatMap((cluster) => cluster.rows.map((id) => value(id, 'mobile') ?? ''));
    expect(mobiles.some((mobile) => /[０-９]/.test(mobile))).toBe(true); // full-width digits
    expect(mobiles.some((mobile) => / /.test(mobile))).toBe(true); // spaces
    expect(mobiles.some((mobile) => /-/.test(mobile))).toBe(true); // dashes
    expect(mobiles.some((mobile) => mobile.startsWith('+86'))).toBe(true);
    const names = table.clusters.map((cluster) => cluster.rows.map((id) => value(id, 'name') ?? ''));
    const swapped = names.some(([a = '', b = '']) => a.split(' ').reverse().join(' ') === b && a !== b);
    expect(swapped).toBe(true);
    expect(names.flat().some((name) => /^(Bob|Kate|Dan) /.test(name))).toBe(true); // a nickname
    // A traditional character (zh-CN) or an accent (English): a variant form of one name.
    expect(names.flat().some((name) => /[陳張劉黃]|[\u00c0-\u017f]/.test(name))).toBe(true);
  });

  it('has explanations for lookalikes that are not also duplicates', () => {
    const key = new Set(pairsWithin(table.clusters.map((cluster) => cluster.rows)));
    for (const lookalike of table.lookalikes) expect(key.has(pairKey(...lookalike.rows))).toBe(false);
  });

  /*
   * Worked by hand from the rows (the same design in both locales, ids z… and e…). Key pairs: 9 —
   * 01–09, 02–11, 04–13, 08–20, 05–14, 05–27, 14–27, 07–22, 24–28. Points: phone 2, e-mail 2, name 1.
   * Naive rule (nothing standardised, names exact, threshold 2): 06–18 share a number as typed (2,
   * a parent and child: false); 05–27 share an e-mail (2, or 3 with the same name); 07–22 e-mail and
   * name (3); 08–20 e-mail (2). Name-only pairs (1) fall short. TP 3, FP 1, FN 6: precision 3/4, recall 3/9.
   * Phone numbers standardised: 01–09, 02–11, 05–14, 05–27, 14–27, 08–20, 24–28 and 06–18 share a
   * number, 07–22 still an e-mail; 04–13 has one number missing, e-mails differing in case and
   * names in order, so it scores 0. TP 8, FP 1, FN 1: precision 8/9, recall 8/9.
   * Everything standardised, threshold 3: 04–13 now 2 + 1 = 3; 24–28 only 2 (the names are another
   * script or spelling); 06–18 only 2. TP 8, FP 0, FN 1: precision 1, recall 8/9. Threshold 2 instead:
   * 24–28 and 06–18 come back, TP 9, FP 1: precision 9/10, recall 1. Threshold 1: the two same-named
   * strangers (03–12) join, FP 2: precision 9/11.
   */
  const prefix = locale === 'zh-cn' ? 'z' : 'e';
  const pair = (a: string, b: string) => pairKey(prefix + a, prefix + b);
  const key = pairsWithin(table.clusters.map((cluster) => cluster.rows));
  const scores = (rule: MatchRule) => linkageScores(proposePairs(table.rows, rule), key);
  const all: MatchRule = { phone: true, email: true, name: 'standard', threshold: 3 };

  it('has the nine key pairs worked by hand', () => {
    expect(key.sort()).toEqual(
      [
        pair('01', '09'),
        pair('02', '11'),
        pair('04', '13'),
        pair('08', '20'),
        pair('05', '14'),
        pair('05', '27'),
        pair('14', '27'),
        pair('07', '22'),
        pair('24', '28'),
      ].sort(),
    );
  });

  it('naive rule: TP 3, FP 1 (the shared family number), precision 3/4, recall 3/9', () => {
    const result = scores(NAIVE_RULE);
    expect(result.truePositives.sort()).toEqual([pair('05', '27'), pair('07', '22'), pair('08', '20')].sort());
    expect(result.falsePositives).toEqual([pair('06', '18')]);
    expect(result.precision).toBe(3 / 4);
    expect(result.recall).toBeCloseTo(3 / 9, 12);
  });

  it('phone numbers standardised: TP 8, FP 1, FN 1 (04–13), precision and recall 8/9', () => {
    const result = scores({ ...NAIVE_RULE, phone: true });
    expect(result.falseNegatives).toEqual([pair('04', '13')]);
    expect(result.falsePositives).toEqual([pair('06', '18')]);
    expect(result.precision).toBeCloseTo(8 / 9, 12);
    expect(result.recall).toBeCloseTo(8 / 9, 12);
  });

  it('everything standardised: threshold 3 trades the missed 24–28 for no false match; 2 and 1 the reverse', () => {
    const three = scores(all);
    expect(three.falsePositives).toEqual([]);
    expect(three.falseNegatives).toEqual([pair('24', '28')]);
    expect(three.recall).toBeCloseTo(8 / 9, 12);
    const two = scores({ ...all, threshold: 2 });
    expect(two.falsePositives).toEqual([pair('06', '18')]);
    expect(two.precision).toBe(9 / 10);
    expect(two.recall).toBe(1);
    const one = scores({ ...all, threshold: 1 });
    expect(one.falsePositives.sort()).toEqual([pair('03', '12'), pair('06', '18')].sort());
    expect(one.precision).toBeCloseTo(9 / 11, 12);
  });
});
