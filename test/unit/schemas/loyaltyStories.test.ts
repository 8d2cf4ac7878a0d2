/**
 * The loyalty matrix's stories: the schema accepts the course's file and names each problem in a
 * broken one; the course's stories keep every cell's length close to the others' in both
 * languages, say the axis levels their cell has, and include the example the chapter quotes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { locales } from '../../../src/i18n/locales.ts';
import { cellAxes } from '../../../src/lib/loyalty-matrix/loyaltyCells.ts';
import { cellLengthBalance, STORY_LENGTH_TOLERANCE } from '../../../src/lib/loyalty-matrix/storyLengths.ts';
import { loyaltyStoriesSchema } from '../../../src/schemas/loyaltyStories.ts';

const course = () => parse(readFileSync('content/loyalty-matrix/stories.yaml', 'utf8'));

/** The messages of a failed parse, each with the path it names. */
function problems(text: unknown): string[] {
  const result = loyaltyStoriesSchema.safeParse(text);
  expect(result.success).toBe(false);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('loyalty stories schema', () => {
  it("accepts the course's own file", () => {
    expect(loyaltyStoriesSchema.safeParse(course()).error?.issues ?? []).toEqual([]);
  });

  it('names a story told in one language only', () => {
    const text = course();
    delete text.stories[2].story.en;
    expect(problems(text)).toEqual(['stories.2.story.en: Invalid input: expected string, received undefined']);
  });

  it('names a cell the matrix does not have', () => {
    const text = course();
    text.stories[0].cell = 'loyal';
    expect(problems(text)).toEqual([
      "stories.0.cell: must be one of the matrix's cells: true-loyalty, latent, spurious, no-loyalty",
    ]);
  });

  it('names a repeated id', () => {
    const text = course();
    text.stories[4].id = text.stories[1].id;
    expect(problems(text)).toEqual([`stories.4.id: "${text.stories[1].id}" is used by an earlier story`]);
  });

  it('names a cell left with fewer than two stories', () => {
    const text = course();
    text.stories = text.stories.filter(
      (story: { cell: string }, index: number) =>
        story.cell !== 'latent' || index === text.stories.findIndex((s: { cell: string }) => s.cell === 'latent'),
    );
    expect(problems(text)).toEqual(['stories: cell "latent" has 1 story; give it at least 2']);
  });

  it('wants a dozen or so stories', () => {
    const text = course();
    text.stories = text.stories.slice(0, 9);
    expect(problems(text)).toContain('stories: give at least 10 stories ("a dozen or so")');
  });
});

describe("the course's stories", () => {
  const { stories } = loyaltyStoriesSchema.parse(course());

  it.each(locales)('%s: no cell gives itself away by the length of its stories', (locale) => {
    const balance = cellLengthBalance(
      stories.map((story) => ({ cell: story.cell, title: story.title[locale], text: story.story[locale] })),
    );
    expect(balance).toHaveLength(4);
    for (const { cell, ratio } of balance)
      expect(Math.abs(ratio - 1), `${cell}: ${ratio.toFixed(3)}`).toBeLessThanOrEqual(STORY_LENGTH_TOLERANCE);
  });

  it('explain each axis with the level their cell has, in both languages', () => {
    const level = { 'zh-cn': { high: '高。', low: '低。' }, en: { high: 'High.', low: 'Low.' } } as const;
    for (const story of stories)
      for (const locale of locales)
        for (const axis of ['attitude', 'patronage'] as const)
          expect(
            story[axis][locale].startsWith(level[locale][cellAxes[story.cell][axis]]),
            `${story.id} ${axis} ${locale}`,
          ).toBe(true);
  });

  it('include the chapter’s example, the estate greengrocer’s grumbling daily customer, as spurious loyalty', () => {
    const greengrocer = stories.find((story) => story.id === 'estate-greengrocer');
    expect(greengrocer?.cell).toBe('spurious');
    expect(greengrocer?.story['zh-cn']).toContain('小区里唯一一家菜店');
    expect(greengrocer?.story.en).toContain('only greengrocer');
  });
});
