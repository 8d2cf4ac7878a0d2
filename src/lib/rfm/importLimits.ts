/**
 * How large a customer file the explorer reads, and that size as the picker states it: loaded with
 * the explorer, while the importer itself loads only when a file is chosen.
 */
import type { NumberFormats } from '../text/numberFormats.ts';

export const importLimits = {
  /** 5 MB: far above a class exercise, well below what slows a phone's browser. */
  maxBytes: 5 * 1024 * 1024,
  maxRows: 50_000,
  /** Errors listed one by one; beyond this they are only counted. */
  maxListedErrors: 200,
};

export type ImportLimits = typeof importLimits;

/** A file size as the limit is stated: 5 MB, 6 MB, 0.3 MB. */
export function megabytes(bytes: number, formats: Pick<NumberFormats, 'decimal'>): string {
  return `${formats.decimal(bytes / 1024 / 1024)} MB`;
}
