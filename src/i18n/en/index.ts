/** Every strings namespace of this locale, in one dictionary. */
import type { UiStrings } from '../types';
import { churn } from './churn';
import { customerPyramid } from './customer-pyramid';
import { form } from './form';
import { frame } from './frame';
import { lifetimeValue } from './lifetime-value';
import { progress } from './progress';
import { queueSimulator } from './queue-simulator';
import { quiz } from './quiz';
import { review } from './review';
import { roleplay } from './roleplay';
import { storage } from './storage';

export const dictionary: UiStrings = {
  ...frame,
  form,
  churn,
  quiz,
  storage,
  progress,
  review,
  roleplay,
  lifetimeValue,
  customerPyramid,
  queueSimulator,
};
