/**
 * Each feature's class by majority with how sure that is, its Better and Worse coefficients, then
 * its answer pairs by class (the columns a phone scrolls to); scrolls sideways on a phone rather than squeezing. A close call is marked
 * by a sign and words, not by colour; an undefined coefficient says so instead of showing NaN.
 */
import type { FormStrings, KanoStrings } from '../../i18n/types.ts';
import type { FeatureReading } from '../../lib/kano/featureReadings.ts';
import { kanoClasses } from '../../lib/kano/kanoAnswers.ts';
import type { KanoFormats } from '../../lib/kano/kanoFormats.ts';
import { className } from '../../lib/kano/surveySummary.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { TableScroll } from '../shared/TableScroll.tsx';

interface Props {
  readings: readonly FeatureReading[];
  strings: KanoStrings;
  formStrings: FormStrings;
  formats: KanoFormats;
}

export function SurveyTable({ readings, strings, formStrings, formats }: Props) {
  const { columns } = strings;
  const certainty = ({ majority }: FeatureReading) => {
    if (!majority.ok) return '—';
    const { close, runnerUp } = majority.majority;
    if (!close) return strings.clear;
    return runnerUp ? fillTemplate(strings.closeTo, { class: className(runnerUp, strings) }) : strings.oneAnswer;
  };
  const coefficient = (reading: FeatureReading, which: 'better' | 'worse') =>
    reading.coefficients.ok ? formats.coefficient(reading.coefficients[which]) : strings.undefinedCoefficient;
  return (
    <TableScroll label={strings.tableCaption} scrollHint={formStrings.scrollHint}>
      <table class="kano-table" data-testid="kano-table">
        <caption>{strings.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.number}</th>
            <th scope="col">{columns.feature}</th>
            <th scope="col">{columns.verdict}</th>
            <th scope="col">{columns.close}</th>
            <th scope="col">{columns.better}</th>
            <th scope="col">{columns.worse}</th>
            {kanoClasses.map((kanoClass) => (
              <th scope="col" key={kanoClass}>
                <span aria-hidden="true">{kanoClass}</span>
                <span class="sr-only">{className(kanoClass, strings)}</span>
              </th>
            ))}
            <th scope="col">{columns.total}</th>
          </tr>
        </thead>
        <tbody>
          {readings.map((reading, index) => {
            const close = reading.majority.ok && reading.majority.majority.close;
            return (
              <tr key={index} data-feature={index + 1}>
                <td>{formats.count(index + 1)}</td>
                <th scope="row">{reading.name}</th>
                <td class="kano-verdict">
                  {reading.majority.ok ? className(reading.majority.majority.kanoClass, strings) : strings.noAnswers}
                </td>
                <td class={close ? 'kano-certainty kano-close' : 'kano-certainty'}>
                  {close && <span aria-hidden="true">⚠ </span>}
                  {certainty(reading)}
                </td>
                <td>{coefficient(reading, 'better')}</td>
                <td>{coefficient(reading, 'worse')}</td>
                {kanoClasses.map((kanoClass) => (
                  <td key={kanoClass}>{formats.count(reading.tally[kanoClass])}</td>
                ))}
                <td>{formats.count(kanoClasses.reduce((sum, kanoClass) => sum + reading.tally[kanoClass], 0))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
