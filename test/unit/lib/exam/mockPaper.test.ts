/**
 * Mock exam papers: the stated composition (5 term, 4 short, 1 essay, 1 case) drawn from as many
 * chapters as the pool allows, the essay and the case from different chapters, the same paper for
 * the same seed, and what a short pool gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawPaper, PAPER_COMPOSITION, suggestedMinutes, type PoolItem } from '../../../../src/lib/exam/mockPaper.ts';
import { PAPER_ORDER } from '../../../../src/lib/exam/paperOrder.ts';
import { EXAM_FORMATS, type ExamFormat } from '../../../../src/schemas/exam.ts';

const MARKS: Record<ExamFormat, number> = { term: 4, short: 7, essay: 15, case: 15 };
const PER_CHAPTER: Record<ExamFormat, number> = { term: 4, short: 3, essay: 1, case: 1 };

/** Each chapter with the minimum the course asks for: 4 term, 3 short, 1 essay, 1 case. */
function pool(chapters: number): PoolItem[] {
  return Array.from({ length: chapters }, (_, c) => c + 1).flatMap((chapter) =>
    EXAM_FORMATS.flatMap((format) =>
      Array.from({ length: PER_CHAPTER[format] }, (_, n) => ({
        id: `ch${chapter}-${format}-${n}`,
        chapter,
        format,
        total: MARKS[format],
      })),
    ),
  );
}

describe('drawPaper', () => {
  it('sets 5 term, 4 short, 1 essay and 1 case item: 5×4 + 4×7 + 15 + 15 = 78 marks, 95 minutes suggested', () => {
    const paper = drawPaper(pool(8), 'learner-a');
    expect(paper.counts).toEqual({ term: 5, short: 4, essay: 1, case: 1 });
    expect(paper.items).toHaveLength(11);
    expect(paper.totalMarks).toBe(78);
    // 78 × 1.2 = 93.6 minutes, rounded up to whole 5 minutes.
    expect(suggestedMinutes(paper.totalMarks)).toBe(95);
  });

  it('draws from all eight chapters when each has its items, and puts the items in paper order', () => {
    const paper = drawPaper(pool(8), 'learner-b');
    expect(paper.chapters).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const order = paper.items.map((item) => PAPER_ORDER.indexOf(item.format));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('gives what a short pool has: one term item makes a paper of one item, 10 minutes suggested', () => {
    const paper = drawPaper([{ id: 'ch1-term-client', chapter: 1, format: 'term', total: 3 }], 'x');
    expect(paper.counts).toEqual({ term: 1, short: 0, essay: 0, case: 0 });
    expect(paper.totalMarks).toBe(3);
    expect(suggestedMinutes(3)).toBe(10);
  });

  it('keeps the paper order list equal to the schema’s formats', () => {
    expect([...PAPER_ORDER]).toEqual([...EXAM_FORMATS]);
  });

  it('every paper has the stated composition from min(chapters, 11) chapters, essay and case apart, stable for its seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 8 }), fc.string({ maxLength: 12 }), (chapters, seed) => {
        const items = pool(chapters);
        const paper = drawPaper(items, seed);
        expect(paper.counts).toEqual(PAPER_COMPOSITION);
        expect(paper.chapters.length).toBe(Math.min(chapters, 11));
        const essay = paper.items.find((item) => item.format === 'essay')!;
        const kase = paper.items.find((item) => item.format === 'case')!;
        expect(essay.chapter).not.toBe(kase.chapter);
        expect(new Set(paper.items.map((item) => item.id)).size).toBe(paper.items.length);
        expect(drawPaper(items, seed)).toEqual(paper);
      }),
      { numRuns: 300 },
    );
  });

  it('deals learners different papers (not one paper for everyone)', () => {
    const papers = new Set(
      Array.from({ length: 20 }, (_, n) =>
        drawPaper(pool(8), `learner-${n}`)
          .items.map((item) => item.id)
          .join(),
      ),
    );
    expect(papers.size).toBeGreaterThan(10);
  });
});
