/**
 * The deals, each with a stage picker next to its name: a select per row, so a deal moves by
 * keyboard or by tap (no dragging), and each deal's weighted amount, for checking a hand
 * calculation.
 */
import type { FormStrings, PipelineStrings } from '../../i18n/types.ts';
import type { PipelineFormats } from '../../lib/pipeline/pipelineFormats.ts';
import { stages, winChance, type Deal, type Stage, type StageChances } from '../../lib/pipeline/pipelineStages.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { TableScroll } from '../shared/TableScroll.tsx';

interface Props {
  deals: readonly Deal[];
  chances: StageChances;
  strings: PipelineStrings;
  formStrings: FormStrings;
  formats: PipelineFormats;
  onMove: (index: number, stage: Stage) => void;
}

export function DealTable({ deals, chances, strings, formStrings, formats, onMove }: Props) {
  const { columns } = strings;
  return (
    <TableScroll label={strings.dealsCaption} scrollHint={formStrings.scrollHint}>
      <table class="pipeline-deals" data-testid="pipeline-deals">
        <caption>{strings.dealsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.deal}</th>
            <th scope="col">{columns.stage}</th>
            <th scope="col">{columns.amount}</th>
            <th scope="col">{columns.month}</th>
            <th scope="col">{columns.weighted}</th>
          </tr>
        </thead>
        <tbody>
          {deals.map((deal, index) => (
            <tr key={deal.name}>
              <th scope="row">{deal.name}</th>
              <td>
                <select
                  id={`pipeline-stage-${index}`}
                  aria-label={fillTemplate(strings.stageOf, { deal: deal.name })}
                  value={deal.stage}
                  onChange={(event) => onMove(index, event.currentTarget.value as Stage)}
                >
                  {stages.map((stage) => (
                    <option key={stage} value={stage}>
                      {strings.stageNames[stage]}
                    </option>
                  ))}
                </select>
              </td>
              <td>{formats.money(deal.amount)}</td>
              <td>{formats.month(deal.month)}</td>
              <td>{formats.money(deal.amount * winChance(deal.stage, chances))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
