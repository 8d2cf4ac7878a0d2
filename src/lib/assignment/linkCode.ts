/**
 * The QR code of an assignment link, drawn on the instructor's page so a class can scan it from a
 * projector. The page loads this module only when a link is made (uqr comes with it). A long link
 * gets low error correction, as only that fits the longest links into a code a phone still reads
 * off a screen; a shorter one gets medium, which survives a glare or a smudge.
 */
import { encode } from 'uqr';
import { QUIET_ZONE, darkRunsPath } from '../print/qrCode.ts';

/** From this many characters on, a link's code uses low error correction. */
export const LONG_LINK = 1200;

export interface LinkCode {
  /** Modules per side, the quiet zone included: the SVG's viewBox is `0 0 side side`. */
  side: number;
  /** The dark modules in module units, already moved inside the quiet zone. */
  path: string;
  ecc: 'L' | 'M';
}

export function linkEcc(link: string): 'L' | 'M' {
  return link.length > LONG_LINK ? 'L' : 'M';
}

export function linkCode(link: string): LinkCode {
  const ecc = linkEcc(link);
  const { size, data } = encode(link, { ecc, border: QUIET_ZONE });
  return { side: size, path: darkRunsPath(data), ecc };
}
