/** What the adapter writes to the device from the LMS's records: what the device lacks, and newer work only. */
import { describe, expect, it } from 'vitest';
import { recordsToRestore } from '../../../../src/lib/scorm/restoreRecords.ts';

const attempt = (id: string, at: number, choice: string) => ({
  id,
  at,
  fingerprint: 'fp',
  response: { kind: 'single', choice },
  score: 1,
  mode: 'test',
});
const item = (...attempts: ReturnType<typeof attempt>[]) => JSON.stringify({ v: 2, attempts });
const draft = (at: number, choice: string) => JSON.stringify({ v: 2, at, input: { kind: 'single', choice } });

describe('recordsToRestore', () => {
  it('writes every valid record the device lacks, and leaves out and counts invalid ones', () => {
    const restored = {
      'item:ch1-a': item(attempt('a1', 100, 'x')),
      'draft:ch1-b': draft(200, 'y'),
      'draft:ch1-c': JSON.stringify({ v: 2, at: -1, input: { kind: 'single' } }),
      'item:ch1-d': '{"v":2,"attempts":[{"id":',
    };
    const { writes, rejected } = recordsToRestore(restored, () => undefined);
    expect(writes).toEqual({ 'item:ch1-a': restored['item:ch1-a'], 'draft:ch1-b': restored['draft:ch1-b'] });
    expect(rejected).toBe(2);
  });

  it('adds the LMS’s answer to an item only when it is newer than every answer on the device', () => {
    const device: Record<string, string> = {
      'item:ch1-a': item(attempt('a1', 100, 'x')),
      'item:ch1-b': item(attempt('b2', 300, 'z')),
    };
    const restored = { 'item:ch1-a': item(attempt('a2', 200, 'y')), 'item:ch1-b': item(attempt('b1', 250, 'w')) };
    const { writes } = recordsToRestore(restored, (key) => device[key]);
    expect(writes).toEqual({ 'item:ch1-a': item(attempt('a1', 100, 'x'), attempt('a2', 200, 'y')) });
  });

  it('keeps the device’s draft when it is the newer one, and takes the LMS’s when that is', () => {
    const device: Record<string, string> = { 'draft:ch1-a': draft(500, 'mine'), 'draft:ch1-b': draft(100, 'mine') };
    const restored = { 'draft:ch1-a': draft(400, 'lms'), 'draft:ch1-b': draft(200, 'lms') };
    expect(recordsToRestore(restored, (key) => device[key]).writes).toEqual({ 'draft:ch1-b': draft(200, 'lms') });
  });
});
