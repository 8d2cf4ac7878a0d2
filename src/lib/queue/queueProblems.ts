/**
 * The message beside each queue-simulator field that cannot be used, worded by the shared problem
 * sentences, and the first of them in the order the form shows them (what a screen reader hears).
 */
import type { FormStrings } from '../../i18n/types.ts';
import type { FieldProblem } from '../form/fieldProblem.ts';
import { fieldProblemText, problemTexts, type LimitFormats } from '../form/fieldProblemText.ts';
import { queueFields, type QueueField } from '../../schemas/queueFields.ts';
import type { FormReading, WaitFormReading } from './simulatorForm.ts';
import type { WaitLeverId } from './waitLevers.ts';

export interface QueueProblemTexts {
  fields: Partial<Record<QueueField, string>>;
  factors: Partial<Record<WaitLeverId, string>>;
  first: string | undefined;
}

export interface QueueFieldLabels {
  fields: Readonly<Record<QueueField, string>>;
  /** Each lever's factor label (see factorLabel.ts). */
  factors: Partial<Record<WaitLeverId, string>>;
}

export function queueProblemTexts(
  readings: { form: FormReading; wait: WaitFormReading },
  labels: QueueFieldLabels,
  sentences: FormStrings['problems'],
  limits: LimitFormats,
): QueueProblemTexts {
  const { form, wait } = readings;
  const problems: Partial<Record<QueueField, FieldProblem>> = form.ok ? {} : { ...form.problems };
  if (!wait.ok && wait.problems.toleranceMinutes) problems.toleranceMinutes = wait.problems.toleranceMinutes;
  const fields = problemTexts(problems, queueFields, labels.fields, sentences, limits);
  const factors: Partial<Record<WaitLeverId, string>> = {};
  if (!wait.ok)
    for (const [id, problem] of Object.entries(wait.problems.factors) as [WaitLeverId, FieldProblem][])
      factors[id] = fieldProblemText(problem, { label: labels.factors[id] ?? id }, sentences, limits);
  return { fields, factors, first: [...Object.values(fields), ...Object.values(factors)].find(Boolean) };
}
