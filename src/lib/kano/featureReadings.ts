/** What the classifier shows of each feature of a survey: its tally, its class by majority and its coefficients. */
import type { SurveyFeature } from './kanoTally.ts';
import { majorityClass, type MajorityReading } from './majorityClass.ts';
import { satisfactionCoefficients, type SatisfactionCoefficients } from './satisfactionCoefficients.ts';

export interface FeatureReading extends SurveyFeature {
  majority: MajorityReading;
  coefficients: SatisfactionCoefficients;
}

export const featureReadings = (features: readonly SurveyFeature[]): FeatureReading[] =>
  features.map((feature) => ({
    ...feature,
    majority: majorityClass(feature.tally),
    coefficients: satisfactionCoefficients(feature.tally),
  }));
