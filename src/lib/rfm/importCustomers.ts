/**
 * Imports a student's own customer file (CSV text) for the pyramid and RFM explorer. A pure
 * function over the text: nothing is uploaded anywhere. Every row is checked with zod; a bad row
 * is left out and reported with its line number, the column and a code (never a sentence, so the
 * widget can phrase it in either language). Oversized files are refused with the limit named.
 */
import type { z } from 'zod';
import { customerRowSchema } from '../../schemas/customerRow';
import { customerColumns, type CustomerRecord } from './customerRecord';
import { parseCsvRecords } from './csvRecords';

export type CustomerColumn = (typeof customerColumns)[number];

export const importLimits = {
  /** 5 MB: far above a class exercise, well below what slows a phone's browser. */
  maxBytes: 5 * 1024 * 1024,
  maxRows: 50_000,
  /** Errors listed one by one; beyond this they are only counted. */
  maxListedErrors: 200,
};

export type ImportLimits = typeof importLimits;

/** A problem with the file as a whole: nothing was imported. */
export type FileProblem =
  | { code: 'fileTooLarge'; bytes: number; maxBytes: number }
  | { code: 'tooManyRows'; rows: number; maxRows: number }
  | { code: 'noRows' }
  | { code: 'unclosedQuote'; line: number }
  | { code: 'missingColumn'; column: CustomerColumn }
  | { code: 'duplicateColumn'; column: CustomerColumn };

/** A problem with one row, which was left out. */
export type RowError = { line: number } & (
  | { code: 'fieldCount'; expected: number; actual: number }
  | { field: CustomerColumn; code: 'required' }
  | { field: CustomerColumn; code: 'notANumber' }
  /** A comma that does not group thousands ("1,5"): the file uses decimal commas. */
  | { field: CustomerColumn; code: 'decimalComma' }
  | { field: CustomerColumn; code: 'notWhole' }
  | { field: CustomerColumn; code: 'belowMin'; min: number }
  | { field: CustomerColumn; code: 'aboveMax'; max: number }
  | { field: CustomerColumn; code: 'tooLong'; max: number }
  | { field: 'customerId'; code: 'duplicateId'; firstLine: number }
);

export interface CustomerImport {
  customers: CustomerRecord[];
  /** File-level problems; when there is one, `customers` is empty. */
  fileProblems: FileProblem[];
  /** The first `maxListedErrors` row errors, in line order. */
  rowErrors: RowError[];
  /** Row errors beyond those listed. */
  unlistedRowErrors: number;
  /** Rows read, good or bad (the header not counted). */
  rowsRead: number;
}

/**
 * Header names accepted for each column: the English names of the sample file and the
 * Chinese ones a student's spreadsheet may use. Compared without case, spaces, _ or -.
 */
const columnAliases: Record<CustomerColumn, string[]> = {
  customerId: ['customerid', 'id', 'customer', '客户编号', '客户id', '客户'],
  lastPurchaseDaysAgo: [
    'lastpurchasedaysago',
    'recency',
    'recencydays',
    'dayssincelastpurchase',
    '距上次购买天数',
    '最近购买天数',
  ],
  purchases: ['purchases', 'frequency', 'orders', '购买次数', '订单数'],
  revenue: ['revenue', 'monetary', 'sales', '收入', '销售额', '营业收入'],
  profit: ['profit', '利润', '毛利', '客户利润'],
};

const normaliseHeader = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, '');

/** Bytes the text takes in UTF-8, counted without building a copy of it. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Turns zod's issues for one row into row errors with codes. */
export function rowErrorsFromIssues(line: number, issues: readonly z.core.$ZodIssue[]): RowError[] {
  return issues.map((issue): RowError => {
    const field = issue.path[0] as CustomerColumn;
    switch (issue.code) {
      case 'too_small':
        return issue.origin === 'string'
          ? { line, field, code: 'required' }
          : { line, field, code: 'belowMin', min: Number(issue.minimum) };
      case 'too_big':
        return issue.origin === 'string'
          ? { line, field, code: 'tooLong', max: Number(issue.maximum) }
          : { line, field, code: 'aboveMax', max: Number(issue.maximum) };
      case 'invalid_type':
        return issue.expected === 'int' ? { line, field, code: 'notWhole' } : { line, field, code: 'notANumber' };
      case 'custom':
        // The number reader's reason (customerRow.ts); a % sign in a count or an amount is just not a number.
        return issue.params?.['code'] === 'decimalComma'
          ? { line, field, code: 'decimalComma' }
          : { line, field, code: 'notANumber' };
      default:
        return { line, field, code: 'notANumber' };
    }
  });
}

const emptyImport = (fileProblems: FileProblem[], rowsRead = 0): CustomerImport => ({
  customers: [],
  fileProblems,
  rowErrors: [],
  unlistedRowErrors: 0,
  rowsRead,
});

export function importCustomerCsv(text: string, limits: ImportLimits = importLimits): CustomerImport {
  // A string longer than the limit in UTF-16 units is longer still in bytes: refuse it unread.
  if (text.length > limits.maxBytes) {
    return emptyImport([{ code: 'fileTooLarge', bytes: utf8Bytes(text), maxBytes: limits.maxBytes }]);
  }
  const bytes = utf8Bytes(text);
  if (bytes > limits.maxBytes) return emptyImport([{ code: 'fileTooLarge', bytes, maxBytes: limits.maxBytes }]);

  const parsed = parseCsvRecords(text);
  if (!parsed.ok) return emptyImport([parsed.problem]);
  const [header, ...rows] = parsed.records;
  if (!header || rows.length === 0) return emptyImport([{ code: 'noRows' }]);
  if (rows.length > limits.maxRows) {
    return emptyImport([{ code: 'tooManyRows', rows: rows.length, maxRows: limits.maxRows }], rows.length);
  }

  const headerProblems: FileProblem[] = [];
  const positions = {} as Record<CustomerColumn, number>;
  const names = header.fields.map(normaliseHeader);
  for (const column of customerColumns) {
    const matches = names.flatMap((name, index) => (columnAliases[column].includes(name) ? [index] : []));
    if (matches.length === 0) headerProblems.push({ code: 'missingColumn', column });
    else if (matches.length > 1) headerProblems.push({ code: 'duplicateColumn', column });
    else positions[column] = matches[0]!;
  }
  if (headerProblems.length > 0) return emptyImport(headerProblems, rows.length);

  const customers: CustomerRecord[] = [];
  const errors: RowError[] = [];
  const firstLineOfId = new Map<string, number>();
  for (const { line, fields } of rows) {
    if (fields.length < header.fields.length) {
      errors.push({ line, code: 'fieldCount', expected: header.fields.length, actual: fields.length });
      continue;
    }
    const candidate = Object.fromEntries(customerColumns.map((column) => [column, fields[positions[column]]]));
    const checked = customerRowSchema.safeParse(candidate);
    if (!checked.success) {
      errors.push(...rowErrorsFromIssues(line, checked.error.issues));
      continue;
    }
    const firstLine = firstLineOfId.get(checked.data.customerId);
    if (firstLine !== undefined) {
      errors.push({ line, field: 'customerId', code: 'duplicateId', firstLine });
      continue;
    }
    firstLineOfId.set(checked.data.customerId, line);
    customers.push(checked.data);
  }
  return {
    customers,
    fileProblems: [],
    rowErrors: errors.slice(0, limits.maxListedErrors),
    unlistedRowErrors: Math.max(0, errors.length - limits.maxListedErrors),
    rowsRead: rows.length,
  };
}
