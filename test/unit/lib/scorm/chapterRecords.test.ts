/** Which stored records a chapter's package carries. */
import { describe, expect, it } from 'vitest';
import { belongsToChapter, itemPrefix } from '../../../../src/lib/scorm/chapterRecords.ts';

const chapter = { slug: '07-complaints', scenarioIds: ['lost-parcel'] };

describe('belongsToChapter', () => {
  it('takes the chapter’s items, drafts, tests, read and widget marks and its role-plays', () => {
    expect(itemPrefix('07-complaints')).toBe('ch7-');
    for (const key of [
      'item:ch7-voice',
      'draft:ch7-voice',
      'test:07-complaints:mhx1-abc',
      'read:07-complaints',
      'widget:07-complaints:ComplaintRolePlay',
      'roleplay:lost-parcel',
    ])
      expect(belongsToChapter(key, chapter), key).toBe(true);
  });

  it('leaves other chapters, mock exams and unknown kinds alone', () => {
    for (const key of [
      'item:ch70-voice',
      'item:ch1-client-definition',
      'test:01-foundations:abc',
      'read:01-foundations',
      'widget:01-foundations:ChurnCompounding',
      'roleplay:flight-delay',
      'mock:paper-1',
      'item:ch7-voice:extra',
      'read:07-complaints:extra',
      'test:07-complaints',
    ])
      expect(belongsToChapter(key, chapter), key).toBe(false);
  });
});
