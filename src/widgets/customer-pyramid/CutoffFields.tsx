/**
 * The three tier cut-offs as number fields, the share lead is left with, and the problem of the
 * three together (too large), which marks every field and is tied to each of them.
 */
import type { CustomerPyramidStrings } from '../../i18n/types.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { tierCutoffNames, type TierCutoffField } from '../../schemas/tierCutoffs.ts';
import { NumberField } from '../shared/NumberField.tsx';

interface Props {
  strings: CustomerPyramidStrings;
  texts: Record<TierCutoffField, string>;
  problems: Partial<Record<TierCutoffField, string>>;
  /** The message when the three together take more than all customers. */
  totalProblem: string | null;
  /** Lead's share, already formatted. */
  leadShare: string;
  onEdit: (field: TierCutoffField, text: string) => void;
}

const totalProblemId = 'pyramid-total-problem';

export function CutoffFields({ strings, texts, problems, totalProblem, leadShare, onEdit }: Props) {
  return (
    <fieldset class="pyramid-cutoffs">
      <legend>{strings.cutoffsLegend}</legend>
      {tierCutoffNames.map((field) => (
        <NumberField
          key={field}
          id={`pyramid-${field}`}
          label={strings.fields[field]}
          value={texts[field]}
          problem={problems[field]}
          crossProblemId={totalProblem ? totalProblemId : undefined}
          onInput={(text) => onEdit(field, text)}
        />
      ))}
      <p class="pyramid-lead">{fillTemplate(strings.leadRest, { share: leadShare })}</p>
      {totalProblem && (
        <p class="field-problem" id={totalProblemId}>
          <span aria-hidden="true">⚠ </span>
          {totalProblem}
        </p>
      )}
    </fieldset>
  );
}
