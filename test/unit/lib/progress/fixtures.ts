/** Small builders for stored records, so each test says only what matters to it. */
import type { Attempt } from '../../../../src/schemas/progress.ts';

export const minute = 60_000;
export const day = 24 * 60 * minute;
export const t0 = Date.UTC(2026, 10, 2, 9, 0, 0);

export function attempt(overrides: Partial<Attempt> = {}): Attempt {
  const at = overrides.at ?? t0;
  return {
    id: `a-${at}-${overrides.score ?? 1}`,
    at,
    fingerprint: 'fp1',
    response: { kind: 'single', choice: 'b' },
    score: 1,
    mode: 'practice',
    ...overrides,
  };
}

export const itemText = (attempts: Attempt[]) => JSON.stringify({ v: 2, attempts });
