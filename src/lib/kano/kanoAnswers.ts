/**
 * The words of a Kano questionnaire: the five answers a respondent may give to the functional
 * question (the product has the feature) and to the dysfunctional one (it lacks it), numbered 1–5
 * in the order Berger et al. (1993) print them, and the six classes an answer pair can fall into.
 */

/** 1 I like it, 2 it must be that way (I expect it), 3 I am neutral, 4 I can live with it, 5 I dislike it. */
export const kanoAnswers = ['like', 'mustBe', 'neutral', 'liveWith', 'dislike'] as const;
export type KanoAnswer = (typeof kanoAnswers)[number];

/**
 * A attractive, O one-dimensional, M must-be, I indifferent, R reverse, Q questionable (the two
 * answers contradict each other). Listed in the order the evaluation rule M > O > A > I breaks
 * ties (Matzler et al. 1996), R and Q last.
 */
export const kanoClasses = ['M', 'O', 'A', 'I', 'R', 'Q'] as const;
export type KanoClass = (typeof kanoClasses)[number];

/** Which of the pair an answer belongs to: the functional (has it) or dysfunctional (lacks it) question. */
export type KanoSide = 'functional' | 'dysfunctional';
