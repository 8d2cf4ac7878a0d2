/**
 * One sample's input and the counts its results use: three count fields, or a pasted list of
 * 0–10 scores whose reader and box load only when that mode is first chosen. While something
 * needs fixing the results keep the last valid counts, and switching modes loses neither the
 * fields nor the list.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { NpsCounts, NpsGroup } from '../../lib/nps/npsGroups.ts';
import type { ScoreList } from '../../lib/nps/scoreList.ts';
import { noRespondents, npsCountFields } from '../../schemas/npsCounts.ts';
import { useLazyModule, type LazyModule } from '../shared/useLazyModule.ts';
import { useNumberForm, type NumberForm } from '../shared/useNumberForm.ts';
import type * as ScoreListPart from './scoreListPart.ts';

export type SampleMode = 'counts' | 'scores';

const loadScorePart = () => import('./scoreListPart.ts');

export type ScorePart = typeof ScoreListPart;

export interface NpsSample {
  mode: SampleMode;
  setMode: (mode: SampleMode) => void;
  form: NumberForm<NpsGroup, 'noRespondents'>;
  scoreText: string;
  setScoreText: (text: string) => void;
  scorePart: LazyModule<ScorePart>;
  /** The list as read, once its reader has loaded. */
  scoreList: ScoreList | null;
  /** What the results show: the counts of the mode in use, or the last valid ones. */
  counts: NpsCounts;
  /** The mode in use has something to fix (or is still loading), so `counts` are not its own. */
  stale: boolean;
  reset: () => void;
}

export function useNpsSample(example: NpsCounts, exampleScores: string): NpsSample {
  const [mode, setMode] = useState<SampleMode>('counts');
  const form = useNumberForm(npsCountFields, example, noRespondents);
  const [scoreText, setScoreText] = useState(exampleScores);
  const scorePart = useLazyModule(loadScorePart, mode === 'scores');
  const scoreList = useMemo(
    () => (scorePart.state === 'ready' ? scorePart.module.readScoreList(scoreText) : null),
    [scorePart, scoreText],
  );
  const listCounts = scoreList && !scoreList.problem ? scoreList.counts : null;
  // The last list that gave an NPS, so a typo in the list keeps its result rather than the fields'.
  const lastList = useRef<NpsCounts | null>(null);
  if (listCounts) lastList.current = listCounts;

  const scores = mode === 'scores';
  return {
    mode,
    setMode,
    form,
    scoreText,
    setScoreText,
    scorePart,
    scoreList,
    counts: scores ? (listCounts ?? lastList.current ?? form.values) : form.values,
    stale: scores ? !listCounts : !form.valid,
    reset: () => {
      setMode('counts');
      form.show(example);
      setScoreText(exampleScores);
    },
  };
}
