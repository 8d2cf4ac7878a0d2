/**
 * What is wrong with one cell of the customer table, if anything: empty, or a value that cannot
 * be right for its column (names and cities are only checked for being there). A value merely
 * written non-standardly, such as a number in full-width digits, is not a problem: standardising
 * it fixes it, and the check tells the student so.
 */
import { dateProblem } from './calendarDate.ts';
import { cellValue, type CustomerField, type CustomerRow } from './customerFields.ts';
import { emailProblem } from './emailProblem.ts';
import { mobileProblem } from './mobileProblem.ts';

export type CellProblem =
  | { kind: 'missing' }
  | { kind: 'mobile'; problem: 'notDigits' | 'length' | 'prefix' }
  | { kind: 'email' }
  | { kind: 'date'; problem: 'form' | 'impossible' };

export function cellProblem(row: CustomerRow, field: CustomerField): CellProblem | null {
  const value = cellValue(row, field);
  if (!value) return { kind: 'missing' };
  if (field === 'mobile') {
    const problem = mobileProblem(value);
    return problem && { kind: 'mobile', problem };
  }
  if (field === 'email') return emailProblem(value) && { kind: 'email' };
  if (field === 'lastPurchase') {
    const problem = dateProblem(value);
    return problem && { kind: 'date', problem };
  }
  return null;
}
