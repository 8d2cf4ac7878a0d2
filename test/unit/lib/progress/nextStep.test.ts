import { describe, expect, it } from 'vitest';
import { nextStep } from '../../../../src/lib/progress/nextStep.ts';

const untouched = { read: false, answered: 0, items: 10, tests: 0, widgetsTried: 0, changed: 0 };
const finished = { ...untouched, read: true, tests: 1 };

describe('where a returning learner goes next', () => {
  it('a learner with nothing recorded starts at the beginning, even with review counted as 0', () => {
    expect(nextStep([untouched, untouched], 0)).toEqual({ kind: 'start' });
  });

  it('something due for review comes first', () => {
    expect(nextStep([finished, untouched], 3)).toEqual({ kind: 'review', due: 3 });
  });

  it('a chapter read but with its quiz untried is not finished: continue there', () => {
    expect(nextStep([{ ...untouched, read: true }, untouched], 0)).toEqual({
      kind: 'chapter',
      index: 0,
      started: true,
    });
  });

  it('after finished chapters, the next one not yet begun', () => {
    expect(nextStep([finished, untouched, untouched], 0)).toEqual({ kind: 'chapter', index: 1, started: false });
  });

  it('practice on every item finishes a quiz as a test does; a chapter with no quiz needs only reading', () => {
    const practised = { ...untouched, read: true, answered: 10 };
    const noQuiz = { ...untouched, items: 0, read: true };
    expect(nextStep([practised, noQuiz], 0)).toEqual({ kind: 'finished' });
  });

  it('a skipped chapter is found even when later ones are done', () => {
    expect(nextStep([finished, untouched, finished], 0)).toEqual({ kind: 'chapter', index: 1, started: false });
  });
});
