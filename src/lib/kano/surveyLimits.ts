/**
 * How large a survey file the Kano classifier reads: far above a class survey, well below what
 * would slow a phone; a file beyond them is refused with the limit named.
 */
export const surveyLimits = {
  /** 1 MB: about 10,000 respondents answering 20 features in words. */
  maxBytes: 1024 * 1024,
  maxRows: 10_000,
  maxFeatures: 20,
  /** Errors listed one by one; beyond this they are only counted. */
  maxListedErrors: 100,
};

export type SurveyLimits = typeof surveyLimits;
