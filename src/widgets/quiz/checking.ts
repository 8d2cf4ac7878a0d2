/**
 * What checking a practice answer needs, loaded when a learner first checks one or has one saved
 * to show (useLazyModule in PracticeItem), not with every chapter: reading the entry, grading it,
 * its problems in words and the feedback.
 */
export { gradeResponse } from '../../lib/quiz/grade.ts';
export { inputProblemText } from '../../lib/quiz/inputProblemText.ts';
export { toResponse } from '../../lib/quiz/readInput.ts';
export { ItemFeedback } from './ItemFeedback.tsx';
