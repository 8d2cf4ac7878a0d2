/**
 * The pyramid explorer fetches the sample customers from public/data/ (same origin, so the
 * island stays small); that copy must be byte for byte the committed, generator-checked file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the sample customers served to the explorer', () => {
  it('are the same file as src/data/sample-customers.csv', () => {
    const served = readFileSync('public/data/sample-customers.csv', 'utf8');
    const source = readFileSync('src/data/sample-customers.csv', 'utf8');
    expect(served.length).toBeGreaterThan(0);
    expect(served).toBe(source);
  });
});
