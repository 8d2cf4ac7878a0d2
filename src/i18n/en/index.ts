/** Every strings namespace of this locale, in one dictionary. */
import type { UiStrings } from '../types.ts';
import { cardSort } from './card-sort.ts';
import { churn } from './churn.ts';
import { customerPyramid } from './customer-pyramid.ts';
import { dataCleaning } from './data-cleaning.ts';
import { exam } from './exam.ts';
import { form } from './form.ts';
import { frame } from './frame.ts';
import { glossary } from './glossary.ts';
import { instructor } from './instructor.ts';
import { kano } from './kano.ts';
import { lifetimeValue } from './lifetime-value.ts';
import { loyaltyMatrix } from './loyalty-matrix.ts';
import { loyaltyCurve } from './loyalty-curve.ts';
import { loyaltyScorecard } from './loyalty-scorecard.ts';
import { nps } from './nps.ts';
import { pipeline } from './pipeline.ts';
import { print } from './print.ts';
import { offline } from './offline.ts';
import { progress } from './progress.ts';
import { queueSimulator } from './queue-simulator.ts';
import { quiz } from './quiz.ts';
import { gradebook } from './gradebook.ts';
import { review } from './review.ts';
import { roleplay } from './roleplay.ts';
import { scorm } from './scorm.ts';
import { search } from './search.ts';
import { servqual } from './servqual.ts';
import { storage } from './storage.ts';
import { assignment } from './assignment.ts';

export const dictionary: UiStrings = {
  ...frame,
  form,
  churn,
  quiz,
  storage,
  progress,
  review,
  gradebook,
  roleplay,
  lifetimeValue,
  customerPyramid,
  queueSimulator,
  nps,
  kano,
  servqual,
  loyaltyMatrix,
  loyaltyCurve,
  loyaltyScorecard,
  pipeline,
  search,
  print,
  dataCleaning,
  cardSort,
  offline,
  glossary,
  exam,
  assignment,
  instructor,
  scorm,
};
