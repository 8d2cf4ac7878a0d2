/**
 * Role-play records in the progress store: saved after each reply, the best ending kept when a
 * later play goes worse, read back and set aside like every other record; only the best ending is
 * exported, and an import raises it without touching the conversation on this device.
 */
import { describe, expect, it } from 'vitest';
import { mergeProgress, progressChanges } from '../../../../src/lib/progress/mergeProgress.ts';
import { exportFile } from '../../../../src/lib/progress/progressFile.ts';
import { readImportFile } from '../../../../src/lib/progress/importFile.ts';
import { emptyProgress } from '../../../../src/lib/progress/progressState.ts';
import { encodeProgress, readProgress } from '../../../../src/lib/progress/readProgress.ts';
import { saveRoleplay } from '../../../../src/lib/progress/roleplayProgress.ts';
import { t0 } from './fixtures.ts';

const bestPath = [
  { nodeId: 'open', choiceId: 'hear-the-story', freeText: 'Tell me more.' },
  { nodeId: 'heard', choiceId: 'apologise-for-yesterday' },
];

describe('saveRoleplay', () => {
  it('keeps the conversation, and the first best ending reached', () => {
    const midway = saveRoleplay(undefined, bestPath, null, t0);
    expect(midway).toEqual({ v: 2, at: t0, path: bestPath });
    const praised = saveRoleplay(midway, bestPath, 'staysAndPraises', t0 + 1);
    expect(praised.best).toEqual({ ending: 'staysAndPraises', at: t0 + 1 });
  });

  it('never lowers the best ending when a later play ends worse, and a restart keeps it', () => {
    const praised = saveRoleplay(undefined, bestPath, 'staysAndPraises', t0);
    const worse = saveRoleplay(praised, [{ nodeId: 'open', choiceId: 'defend-the-rule' }], 'escalatesPublicly', t0 + 5);
    expect(worse.best).toEqual({ ending: 'staysAndPraises', at: t0 });
    expect(worse.path).toEqual([{ nodeId: 'open', choiceId: 'defend-the-rule' }]);
    const restarted = saveRoleplay(worse, [], null, t0 + 9);
    expect(restarted).toEqual({ v: 2, at: t0 + 9, best: { ending: 'staysAndPraises', at: t0 }, path: [] });
  });

  it('raises the best ending when a later play ends better', () => {
    const stayed = saveRoleplay(undefined, bestPath, 'stays', t0);
    expect(saveRoleplay(stayed, bestPath, 'staysAndPraises', t0 + 7).best).toEqual({
      ending: 'staysAndPraises',
      at: t0 + 7,
    });
  });
});

describe('role-play records in storage', () => {
  const record = saveRoleplay(undefined, bestPath, 'stays', t0);

  it('read back exactly as written, under roleplay:<scenarioId>', () => {
    const stored = { 'roleplay:clothing-exchange': JSON.stringify(record) };
    const { progress, unreadable } = readProgress(stored);
    expect(unreadable).toEqual([]);
    expect(progress.roleplays['clothing-exchange']).toEqual(record);
    expect(encodeProgress(progress)).toEqual(stored);
  });

  it('are set aside when broken: unknown ending, empty own words, stray fields or a bad key', () => {
    const { progress, unreadable } = readProgress({
      'roleplay:a': JSON.stringify({ ...record, best: { ending: 'delighted', at: t0 } }),
      'roleplay:b': JSON.stringify({ ...record, path: [{ nodeId: 'open', choiceId: 'x', freeText: '' }] }),
      'roleplay:c': JSON.stringify({ ...record, score: 3 }),
      'roleplay:Not An Id': JSON.stringify(record),
      'roleplay:d:extra': JSON.stringify(record),
      'roleplay:e': '{"v":2,',
    });
    expect(progress.roleplays).toEqual({});
    expect(unreadable.sort()).toEqual(
      ['roleplay:a', 'roleplay:b', 'roleplay:c', 'roleplay:Not An Id', 'roleplay:d:extra', 'roleplay:e'].sort(),
    );
  });

  it('imported from another device raise the best ending and leave the conversation here alone', () => {
    const later = [{ nodeId: 'open', choiceId: 'inspect-coat' }];
    const here = { ...emptyProgress(), roleplays: { x: saveRoleplay(undefined, later, null, t0 + 60_000) } };
    const file = exportFile(
      { ...emptyProgress(), roleplays: { x: saveRoleplay(undefined, bestPath, 'staysAndPraises', t0 + 90_000) } },
      new Date(t0 + 100_000),
    );
    const imported = readImportFile(file);
    if (!imported.ok) throw new Error(imported.problem);
    expect(progressChanges(here, imported.progress).roleplayBests).toBe(1);
    expect(mergeProgress(here, imported.progress).roleplays.x).toEqual({
      v: 2,
      at: t0 + 60_000,
      best: { ending: 'staysAndPraises', at: t0 + 90_000 },
      path: later,
    });
  });

  it('imported with a worse best ending change nothing', () => {
    const here = { ...emptyProgress(), roleplays: { x: saveRoleplay(undefined, bestPath, 'staysAndPraises', t0) } };
    const there = { ...emptyProgress(), roleplays: { x: saveRoleplay(undefined, bestPath, 'leavesQuietly', t0 + 5) } };
    const imported = readImportFile(exportFile(there, new Date(t0 + 9)));
    if (!imported.ok) throw new Error(imported.problem);
    expect(progressChanges(here, imported.progress).roleplayBests).toBe(0);
    expect(mergeProgress(here, imported.progress).roleplays.x).toEqual(here.roleplays.x);
  });

  it('are exported as best endings only: the learner’s own words and unfinished conversations stay here', () => {
    const unfinished = saveRoleplay(undefined, bestPath, null, t0);
    const finished = saveRoleplay(undefined, bestPath, 'stays', t0 + 3);
    const progress = { ...emptyProgress(), read: { '07-complaints': t0 }, roleplays: { x: unfinished, y: finished } };
    const file = exportFile(progress, new Date(t0 + 10));
    expect(file).not.toContain('roleplay:x');
    expect(file).not.toContain('Tell me more.');
    expect(readImportFile(file)).toEqual({
      ok: true,
      skipped: 0,
      progress: {
        ...progress,
        roleplays: { y: { v: 2, at: t0 + 3, best: { ending: 'stays', at: t0 + 3 }, path: [] } },
      },
    });
  });

  it('in a hand-edited file bring no conversation, only the best ending', () => {
    const file = JSON.stringify({
      format: JSON.parse(exportFile(emptyProgress(), new Date(t0))).format,
      version: 2,
      exportedAt: new Date(t0).toISOString(),
      entries: { 'roleplay:x': saveRoleplay(undefined, bestPath, 'stays', t0) },
    });
    const imported = readImportFile(file);
    expect(imported.ok && imported.progress.roleplays.x?.path).toEqual([]);
  });
});
