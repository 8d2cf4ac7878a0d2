/**
 * The data-cleaning exercise's customer tables (content/data-cleaning/customers.yaml): one table
 * per locale, each with its rows and its answer key (the clusters of rows that are one customer,
 * the cells to fix and why, the pairs that only look alike), the explanations in the table's own
 * language. A broken file fails the build naming the item: a repeated id, a key naming a row the
 * table lacks, a row in two clusters, a cluster of one, a cell listed twice, or too few or too many rows.
 */
import { z } from 'zod';
import { customerFields } from '../lib/data-cleaning/customerFields.ts';
import { localized } from './localized.ts';

/** "About 30 rows": enough duplicates and errors to find, few enough to read on a phone. */
export const ROW_COUNT = { min: 24, max: 36 } as const;

const text = z.string().trim().min(1, 'must not be empty');
const rowId = z.string().regex(/^[a-z][a-z0-9]*$/, 'must be a short lower-case id, e.g. z01');

const rowSchema = z.strictObject({
  id: rowId,
  name: text.optional(),
  mobile: text.optional(),
  email: text.optional(),
  city: text.optional(),
  /** YYYY-MM-DD as the source system exported it; an impossible date is one of the exercise's errors. */
  lastPurchase: text.optional(),
});

const tableSchema = z
  .strictObject({
    caption: text,
    rows: z
      .array(rowSchema)
      .min(ROW_COUNT.min, `give at least ${ROW_COUNT.min} rows ("about 30")`)
      .max(ROW_COUNT.max, `give at most ${ROW_COUNT.max} rows`),
    clusters: z.array(z.strictObject({ rows: z.array(rowId).min(2, 'a cluster needs at least two rows'), why: text })),
    issues: z.array(
      z.strictObject({
        row: rowId,
        field: z.enum(customerFields, { error: `must be one of the columns: ${customerFields.join(', ')}` }),
        why: text,
      }),
    ),
    lookalikes: z.array(z.strictObject({ rows: z.tuple([rowId, rowId]), why: text })),
  })
  .superRefine((table, ctx) => {
    const ids = new Set<string>();
    table.rows.forEach((row, index) => {
      if (ids.has(row.id))
        ctx.addIssue({ code: 'custom', path: ['rows', index, 'id'], message: `"${row.id}" is used by an earlier row` });
      ids.add(row.id);
    });
    const known = (id: string, path: (string | number)[]) => {
      if (!ids.has(id)) ctx.addIssue({ code: 'custom', path, message: `no row has the id "${id}"` });
    };
    const clustered = new Set<string>();
    table.clusters.forEach((cluster, index) =>
      cluster.rows.forEach((id, at) => {
        known(id, ['clusters', index, 'rows', at]);
        if (clustered.has(id))
          ctx.addIssue({
            code: 'custom',
            path: ['clusters', index, 'rows', at],
            message: `"${id}" is already in another cluster (or twice in this one)`,
          });
        clustered.add(id);
      }),
    );
    const cells = new Set<string>();
    table.issues.forEach((issue, index) => {
      known(issue.row, ['issues', index, 'row']);
      const cell = `${issue.row}:${issue.field}`;
      if (cells.has(cell))
        ctx.addIssue({ code: 'custom', path: ['issues', index], message: `${cell} is listed twice` });
      cells.add(cell);
    });
    table.lookalikes.forEach((pair, index) =>
      pair.rows.forEach((id, at) => known(id, ['lookalikes', index, 'rows', at])),
    );
  });

export const dataCleaningSchema = z.strictObject({ tables: localized(tableSchema) });

export type DataCleaningTables = z.output<typeof dataCleaningSchema>;
export type CustomerTable = DataCleaningTables['tables']['zh-cn'];
