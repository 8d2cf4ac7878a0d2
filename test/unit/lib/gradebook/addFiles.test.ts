/** Choosing more files adds what is new, once, after what was read. */
import { describe, expect, it } from 'vitest';
import { addFiles } from '../../../../src/lib/gradebook/addFiles.ts';

describe('addFiles', () => {
  it('adds new files after the old and skips a text already read, even under another name', () => {
    const a = { name: 'a.json', text: 'A' };
    const b = { name: 'b.json', text: 'B' };
    expect(addFiles([a], [{ name: 'a (1).json', text: 'A' }, b, { name: 'b-copy.json', text: 'B' }])).toEqual([a, b]);
    expect(addFiles([], [a, b])).toEqual([a, b]);
    expect(addFiles([a, b], [])).toEqual([a, b]);
  });
});
