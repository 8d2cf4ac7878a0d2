/**
 * The stages a deal passes through in the chapter 8 pipeline (the chapter's five: first contact,
 * needs confirmed, proposal and quote, negotiation, verbal commitment), and the chance of winning a
 * deal at each. Won and lost deals are settled (100 % and 0 %); the open stages carry a chance the
 * student sets, as a sales team would from its own record of deals won from each stage.
 */

export const openStages = ['contact', 'needs', 'proposal', 'negotiation', 'commitment'] as const;
export type OpenStage = (typeof openStages)[number];

export const stages = [...openStages, 'won', 'lost'] as const;
export type Stage = (typeof stages)[number];
/** The chance of winning a deal at each open stage, as fractions (0.25 = 25 %). */
export type StageChances = Readonly<Record<OpenStage, number>>;

/** One deal of the pipeline: its amount in whole yuan and the month (1–12) it is expected to close. */
export interface Deal {
  name: string;
  amount: number;
  stage: Stage;
  month: number;
}

export function winChance(stage: Stage, chances: StageChances): number {
  if (stage === 'won') return 1;
  if (stage === 'lost') return 0;
  return chances[stage];
}
