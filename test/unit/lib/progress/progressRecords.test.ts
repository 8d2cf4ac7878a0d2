import { describe, expect, it } from 'vitest';
import {
  draftRecord,
  itemRecord,
  readMarker,
  readRecord,
  roleplayRecord,
  testRecord,
  widgetRecord,
} from '../../../../src/lib/progress/progressRecords.ts';
import { storageKey } from '../../../../src/lib/progress/progressState.ts';
import { readProgress } from '../../../../src/lib/progress/readProgress.ts';
import { PROGRESS_VERSION } from '../../../../src/schemas/progress.ts';
import { attempt, t0 } from './fixtures.ts';

describe('the record builders', () => {
  it('write records of the current version that the reader takes back unchanged', () => {
    const records = {
      [storageKey.item('ch1-client-definition')]: itemRecord([attempt()]),
      [storageKey.read('01-foundations')]: readRecord(t0),
      [storageKey.widget('01-foundations', 'ChurnCompounding')]: widgetRecord(t0 + 1),
      [storageKey.draft('ch1-crm-layers')]: draftRecord(t0 + 2, { kind: 'text', text: 'draft' }),
      [storageKey.test('01-foundations', 't1')]: testRecord('01-foundations', t0 + 3, 0.5, {
        'ch1-client-definition': 0.5,
      }),
      [storageKey.roleplay('lost-parcel')]: roleplayRecord(t0 + 4, [{ nodeId: 'open', choiceId: 'listen' }]),
    };
    for (const record of Object.values(records)) expect(record.v).toBe(PROGRESS_VERSION);
    const text = Object.fromEntries(Object.entries(records).map(([key, record]) => [key, JSON.stringify(record)]));
    const { progress, unreadable, migrated } = readProgress(text);
    expect(unreadable).toEqual([]);
    expect(migrated).toEqual({});
    expect(progress.read).toEqual({ '01-foundations': t0 });
    expect(progress.widgets).toEqual({ '01-foundations:ChurnCompounding': t0 + 1 });
    expect(progress.drafts['ch1-crm-layers']).toEqual(records[storageKey.draft('ch1-crm-layers')]);
    expect(progress.tests.t1).toEqual(records[storageKey.test('01-foundations', 't1')]);
    expect(progress.roleplays['lost-parcel']).toEqual(records[storageKey.roleplay('lost-parcel')]);
  });

  it('leave out a role-play best ending that has not been reached', () => {
    expect(roleplayRecord(t0, [])).not.toHaveProperty('best');
    const best = { ending: 'stays' as const, at: t0 };
    expect(roleplayRecord(t0, [], best).best).toBe(best);
  });

  it("give the chapter page's read marker the store's own key and a record it reads once the time is set", () => {
    const marker = readMarker('02-relationship-marketing');
    expect(marker.key).toBe(`${storageKey.prefix}${storageKey.read('02-relationship-marketing')}`);
    // What src/scripts/page-controls.js stores when the chapter's end comes into view.
    const stored = JSON.stringify({ ...JSON.parse(marker.record), at: t0 });
    const { progress, unreadable } = readProgress({ [marker.key.slice(storageKey.prefix.length)]: stored });
    expect(unreadable).toEqual([]);
    expect(progress.read).toEqual({ '02-relationship-marketing': t0 });
  });
});
