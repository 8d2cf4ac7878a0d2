/**
 * The list-of-scores mode as one part, fetched when a student first picks it for either sample:
 * its box, its reader and its words, so a student who only types counts never downloads them.
 */
export { ScoreListField } from './ScoreListField.tsx';
export { readScoreList } from '../../lib/nps/scoreList.ts';
export { scoreListReport } from '../../lib/nps/scoreListText.ts';
