/**
 * The QR codes printed beside each widget: sizes from the standard's capacity table (ISO/IEC 18004,
 * version 1 at level M holds 14 bytes; version 2, 25 modules a side, the next), the three finder
 * patterns where the standard puts them, and a path that draws exactly the dark modules.
 */
import fc from 'fast-check';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { darkRunsPath, qrCode } from '../../../../src/lib/print/qrCode.ts';

/** The modules a path of `M x y h n v 1 h -n z` runs paints, as "x,y" strings. */
function painted(path: string): Set<string> {
  const cells = new Set<string>();
  for (const [, x, y, n] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g))
    for (let i = 0; i < Number(n); i++) cells.add(`${Number(x) + i},${y}`);
  return cells;
}

describe('qrCode', () => {
  it('fits 14 bytes in version 1 (21 modules) at level M and needs version 2 (25) for 15', () => {
    expect(qrCode('abcdefghijklmn').size).toBe(21);
    expect(qrCode('abcdefghijklmno').size).toBe(25);
  });

  it('draws the 7×7 finder patterns in three corners, with the light ring inside', () => {
    const { size, path } = qrCode('https://school.example/crm/en/chapters/01-foundations/#churn-compounding-title');
    const cells = painted(path);
    const corners: [number, number][] = [
      [0, 0],
      [size - 7, 0],
      [0, size - 7],
    ];
    for (const [left, top] of corners) {
      for (let i = 0; i < 7; i++) {
        expect(cells.has(`${left + i},${top}`)).toBe(true);
        expect(cells.has(`${left + i},${top + 6}`)).toBe(true);
      }
      expect(cells.has(`${left + 1},${top + 1}`)).toBe(false);
      expect(cells.has(`${left + 3},${top + 3}`)).toBe(true);
    }
    // The light separator beside the top-left pattern: its right column and bottom row.
    for (let i = 0; i < 8; i++) {
      expect(cells.has(`7,${i}`)).toBe(false);
      expect(cells.has(`${i},7`)).toBe(false);
    }
  });

  it('paints every dark module once and nothing else, for any matrix', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        (rows) => {
          const expected = new Set(rows.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`${x},${y}`] : []))));
          expect(painted(darkRunsPath(rows))).toEqual(expected);
        },
      ),
    );
    const { data } = encode('CRM', { ecc: 'M', border: 0 });
    expect(painted(qrCode('CRM').path).size).toBe(data.flat().filter(Boolean).length);
  });
});
