/**
 * The fingerprint a written answer keeps of the exam item it answered: the question and the
 * rubric's points and marks. Rewording the model answer or a point's text leaves it alone; a new
 * point, other marks or another question make the saved ticks meaningless, so the item shows as
 * changed and is answered again.
 */
import { itemFingerprint } from '../quiz/itemFingerprint.ts';

interface Fingerprinted {
  id: string;
  format: string;
  prompt: unknown;
  rubric: readonly { id: string; marks: number }[];
}

export function examFingerprint(item: Fingerprinted): string {
  return itemFingerprint({
    id: item.id,
    format: item.format,
    prompt: item.prompt,
    rubric: item.rubric.map(({ id, marks }) => ({ id, marks })),
  });
}
