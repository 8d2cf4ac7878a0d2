/**
 * The importance split: five number fields, one per dimension, the running total under them, and
 * the problem when the total is not 100, which marks every field and is tied to each of them.
 */
import type { FormStrings, ServqualStrings } from '../../i18n/types.ts';
import { problemTexts, type LimitFormats } from '../../lib/form/fieldProblemText.ts';
import { readField } from '../../lib/form/readField.ts';
import { dimensions, type Dimension } from '../../lib/servqual/dimensions.ts';
import { importanceFields } from '../../lib/servqual/importanceWeights.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { NumberField } from '../shared/NumberField.tsx';
import type { NumberForm } from '../shared/useNumberForm.ts';

interface Props {
  form: NumberForm<Dimension, { total: number }>;
  strings: ServqualStrings;
  formStrings: FormStrings;
  limits: LimitFormats;
  onEdit: () => void;
}

const totalId = 'sq-importance-total';

export function ImportanceFields({ form, strings, formStrings, limits, onEdit }: Props) {
  const labels = Object.fromEntries(
    dimensions.map((dimension) => [
      dimension,
      fillTemplate(strings.importanceLabel, { dimension: strings.dimensions[dimension] }),
    ]),
  ) as Record<Dimension, string>;
  const problems = problemTexts(form.problems, importanceFields, labels, formStrings.problems, limits);
  // What is typed so far, boxes that cannot be read counting as 0.
  const total = dimensions.reduce((sum, dimension) => {
    const reading = readField(importanceFields[dimension], form.texts[dimension]);
    return sum + (reading.ok ? reading.value : 0);
  }, 0);
  const { crossProblem } = form;
  return (
    <fieldset class="sq-importance">
      <legend>{strings.importanceLegend}</legend>
      {dimensions.map((dimension) => (
        <NumberField
          key={dimension}
          id={`sq-w-${dimension}`}
          label={labels[dimension]}
          value={form.texts[dimension]}
          problem={problems[dimension]}
          crossProblemId={crossProblem ? totalId : undefined}
          whole
          onInput={(text) => {
            form.edit(dimension, text);
            onEdit();
          }}
        />
      ))}
      <p id={totalId} class={crossProblem ? 'field-problem sq-total' : 'field-hint sq-total'}>
        {crossProblem
          ? fillTemplate(strings.importanceTotalProblem, { total: crossProblem.total })
          : fillTemplate(strings.importanceTotal, { total })}
      </p>
    </fieldset>
  );
}
