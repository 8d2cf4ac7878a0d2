/**
 * Imports a student's own customer file (CSV text) for the pyramid and RFM explorer. A pure
 * function over the text: nothing is uploaded anywhere. Every row is checked against the column
 * limits in src/schemas/customerRow.ts, its numbers read as any widget field reads them; a bad row
 * is left out and reported with its line number, the column and a code (never a sentence, so the
 * widget can phrase it in either language). Oversized files are refused with the limit named.
 */
import { customerIdMaxLength, customerNumberFields } from '../../schemas/customerRow.ts';
import type { FieldProblem } from '../form/fieldProblem.ts';
import { readField } from '../form/readField.ts';
import { customerColumns, type CustomerRecord } from './customerRecord.ts';
import { importLimits, type ImportLimits } from './importLimits.ts';
import { parseCsvRecords } from './csvRecords.ts';

export type CustomerColumn = (typeof customerColumns)[number];

/** A problem with the file as a whole: nothing was imported. */
export type FileProblem =
  | { code: 'fileTooLarge'; bytes: number; maxBytes: number }
  | { code: 'tooManyRows'; rows: number; maxRows: number }
  | { code: 'noRows' }
  | { code: 'unclosedQuote'; line: number }
  | { code: 'missingColumn'; column: CustomerColumn }
  | { code: 'duplicateColumn'; column: CustomerColumn };

/**
 * Why a value in a column was refused: the number field's problems (a decimal comma, "1,5", gets
 * its own code: the file uses decimal commas), or an id too long.
 */
export type ColumnProblem =
  | { code: 'required' | 'notANumber' | 'decimalComma' | 'notWhole' }
  | { code: 'belowMin'; min: number }
  | { code: 'aboveMax'; max: number }
  | { code: 'tooLong'; max: number };

/** A problem with one row, which was left out. */
export type RowError = { line: number } & (
  | { code: 'fieldCount'; expected: number; actual: number }
  | ({ field: CustomerColumn } & ColumnProblem)
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

type NumberColumn = keyof typeof customerNumberFields;
const numberColumns = Object.keys(customerNumberFields) as NumberColumn[];

/** A number field's problem in a column: a % sign in a count or an amount is just not a number. */
const columnProblem = (problem: FieldProblem): ColumnProblem =>
  // No column has an open minimum (notAboveMin), so that code never reaches here either.
  problem.code === 'noPercent' || problem.code === 'notAboveMin' ? { code: 'notANumber' } : (problem as ColumnProblem);

/** A row's fields checked column by column: the customer, or every problem found (in column order). */
function checkRow(
  line: number,
  text: Record<CustomerColumn, string>,
): { customer: CustomerRecord } | { errors: RowError[] } {
  const errors: RowError[] = [];
  const customerId = text.customerId.trim();
  if (customerId === '') errors.push({ line, field: 'customerId', code: 'required' });
  else if (customerId.length > customerIdMaxLength)
    errors.push({ line, field: 'customerId', code: 'tooLong', max: customerIdMaxLength });
  const customer: CustomerRecord = { customerId, lastPurchaseDaysAgo: 0, purchases: 0, revenue: 0, profit: 0 };
  for (const field of numberColumns) {
    const reading = readField(customerNumberFields[field], text[field]);
    if (reading.ok) customer[field] = reading.value;
    else errors.push({ line, field, ...columnProblem(reading.problem) });
  }
  return errors.length > 0 ? { errors } : { customer };
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
    const text = Object.fromEntries(customerColumns.map((column) => [column, fields[positions[column]] ?? '']));
    const checked = checkRow(line, text as Record<CustomerColumn, string>);
    if ('errors' in checked) {
      errors.push(...checked.errors);
      continue;
    }
    const { customer } = checked;
    const firstLine = firstLineOfId.get(customer.customerId);
    if (firstLine !== undefined) {
      errors.push({ line, field: 'customerId', code: 'duplicateId', firstLine });
      continue;
    }
    firstLineOfId.set(customer.customerId, line);
    customers.push(customer);
  }
  return {
    customers,
    fileProblems: [],
    rowErrors: errors.slice(0, limits.maxListedErrors),
    unlistedRowErrors: Math.max(0, errors.length - limits.maxListedErrors),
    rowsRead: rows.length,
  };
}
