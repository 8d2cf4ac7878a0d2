import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../../src/lib/text/fillTemplate.ts';
import { readingMinutes } from '../../../src/lib/text/readingMinutes.ts';
import { niceTicks } from '../../../src/lib/chart/niceTicks.ts';

describe('fillTemplate', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(fillTemplate('第 {n} 章 {missing}', { n: 3 })).toBe('第 3 章 {missing}');
  });
});

describe('readingMinutes', () => {
  it('reads Chinese at 300 characters a minute', () => {
    expect(readingMinutes('客'.repeat(900))).toBe(3);
  });

  it('reads English at 200 words a minute', () => {
    expect(readingMinutes('word '.repeat(600))).toBe(3);
  });

  it('ignores frontmatter, components and heading ids', () => {
    const mdx = `---\ntitle: ${'字'.repeat(3000)}\n---\n## 标题 {#a-very-long-heading-id}\n<ChurnCompounding />\n${'读'.repeat(300)}`;
    expect(readingMinutes(mdx)).toBe(1);
  });
});

describe('niceTicks', () => {
  it('steps by round numbers up to the first tick at or above the maximum', () => {
    expect(niceTicks(1226)).toEqual([0, 500, 1000, 1500]);
    expect(niceTicks(1000)).toEqual([0, 250, 500, 750, 1000]);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
  });

  it('still draws an axis for an empty chart', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});
