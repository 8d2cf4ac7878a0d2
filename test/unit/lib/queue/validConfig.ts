/** A configuration checked and completed by the engine's validator, for tests that start from a valid one. */
import { validateQueueConfig, type QueueConfig, type QueueConfigInput } from '../../../../src/lib/queue/queueConfig.ts';

export function validConfig(input: QueueConfigInput): QueueConfig {
  const validation = validateQueueConfig(input);
  if (!validation.ok) throw new Error(JSON.stringify(validation.problems));
  return validation.config;
}
