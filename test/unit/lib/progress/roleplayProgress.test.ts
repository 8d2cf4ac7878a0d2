/**
 * Role-play records in the progress store: saved after each reply, the best ending kept when a
 * later play goes worse, read back and set aside like every other record, merged between tabs,
 * and kept on the device (an export leaves them out, as it does test drafts).
 */
import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../../../src/lib/progress/mergeProgress';
import { exportFile, readImportFile } from '../../../../src/lib/progress/progressFile';
import { emptyProgress } from '../../../../src/lib/progress/progressState';
import { encodeProgress, readProgress } from '../../../../src/lib/progress/readProgress';
import { saveRoleplay } from '../../../../src/lib/progress/roleplayProgress';
import { t0 } from './fixtures';

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

  it('merge to the better best ending and the more recent conversation', () => {
    const laptop = { ...emptyProgress(), roleplays: { x: saveRoleplay(undefined, bestPath, 'staysAndPraises', t0) } };
    const later = [{ nodeId: 'open', choiceId: 'inspect-coat' }];
    const phone = { ...emptyProgress(), roleplays: { x: saveRoleplay(undefined, later, null, t0 + 60_000) } };
    const expected = { v: 2, at: t0 + 60_000, best: { ending: 'staysAndPraises', at: t0 }, path: later };
    expect(mergeProgress(laptop, phone).roleplays.x).toEqual(expected);
    expect(mergeProgress(phone, laptop).roleplays.x).toEqual(expected);
  });

  it('stay on the device: an export leaves them out', () => {
    const progress = { ...emptyProgress(), read: { '07-complaints': t0 }, roleplays: { x: record } };
    const file = exportFile(progress, new Date(t0));
    expect(file).not.toContain('roleplay:');
    expect(file).not.toContain('Tell me more.');
    expect(readImportFile(file)).toEqual({ ok: true, skipped: 0, progress: { ...progress, roleplays: {} } });
  });
});
