/** The queue simulator's number formats: the course's usual ones, plus factors and loads to two decimals (1.15, ρ = 0.95). */
import { numberFormats, type NumberFormats } from '../text/numberFormats.ts';

export interface QueueFormats extends NumberFormats {
  /** A multiplier or a load per server: two decimals at most, more than the course's usual one. */
  factor: (value: number) => string;
}

export function queueFormats(languageTag: string): QueueFormats {
  const factor = new Intl.NumberFormat(languageTag, { maximumFractionDigits: 2 });
  return { ...numberFormats(languageTag), factor: (value) => factor.format(value) };
}
