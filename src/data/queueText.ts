/** The queue simulator's words (content/queue/simulator.yaml), for a page to join with the engine's presets and levers. */
import { getEntry } from 'astro:content';
import type { QueueText } from '../schemas/queueText.ts';

export async function queueText(): Promise<QueueText> {
  const entry = await getEntry('queueText', 'simulator');
  if (!entry) throw new Error('content/queue/simulator.yaml is missing: the queue simulator has no words to show');
  return entry.data;
}
