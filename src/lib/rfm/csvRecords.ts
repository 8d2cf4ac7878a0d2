/**
 * Splits CSV text into records by RFC 4180, tolerant of what spreadsheets actually write: a
 * byte-order mark, CRLF, LF or CR line ends, quoted fields holding commas, quotes ("") or line
 * breaks, and semicolon- or tab-separated files (the separator is read from the header line).
 * Each record keeps the line it starts on, so errors can point at it.
 */

export interface CsvRecord {
  /** 1-based line of the file where the record starts (the header is line 1). */
  line: number;
  fields: string[];
}

export type CsvRecords =
  | { ok: true; records: CsvRecord[] }
  /** A quote opened on `line` is never closed: everything after it would be one field. */
  | { ok: false; problem: { code: 'unclosedQuote'; line: number } };

/** Comma unless the first line has none and has semicolons (European Excel) or tabs. */
function detectSeparator(text: string): string {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  if (firstLine.includes(',')) return ',';
  if (firstLine.includes(';')) return ';';
  if (firstLine.includes('\t')) return '\t';
  return ',';
}

/** Blank lines (nothing, or only spaces) are skipped rather than read as empty records. */
export function parseCsvRecords(input: string): CsvRecords {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const separator = detectSeparator(text);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let fieldStart = true;

  const endRecord = () => {
    fields.push(field);
    const blank = fields.length === 1 && fields[0]!.trim() === '';
    if (!blank) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    fieldStart = true;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && fieldStart) {
      quoted = true;
      quoteLine = line;
      fieldStart = false;
    } else if (ch === separator) {
      fields.push(field);
      field = '';
      fieldStart = true;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      // Spaces before an opening quote still let it open: `  "a,b"` is one field.
      if (!(ch === ' ' && fieldStart && field.trim() === '')) fieldStart = false;
      field += ch;
    }
  }
  if (quoted) return { ok: false, problem: { code: 'unclosedQuote', line: quoteLine } };
  if (field !== '' || fields.length > 0) endRecord();
  return { ok: true, records };
}
