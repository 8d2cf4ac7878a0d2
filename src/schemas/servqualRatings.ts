/**
 * What a SERVQUAL answer may be, described once for the form, the engine, the class file and the
 * presets: a rating is a whole number on the 7-point scale (1 = strongly disagree / very low,
 * 7 = strongly agree / very high), and a dimension's importance is a whole number of points out
 * of 100 shared across the five dimensions.
 */
import { numberField } from './numberField.ts';

export const ratingField = numberField({ min: 1, max: 7, whole: true });

export const importanceField = numberField({ min: 0, max: 100, whole: true });

/** The points the five importance fields must add up to. */
export const importanceTotal = 100;
