/**
 * A canonical key for a quiz answer, so that answers that say the same thing group together: the
 * same choices ticked in another order, the same pairs matched, the same words typed with other
 * spacing or case. An ordering keeps its order, as the order is the answer.
 */
import type { StoredResponse } from '../../schemas/progress.ts';
import { normalizeAnswerText } from '../quiz/normalizeAnswerText.ts';

const sortedPairs = (record: Readonly<Record<string, string>>) =>
  Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

export function responseKey(response: StoredResponse): string {
  // JSON keeps ids apart whatever characters they hold, where a joined string could run two together.
  switch (response.kind) {
    case 'single':
      return JSON.stringify([response.kind, response.choice]);
    case 'trueFalse':
      return JSON.stringify([response.kind, response.choice]);
    case 'multiple':
      return JSON.stringify([response.kind, [...response.choices].sort()]);
    case 'ordering':
      return JSON.stringify([response.kind, response.order]);
    case 'matching':
      return JSON.stringify([response.kind, sortedPairs(response.pairs)]);
    case 'categorising':
      return JSON.stringify([response.kind, sortedPairs(response.placements)]);
    case 'numeric':
      return JSON.stringify([response.kind, response.value]);
    case 'text':
      return JSON.stringify([response.kind, normalizeAnswerText(response.text)]);
    case 'written':
      return JSON.stringify([response.kind, normalizeAnswerText(response.text)]);
  }
}
