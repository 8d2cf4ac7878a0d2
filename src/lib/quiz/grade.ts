/**
 * Grading every question type the course uses. A grade is a score in [0, 1] and whether the
 * answer is fully right. Partial credit, where a type gives it, is stated with the type.
 */
import { normalizeAnswerText } from './normalizeAnswerText.ts';

export type AnswerKey =
  | { kind: 'single'; correct: string }
  | { kind: 'trueFalse'; correct: boolean }
  /** Partial credit: each right option ticked earns 1/k of the k right options, each wrong option ticked takes one such share back, never below 0. */
  | { kind: 'multiple'; correct: string[] }
  /** Partial credit: the share of item pairs placed in the right relative order (Kendall's measure). */
  | { kind: 'ordering'; correct: string[] }
  /** Partial credit: the share of left-hand items matched to the right partner. */
  | { kind: 'matching'; correct: Record<string, string> }
  /** Partial credit: the share of items put in the right bucket. */
  | { kind: 'categorising'; correct: Record<string, string> }
  /** Right when within `tolerance` of the value: absolute, or relative to the value when `relative` is set. */
  | { kind: 'numeric'; value: number; tolerance: number; relative?: boolean | undefined }
  /** Right when the normalised answer equals any normalised accepted variant. */
  | { kind: 'text'; accepted: string[] };

export type Response =
  | { kind: 'single'; choice: string }
  | { kind: 'trueFalse'; choice: boolean }
  | { kind: 'multiple'; choices: string[] }
  | { kind: 'ordering'; order: string[] }
  | { kind: 'matching'; pairs: Record<string, string> }
  | { kind: 'categorising'; placements: Record<string, string> }
  | { kind: 'numeric'; value: number }
  | { kind: 'text'; text: string };

export interface Grade {
  score: number;
  correct: boolean;
}

const grade = (score: number): Grade => {
  const clamped = Math.min(1, Math.max(0, score));
  return { score: clamped, correct: clamped === 1 };
};

/** Share of keys whose response value equals the key's value. */
function shareMatching(correct: Record<string, string>, given: Record<string, string>): number {
  const keys = Object.keys(correct);
  return keys.length === 0 ? 1 : keys.filter((key) => given[key] === correct[key]).length / keys.length;
}

/** Share of pairs (a before b in the key) that the response also puts a before b. */
function pairsInOrder(correct: string[], order: string[]): number {
  const position = new Map(order.map((item, index) => [item, index]));
  let pairs = 0;
  let kept = 0;
  for (let i = 0; i < correct.length; i++) {
    for (let j = i + 1; j < correct.length; j++) {
      pairs++;
      const a = position.get(correct[i]!);
      const b = position.get(correct[j]!);
      if (a !== undefined && b !== undefined && a < b) kept++;
    }
  }
  return pairs === 0 ? 1 : kept / pairs;
}

export function gradeResponse(key: AnswerKey, response: Response): Grade {
  if (key.kind !== response.kind) return grade(0);
  switch (key.kind) {
    case 'single':
      return grade(response.kind === 'single' && response.choice === key.correct ? 1 : 0);
    case 'trueFalse':
      return grade(response.kind === 'trueFalse' && response.choice === key.correct ? 1 : 0);
    case 'multiple': {
      if (response.kind !== 'multiple') return grade(0);
      const chosen = new Set(response.choices);
      const right = key.correct.filter((option) => chosen.has(option)).length;
      const wrong = [...chosen].filter((option) => !key.correct.includes(option)).length;
      return grade(key.correct.length === 0 ? (wrong === 0 ? 1 : 0) : (right - wrong) / key.correct.length);
    }
    case 'ordering':
      return grade(response.kind === 'ordering' ? pairsInOrder(key.correct, response.order) : 0);
    case 'matching':
      return grade(response.kind === 'matching' ? shareMatching(key.correct, response.pairs) : 0);
    case 'categorising':
      return grade(response.kind === 'categorising' ? shareMatching(key.correct, response.placements) : 0);
    case 'numeric': {
      if (response.kind !== 'numeric' || !Number.isFinite(response.value)) return grade(0);
      const allowed = key.relative ? Math.abs(key.value) * key.tolerance : key.tolerance;
      // A hair of slack so 0.1 + 0.2 style float noise never fails an exact boundary.
      return grade(Math.abs(response.value - key.value) <= allowed + 1e-9 ? 1 : 0);
    }
    case 'text': {
      if (response.kind !== 'text') return grade(0);
      const given = normalizeAnswerText(response.text);
      return grade(given !== '' && key.accepted.some((variant) => normalizeAnswerText(variant) === given) ? 1 : 0);
    }
  }
}
