/**
 * Four ready-made scenes for the queue simulator, each an exercise with a question to answer:
 * a configuration and the perceived-wait levers that describe the place. Their words (title,
 * scene, question) are content, in content/queue/simulator.yaml under the same ids. Chapters
 * refer to them by id. Every figure in them is illustrative, chosen to make the question
 * interesting, not taken from a study.
 */
import type { QueueConfigInput } from './queueConfig.ts';
import type { WaitSetting } from './perceivedWait.ts';

export type QueuePresetId = 'bank-lunch' | 'outpatient-clinic' | 'theme-park-ride' | 'telecom-hotline';

export interface QueuePreset {
  id: QueuePresetId;
  config: QueueConfigInput;
  wait: WaitSetting;
}

export const queuePresets: readonly QueuePreset[] = [
  {
    id: 'bank-lunch',
    config: {
      servers: 4,
      layout: 'perServer',
      // 11:00–12:00 steady, 12:00–13:30 the lunch rush, 13:30–14:30 quieter again.
      arrivals: {
        kind: 'piecewise',
        segments: [
          { minutes: 60, ratePerMinute: 1 },
          { minutes: 90, ratePerMinute: 1.8 },
          { minutes: 60, ratePerMinute: 0.9 },
        ],
        repeat: false,
      },
      service: { kind: 'lognormal', meanMinutes: 3, cv: 0.6 },
      balking: { limit: 8 },
      reneging: { meanPatienceMinutes: 25 },
      customers: 1000,
      seed: 2024,
    },
    wait: { active: ['unoccupied', 'uncertain', 'uncomfortable', 'solo'], toleranceMinutes: 10 },
  },
  {
    id: 'outpatient-clinic',
    config: {
      servers: 5,
      layout: 'single',
      arrivals: { kind: 'poisson', ratePerMinute: 0.45 },
      service: { kind: 'lognormal', meanMinutes: 10, cv: 0.8 },
      customers: 3000,
      seed: 7,
    },
    wait: {
      active: ['anxious', 'uncertain', 'unexplained', 'unfamiliar', 'preProcess', 'valuableService'],
      toleranceMinutes: 30,
    },
  },
  {
    id: 'theme-park-ride',
    config: {
      servers: 1,
      layout: 'single',
      // Opening hour, the midday peak (more riders than the ride can take), then the afternoon.
      arrivals: {
        kind: 'piecewise',
        segments: [
          { minutes: 60, ratePerMinute: 8 },
          { minutes: 180, ratePerMinute: 11 },
          { minutes: 120, ratePerMinute: 9 },
        ],
        repeat: false,
      },
      // The ride loads riders at a steady pace: ten a minute, every minute the same.
      service: { kind: 'deterministic', meanMinutes: 0.1 },
      balking: { limit: 250 },
      customers: 20_000,
      seed: 11,
    },
    wait: { active: ['uncertain', 'uncomfortable', 'valuableService'], toleranceMinutes: 15 },
  },
  {
    id: 'telecom-hotline',
    config: {
      servers: 8,
      layout: 'single',
      arrivals: { kind: 'poisson', ratePerMinute: 1.9 },
      service: { kind: 'exponential', meanMinutes: 4 },
      reneging: { meanPatienceMinutes: 3 },
      customers: 5000,
      seed: 10_086,
    },
    wait: { active: ['unoccupied', 'uncertain', 'unexplained', 'solo'], toleranceMinutes: 2 },
  },
];

export function findQueuePreset(id: QueuePresetId): QueuePreset {
  return queuePresets.find((preset) => preset.id === id)!;
}
