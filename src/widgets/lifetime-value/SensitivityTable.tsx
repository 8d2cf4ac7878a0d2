/**
 * Scenario A with 1 to 10 more points of retention: value over the horizon (cohort model) and
 * lifetime value (formula), each with its change, so "5 % → 25–85 %" can be checked on any inputs.
 */
import type { ValidCohortInputs } from '../../lib/clv/cohortInputs.ts';
import { lifetimeSensitivity } from '../../lib/clv/lifetimeSensitivity.ts';
import type { MarginTiming } from '../../lib/clv/marginMultiple.ts';
import { retentionSensitivity } from '../../lib/clv/retentionSensitivity.ts';
import { constantRetention } from '../../lib/clv/scenarioMultiple.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import type { NumberFormats } from '../../lib/text/numberFormats.ts';
import type { PreciseFormats } from '../../lib/text/preciseFormats.ts';
import type { LifetimeValueStrings } from '../../i18n/types.ts';
import { TableScroll } from '../shared/TableScroll.tsx';

interface Props {
  inputs: ValidCohortInputs;
  timing: MarginTiming;
  strings: LifetimeValueStrings;
  formats: NumberFormats;
  money: PreciseFormats;
  /** The sentence shown when the table is wider than its box. */
  scrollHint: string;
}

export function SensitivityTable({ inputs, timing, strings, formats, money, scrollHint }: Props) {
  const cohort = retentionSensitivity(inputs).steps;
  // The formula needs one rate for every year; with rates by year only the cohort column applies.
  const rate = constantRetention(inputs);
  const constant = rate !== null;
  const lifetime = constant ? lifetimeSensitivity(timing, inputs.marginPerCustomer, rate, inputs.discountRate) : null;
  const columns = strings.sensitivityColumns;
  const years = formats.count(inputs.horizonYears);
  const dash = strings.notApplicable;
  return (
    <>
      <TableScroll label={strings.sensitivityCaption} scrollHint={scrollHint}>
        <table data-testid="clv-sensitivity">
          <caption>{strings.sensitivityCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{columns.points}</th>
              <th scope="col">{columns.retention}</th>
              <th scope="col">{fillTemplate(columns.clvHorizon, { years })}</th>
              <th scope="col">{columns.changeHorizon}</th>
              <th scope="col">{columns.clvLifetime}</th>
              <th scope="col">{columns.changeLifetime}</th>
            </tr>
          </thead>
          <tbody>
            {cohort.map((step, index) => {
              const formula = lifetime?.[index];
              const label = fillTemplate(strings.pointsValue, { points: step.points });
              if (!step.reachable) {
                return (
                  <tr key={step.points}>
                    <th scope="row">{label}</th>
                    <td colSpan={5}>{strings.unreachable}</td>
                  </tr>
                );
              }
              return (
                <tr key={step.points}>
                  <th scope="row">{label}</th>
                  <td>{constant ? formats.percent(step.retention[0]!) : dash}</td>
                  <td>{money.cents(step.clvGross)}</td>
                  <td>{step.clvGrossChange === null ? dash : money.change(step.clvGrossChange)}</td>
                  <td>{formula?.lifetimeValue == null ? dash : money.cents(formula.lifetimeValue)}</td>
                  <td>{formula?.change == null ? dash : money.change(formula.change)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <p class="widget-note">{strings.sensitivityNote}</p>
    </>
  );
}
