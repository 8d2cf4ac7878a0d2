import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, exportFile } from '../../../../src/lib/progress/progressFile.ts';
import { readImportFile } from '../../../../src/lib/progress/importFile.ts';
import { emptyProgress } from '../../../../src/lib/progress/progressState.ts';
import { attempt, t0 } from './fixtures.ts';

const progress = {
  ...emptyProgress(),
  answers: { 'ch1-a': [attempt({ id: 'x' })] },
  drafts: { 'ch1-b': { v: 2 as const, at: t0, input: { kind: 'text' as const, text: 'draft' } } },
  read: { '01-foundations': t0 },
};

describe('export and import files', () => {
  it('round-trips progress, leaving out unsubmitted test drafts', () => {
    const file = exportFile(progress, new Date(t0));
    const result = readImportFile(file);
    expect(result).toEqual({ ok: true, skipped: 0, progress: { ...progress, drafts: {} } });
    expect(JSON.parse(file)).toMatchObject({
      format: 'crm-course-progress',
      version: 2,
      exportedAt: '2026-11-02T09:00:00.000Z',
    });
  });

  it('refuses, with a reason, files that are too large, empty, not JSON, foreign or from a newer version', () => {
    const file = JSON.parse(exportFile(progress, new Date(t0)));
    expect(readImportFile('{}', MAX_IMPORT_BYTES + 1)).toEqual({ ok: false, problem: 'tooLarge' });
    expect(readImportFile('  ')).toEqual({ ok: false, problem: 'empty' });
    expect(readImportFile('{"format": "crm-course-progress",')).toEqual({ ok: false, problem: 'notJson' });
    expect(readImportFile('[1, 2, 3]')).toEqual({ ok: false, problem: 'foreign' });
    expect(readImportFile(JSON.stringify({ ...file, format: 'h5p-state' }))).toEqual({ ok: false, problem: 'foreign' });
    expect(readImportFile(JSON.stringify({ ...file, version: 3 }))).toEqual({ ok: false, problem: 'newerVersion' });
    expect(readImportFile(JSON.stringify({ ...file, entries: { 'item:ch1-a': 'garbage' } }))).toEqual({
      ok: false,
      problem: 'nothingReadable',
    });
  });

  it('skips and counts the entries it cannot read, and imports the rest', () => {
    const file = JSON.parse(exportFile(progress, new Date(t0)));
    file.entries['item:ch1-broken'] = { v: 2, attempts: 'no' };
    const result = readImportFile(JSON.stringify(file));
    expect(result.ok && result.skipped).toBe(1);
    expect(result.ok && Object.keys(result.progress.answers)).toEqual(['ch1-a']);
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(readImportFile(`\uFEFF${exportFile(progress, new Date(t0))}`).ok).toBe(true);
  });
});
