/**
 * The pipeline forecast's number fields (chapter 8): the chance of winning a deal at each open
 * stage, typed in percent and kept as fractions, and the quarter's quota in yuan. One description
 * for the form and the engine.
 */
import type { OpenStage } from '../lib/pipeline/pipelineStages.ts';
import { numberField } from './numberField.ts';

const chance = numberField({ min: 0, max: 1, percent: true });

export const pipelineFields = {
  lead: chance,
  qualified: chance,
  proposal: chance,
  negotiation: chance,
  quota: numberField({ min: 0, max: 1e10, aboveMin: true }),
};

export type PipelineField = keyof typeof pipelineFields;
export type PipelineInputs = Record<PipelineField, number>;

/**
 * Illustrative chances that rise stage by stage (10, 25, 50, 75 %), not any industry's measured
 * rates: a team sets its own from the share of deals it has won from each stage. The quota,
 * ¥1,800,000, sits just above the sample's weighted pipeline, so the starting point shows how
 * near "on average" and "likely" can part.
 */
export const pipelineDefaults: PipelineInputs & Record<OpenStage, number> = {
  lead: 0.1,
  qualified: 0.25,
  proposal: 0.5,
  negotiation: 0.75,
  quota: 1_800_000,
};
