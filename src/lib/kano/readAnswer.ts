/**
 * One cell of a survey file read as a Kano answer: the code 1–5, or the answer in words as
 * English or Chinese questionnaires put it ("I can live with it", "能忍受"). Case, spaces and
 * punctuation do not matter; anything else is not an answer (null), never a guess.
 */
import type { KanoAnswer } from './kanoAnswers.ts';

const answerWords: Record<KanoAnswer, readonly string[]> = {
  like: ['1', 'like', 'likeit', 'ilikeit', 'ilikeitthatway', '喜欢', '很喜欢', '我很喜欢', '非常喜欢'],
  mustBe: [
    '2',
    'mustbe',
    'itmustbethatway',
    'expect',
    'expectit',
    'iexpectit',
    'expected',
    '理所当然',
    '理应如此',
    '应该如此',
    '必须如此',
    '必须这样',
    '期望',
  ],
  neutral: ['3', 'neutral', 'iamneutral', 'imneutral', 'dontcare', 'idontcare', '无所谓', '中立', '不在乎'],
  liveWith: [
    '4',
    'livewith',
    'canlivewith',
    'canlivewithit',
    'icanlivewithit',
    'icanlivewithitthatway',
    'tolerate',
    'tolerateit',
    'icantolerateit',
    '能忍受',
    '可以忍受',
    '勉强接受',
    '能接受',
  ],
  dislike: [
    '5',
    'dislike',
    'dislikeit',
    'idislikeit',
    'idislikeitthatway',
    '不喜欢',
    '很不喜欢',
    '我很不喜欢',
    '非常不喜欢',
  ],
};

const answerOf = new Map<string, KanoAnswer>(
  (Object.entries(answerWords) as [KanoAnswer, readonly string[]][]).flatMap(([answer, words]) =>
    words.map((word) => [word, answer] as const),
  ),
);

/** Drops case, spaces and punctuation: "I can't live with it." and "icantlivewithit" read alike. */
const normalise = (text: string) => text.toLowerCase().replace(/[\s\p{P}]/gu, '');

export function readAnswer(text: string): KanoAnswer | null {
  return answerOf.get(normalise(text)) ?? null;
}
