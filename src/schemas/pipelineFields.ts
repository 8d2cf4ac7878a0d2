/**
 * The pipeline forecast's number fields (chapter 8): the chance of winning a deal at each open
 * stage, typed in percent and kept as fractions, and the quarter's quota in yuan. One description
 * for the form and the engine.
 */
import type { OpenStage } from '../lib/pipeline/pipelineStages.ts';
import { numberField } from './numberField.ts';

const chance = numberField({ min: 0, max: 1, percent: true });

export const pipelineFields = {
  contact: chance,
  needs: chance,
  proposal: chance,
  negotiation: chance,
  commitment: chance,
  quota: numberField({ min: 0, max: 1e10, aboveMin: true }),
};

export type PipelineField = keyof typeof pipelineFields;
export type PipelineInputs = Record<PipelineField, number>;

/**
 * The chapter's illustrative chances (10, 20, 50, 80, 90 %), not any industry's measured rates: a
 * team sets its own from the share of deals it has won from each stage. The quota, ¥1,800,000,
 * sits just above the sample's weighted pipeline (¥1,768,000), so the starting point shows a
 * weighted pipeline that nearly covers the quota beside a chance of reaching it below one half.
 */
export const pipelineDefaults: PipelineInputs & Record<OpenStage, number> = {
  contact: 0.1,
  needs: 0.2,
  proposal: 0.5,
  negotiation: 0.8,
  commitment: 0.9,
  quota: 1_800_000,
};
