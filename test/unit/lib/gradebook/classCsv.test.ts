/**
 * The class CSV against text written out by hand: byte-order mark, CRLF, RFC 4180 quoting, an
 * apostrophe before a cell a spreadsheet would run as a formula, the locale's words for yes, no
 * and endings, numbers to one decimal.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classCsv, type CsvWords } from '../../../../src/lib/gradebook/classCsv.ts';
import { classRows } from '../../../../src/lib/gradebook/classRows.ts';
import { csvCell, csvText } from '../../../../src/lib/gradebook/csvText.ts';
import { assignment, kim, li, report, zhang } from './classFixtures.ts';

const words: CsvWords = {
  name: 'Name',
  number: 'Number',
  madeAt: 'Report made',
  done: '{task} — done',
  score: '{task} — score',
  ending: '{task} — ending',
  minutes: 'Minutes',
  mean: 'Mean score',
  yes: 'yes',
  no: 'no',
  endings: {
    staysAndPraises: 'Stays and praises',
    stays: 'Stays',
    leavesQuietly: 'Leaves quietly',
    leavesAndWarns: 'Leaves and warns',
    escalatesPublicly: 'Goes public',
  },
};
const taskNames = [
  'Read ch. 3',
  'Ch. 3 quiz (practice)',
  'Role-play: Lost parcel',
  'Exam items (1)',
  'Lifetime value, ch. 3',
];

describe('csvCell', () => {
  it('quotes a cell with a comma, quote or line break, doubling its quotes', () => {
    expect(csvCell('plain 文字')).toBe('plain 文字');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('')).toBe('');
  });

  it('puts an apostrophe before a cell a spreadsheet would run as a formula', () => {
    expect(csvCell('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvCell('+86 138')).toBe("'+86 138");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('reads back as the value (after any apostrophe) for every string', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const cell = csvCell(value);
        const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
        expect([value, `'${value}`]).toContain(unquoted);
        if (!cell.startsWith('"')) expect(cell).not.toMatch(/[",\r\n]/);
      }),
    );
  });
});

describe('csvText', () => {
  it('starts with a byte-order mark and ends every line with CRLF', () => {
    expect(
      csvText([
        ['a', 'b'],
        ['1', ''],
      ]),
    ).toBe('\uFEFFa,b\r\n1,\r\n');
  });
});

describe('classCsv', () => {
  it('writes the class as the hand-written text', () => {
    const rows = classRows(
      [
        { file: 'zhang.json', report: zhang },
        { file: 'li.json', report: li },
        { file: 'kim.json', report: kim },
      ],
      'en',
    );
    const expected =
      '\uFEFF' +
      'Name,Number,Report made,' +
      'Read ch. 3 — done,Read ch. 3 — score,' +
      'Ch. 3 quiz (practice) — done,Ch. 3 quiz (practice) — score,' +
      'Role-play: Lost parcel — done,Role-play: Lost parcel — score,Role-play: Lost parcel — ending,' +
      'Exam items (1) — done,Exam items (1) — score,' +
      '"Lifetime value, ch. 3 — done","Lifetime value, ch. 3 — score",' +
      'Minutes,Mean score\r\n' +
      'Li Na,,2026-03-01T09:00:00.000Z,no,,yes,0,no,,,no,,no,,1.5,0\r\n' +
      '"O\'Brien, ""Kim""",\'=1+1,2026-03-02T10:15:30.000Z,no,,yes,100,yes,,Leaves quietly,yes,100,no,,0,100\r\n' +
      '张伟,S01,2026-03-01T08:30:00.000Z,yes,,yes,50,yes,,Stays,yes,50,yes,,15,50\r\n';
    expect(classCsv(assignment.tasks, taskNames, rows, words)).toBe(expected);
  });

  it('rounds scores and minutes to one decimal', () => {
    // One of three items right on a whole quiz of three: 33.3 %; 100 s is 1.7 minutes.
    const three = {
      ...assignment,
      tasks: [{ kind: 'quiz', chapter: '03-customer-value', mode: 'practice', items: ['a', 'b', 'c'] }],
    } as typeof assignment;
    const student = report(
      { name: 'Wu' },
      (p) => {
        p.answers['a'] = [
          { id: 'x', at: 1, fingerprint: 'f', response: { kind: 'single', choice: 'a' }, score: 1, mode: 'practice' },
        ];
      },
      { '03-customer-value': 100_000 },
      0,
      three,
    );
    const csv = classCsv(three.tasks, ['Quiz'], classRows([{ file: 'wu', report: student }], 'en'), words);
    expect(csv.split('\r\n')[1]).toBe('Wu,,1970-01-01T00:00:00.000Z,no,33.3,1.7,33.3');
  });
});
