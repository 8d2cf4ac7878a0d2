/**
 * Whether a date written YYYY-MM-DD is a day the calendar has: months 1 to 12, and no 30
 * February or 31 April (29 February only in leap years: divisible by 4, except centuries not
 * divisible by 400).
 */
export type DateProblem = 'form' | 'impossible';

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function dateProblem(raw: string): DateProblem | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw.trim());
  if (!match) return 'form';
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? null : 'impossible';
}
