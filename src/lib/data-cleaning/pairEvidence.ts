/**
 * What two rows have in common once everything is standardised (phone numbers, e-mails, names,
 * cities), so that a wrongly merged pair can be explained: "only the name is the same".
 */
import { cellValue, type CustomerRow } from './customerFields.ts';
import { standardiseEmail } from './emailAddress.ts';
import { standardiseName } from './personName.ts';
import { standardisePhone } from './phoneNumber.ts';

export const evidenceFields = ['mobile', 'email', 'name', 'city'] as const;
export type EvidenceField = (typeof evidenceFields)[number];

const standard: Record<EvidenceField, (text: string) => string> = {
  mobile: standardisePhone,
  email: standardiseEmail,
  name: standardiseName,
  city: (text) => text.toLowerCase(),
};

/** The fields, in the order of `evidenceFields`, whose standardised values are present and equal. */
export function sharedFields(a: CustomerRow, b: CustomerRow): EvidenceField[] {
  return evidenceFields.filter((field) => {
    const left = standard[field](cellValue(a, field));
    return left !== '' && left === standard[field](cellValue(b, field));
  });
}

/** A value as a standardised comparison sees it: numbers and e-mails standardised, anything else as written. */
export function standardValue(field: string, raw: string): string {
  if (field === 'mobile') return standardisePhone(raw);
  if (field === 'email') return standardiseEmail(raw);
  return raw.trim();
}
