/**
 * A QR code for a printed page, drawn as one SVG path at build time: the printed handouts carry the
 * address of each live widget as a code a phone can scan, with no script in the page. uqr does the
 * encoding (small, no dependencies, runs in the build's Node); its own SVG draws every dark module as
 * a separate square, about 14 KB for a chapter address, so the path here joins each row's runs of
 * dark modules into one rectangle, which is about a quarter of that.
 */
import { encode } from 'uqr';

export interface QrCode {
  /** Modules per side, quiet zone not included. */
  size: number;
  /** The dark modules as an SVG path in module units, origin at the top-left module. */
  path: string;
}

/** The quiet zone the QR standard asks for around the code, in modules. */
export const QUIET_ZONE = 4;

/** The dark runs of a module matrix as an SVG path: `M x y h n v 1 h -n z` per run. */
export function darkRunsPath(modules: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    let start = -1;
    for (let x = 0; x <= row.length; x++) {
      const dark = x < row.length && row[x] === true;
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
        start = -1;
      }
    }
  });
  return parts.join('');
}

/** The QR code of a text (an address), with medium error correction: a printed code survives a smudge. */
export function qrCode(text: string): QrCode {
  const { size, data } = encode(text, { ecc: 'M', border: 0 });
  return { size, path: darkRunsPath(data) };
}
