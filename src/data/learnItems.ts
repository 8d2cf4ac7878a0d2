/**
 * What the home page says a learner will learn, each with the chapters that teach it. A promise is
 * shown only when every chapter it names exists, so the home page never offers what the course
 * lacks, and each links to where it is taught.
 */
import type { FrameStrings } from '../i18n/types.ts';

type LearnItem = keyof FrameStrings['home']['learnItems'];

const learnItemChapters: Readonly<Record<LearnItem, readonly number[]>> = {
  foundations: [1],
  value: [2, 3],
  satisfaction: [4],
  loyalty: [5],
  experience: [6, 7],
  systems: [8],
};

/** The items the given chapters teach, in the order the home page lists them, with their chapters. */
export function taughtItems(chapterNumbers: readonly number[]): { item: LearnItem; chapters: readonly number[] }[] {
  return Object.entries(learnItemChapters)
    .filter(([, chapters]) => chapters.every((chapter) => chapterNumbers.includes(chapter)))
    .map(([item, chapters]) => ({ item: item as LearnItem, chapters }));
}
