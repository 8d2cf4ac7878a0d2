/** One scenario's boxes, in a fieldset named after it; the texts are read by src/lib/clv/cohortForm.ts. */
import type { LifetimeValueStrings } from '../../i18n/types.ts';
import type { CohortFormText } from '../../lib/clv/cohortFormText.ts';
import type { ScenarioName } from '../../lib/clv/scenarioUrl.ts';
import { cohortFields, type CohortField } from '../../schemas/cohortInputs.ts';
import { NumberField } from '../shared/NumberField.tsx';

interface Props {
  name: ScenarioName;
  legend: string;
  texts: CohortFormText;
  /** Each box's problem in words, if it has one. */
  problems: Partial<Record<CohortField, string>>;
  labels: LifetimeValueStrings['fields'];
  onEdit: (field: CohortField, text: string) => void;
}

const fieldNames = Object.keys(cohortFields) as CohortField[];

export function ScenarioFields({ name, legend, texts, problems, labels, onEdit }: Props) {
  return (
    <fieldset class={`clv-scenario clv-scenario-${name}`}>
      <legend>{legend}</legend>
      {fieldNames.map((field) => (
        <NumberField
          key={field}
          id={`clv-${name}-${field}`}
          name={`${name}.${field}`}
          label={labels[field]}
          value={texts[field]}
          problem={problems[field]}
          whole={cohortFields[field].whole}
          onInput={(text) => onEdit(field, text)}
        />
      ))}
    </fieldset>
  );
}
