/**
 * One row of a customer file a student imports (or of the bundled sample): the limits of each
 * column. The numbers are number fields like any a student types into a widget, read by the same
 * reader and checked against these bounds (src/lib/form/readField.ts), so a spreadsheet's "1,5"
 * or "１２" is read exactly as it would be in a form, and no validation library reaches the page.
 */
import { numberField } from './numberField.ts';

export const customerIdMaxLength = 64;

export const customerNumberFields = {
  lastPurchaseDaysAgo: numberField({ min: 0, max: 36_500, whole: true }),
  purchases: numberField({ min: 0, max: 1_000_000, whole: true }),
  revenue: numberField({ min: 0, max: 1e12 }),
  profit: numberField({ min: -1e12, max: 1e12 }),
};
