/**
 * The QR code of an assignment link: medium error correction up to 1,200 characters, low beyond;
 * the quiet zone of 4 modules around it; and the code's fixed patterns where the QR standard
 * (ISO/IEC 18004) puts them, so the drawing is a code and not only some path.
 */
import { describe, expect, it } from 'vitest';
import { LONG_LINK, linkCode, linkEcc } from '../../../../src/lib/assignment/linkCode.ts';

describe('the QR code of a link', () => {
  it('uses medium error correction up to 1,200 characters and low beyond', () => {
    expect(LONG_LINK).toBe(1200);
    expect(linkEcc('x'.repeat(1200))).toBe('M');
    expect(linkEcc('x'.repeat(1201))).toBe('L');
  });

  it('is a version-1 code in its quiet zone for a short link: 21 modules + 2 × 4', () => {
    // Version 1-M holds up to 14 bytes (ISO/IEC 18004 table 7): "https://a.b/#x" is 14.
    const code = linkCode('https://a.b/#x');
    expect(code.ecc).toBe('M');
    expect(code.side).toBe(29);
    // The top-left finder pattern's top edge: 7 dark modules from (4, 4), the first run drawn.
    expect(code.path.startsWith('M4 4h7v1h-7z')).toBe(true);
  });

  it('grows with the link: a version-40 code (177 modules) for the longest links', () => {
    // Version 40-L holds up to 2,953 bytes; 40-M only 2,331, so 2,900 characters need L.
    const code = linkCode(`https://example.org/assignment/#a1.${'A'.repeat(2900 - 35)}`);
    expect(code.ecc).toBe('L');
    expect(code.side).toBe(177 + 8);
  });
});
