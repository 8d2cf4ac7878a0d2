/**
 * Which sections of the matching pages the search dialog lists, in what order, with which link and
 * label. Pages and scores are written by hand in Pagefind's shape; each expected order follows
 * from the scores added up by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import type { ResultData, SubResult } from '../../../../src/lib/search/pagefindApi.ts';
import { resultSections, sectionScore } from '../../../../src/lib/search/resultSections.ts';
import { isTeachingNotesAnchor, teachingNotesId } from '../../../../src/lib/search/teachingNotesAnchor.ts';

function section(title: string, id: string | null, scores: number[], page = '/chapters/06-waiting/'): SubResult {
  return {
    title,
    url: id ? `${page}#${id}` : page,
    excerpt: `${title} <mark>排队</mark>`,
    weighted_locations: scores.map((balanced_score, location) => ({ weight: 1, balanced_score, location })),
    locations: scores.map((_, location) => location),
    ...(id ? { anchor: { element: 'h2', id, text: title, location: 0 } } : {}),
  };
}

const waiting: ResultData = {
  url: '/chapters/06-waiting/',
  excerpt: '页面摘要',
  meta: { title: '等待心理与服务体验' },
  sub_results: [
    section('等待心理与服务体验', null, [1.5]), // 1.5
    section('排队的基本量', 'queue-basics', [4, 3, 2]), // 9
    section('排队心理模拟器', 'queue-simulator-title', [2, 2]), // 4
    section('教学笔记', teachingNotesId, [6, 3.5]), // 9.5
  ],
};

describe('resultSections', () => {
  it('adds up a section’s word scores', () => {
    expect(sectionScore(section('x', 'x', [4, 3, 2]))).toBe(9);
    expect(sectionScore(section('x', 'x', []))).toBe(0);
  });

  it('lists a page’s three strongest sections, strongest first, with their anchors and labels', () => {
    expect(resultSections([waiting])).toEqual([
      {
        pageTitle: '等待心理与服务体验',
        sectionTitle: '教学笔记',
        url: `/chapters/06-waiting/#${teachingNotesId}`,
        excerpt: '教学笔记 <mark>排队</mark>',
        teachingNotes: true,
      },
      {
        pageTitle: '等待心理与服务体验',
        sectionTitle: '排队的基本量',
        url: '/chapters/06-waiting/#queue-basics',
        excerpt: '排队的基本量 <mark>排队</mark>',
        teachingNotes: false,
      },
      {
        pageTitle: '等待心理与服务体验',
        sectionTitle: '排队心理模拟器',
        url: '/chapters/06-waiting/#queue-simulator-title',
        excerpt: '排队心理模拟器 <mark>排队</mark>',
        teachingNotes: false,
      },
    ]);
  });

  it('keeps the pages in Pagefind’s order and equal scores in page order', () => {
    const quiz: ResultData = {
      url: '/quizzes/06-waiting/',
      excerpt: '',
      meta: { title: '第 6 章测验' },
      sub_results: [
        section('第一题', 'q-1', [2], '/quizzes/06-waiting/'),
        section('第二题', 'q-2', [2], '/quizzes/06-waiting/'),
      ],
    };
    const listed = resultSections([quiz, waiting], 2);
    expect(listed.map((item) => item.url)).toEqual([
      '/quizzes/06-waiting/#q-1',
      '/quizzes/06-waiting/#q-2',
      `/chapters/06-waiting/#${teachingNotesId}`,
      '/chapters/06-waiting/#queue-basics',
    ]);
  });

  it('shows a match above the first heading as the page itself, without a section title', () => {
    const top: ResultData = { ...waiting, sub_results: [section('等待心理与服务体验', null, [5])] };
    expect(resultSections([top])).toEqual([
      {
        pageTitle: '等待心理与服务体验',
        sectionTitle: null,
        url: '/chapters/06-waiting/',
        excerpt: '等待心理与服务体验 <mark>排队</mark>',
        teachingNotes: false,
      },
    ]);
  });

  it('falls back to the page and its excerpt when Pagefind gives no sections, and to the URL for a page without a title', () => {
    expect(resultSections([{ url: '/x/', excerpt: 'a <mark>b</mark>', meta: {}, sub_results: [] }])).toEqual([
      { pageTitle: '/x/', sectionTitle: null, url: '/x/', excerpt: 'a <mark>b</mark>', teachingNotes: false },
    ]);
  });

  it('lists nothing for no pages', () => {
    expect(resultSections([])).toEqual([]);
  });
});

describe('isTeachingNotesAnchor', () => {
  it('knows the notes’ body and the chapters’ heading above them, and nothing else', () => {
    expect(isTeachingNotesAnchor(teachingNotesId)).toBe(true);
    expect(isTeachingNotesAnchor('teaching-notes')).toBe(true);
    expect(isTeachingNotesAnchor('queue-basics')).toBe(false);
    expect(isTeachingNotesAnchor(undefined)).toBe(false);
  });
});
