/** A survey file's columns: the one holding the 0–10 answers is found, and a column becomes the box's text. */
import { describe, expect, it } from 'vitest';
import { columnText, scoreColumns } from '../../../../src/lib/nps/scoreColumns.ts';
import { parseCsvRecords } from '../../../../src/lib/rfm/csvRecords.ts';

function records(text: string) {
  const parsed = parseCsvRecords(text);
  if (!parsed.ok) throw new Error('unreadable test file');
  return parsed.records;
}

describe('scoreColumns', () => {
  it('finds the score column of an exported survey under its heading', () => {
    const file = records('id,推荐意愿,comment\n101,9,"fast, friendly"\n102,6,slow\n103,10,\n');
    const columns = scoreColumns(file);
    // Ids 101–103 are numbers but not 0–10 scores; the comments are words; column 2 has three scores.
    expect(columns).toEqual({ names: ['id', '推荐意愿', 'comment'], best: 1, headed: true });
    expect(columnText(file, 1, true)).toBe('9\n6\n10');
  });

  it('numbers the columns of a file without a heading row and keeps its first line', () => {
    const file = records('8;120\n9;80\n');
    const columns = scoreColumns(file);
    expect(columns).toEqual({ names: ['1', '2'], best: 0, headed: false });
    expect(columnText(file, 0, false)).toBe('8\n9');
  });

  it('leaves a short row’s missing field as an empty line', () => {
    const file = records('a,b\n1,2\n3\n');
    expect(columnText(file, 1, true)).toBe('2\n');
  });
});
