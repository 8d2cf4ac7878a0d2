/**
 * The customer pyramid's cut-offs (chapter 3): the shares of customers, from the most profitable,
 * in the platinum, gold and iron tiers, typed in percent and kept as fractions; lead takes the
 * rest. One description for the form and the engine (buildPyramid). That the three together
 * leave no more than all customers is a rule across fields, checked by validateTierCutoffs in
 * src/lib/rfm/customerPyramid.ts.
 */
import type * as z from 'zod/mini';
import { fieldsSchema, numberField } from './numberField.ts';

export const tierCutoffFields = {
  platinum: numberField({ min: 0, max: 1, percent: true }),
  gold: numberField({ min: 0, max: 1, percent: true }),
  iron: numberField({ min: 0, max: 1, percent: true }),
};

/** The cut-offs as one zod schema, built when called (the form checks the fields' bounds without zod). */
export const tierCutoffsSchema = () => fieldsSchema(tierCutoffFields);

export type TierCutoffField = keyof typeof tierCutoffFields;
/** The fields from the top tier down, the order the form shows them in. */
export const tierCutoffNames = Object.keys(tierCutoffFields) as TierCutoffField[];
/** Shares of customers in the top three tiers, from the top; lead takes the rest. */
export type TierCutoffs = z.output<ReturnType<typeof tierCutoffsSchema>>;

/** Top 5 %, next 15 %, next 50 %, rest: the shape textbooks draw (top 20 % = platinum + gold). */
export const defaultTierCutoffs: TierCutoffs = { platinum: 0.05, gold: 0.15, iron: 0.5 };
