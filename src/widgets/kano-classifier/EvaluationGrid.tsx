/**
 * The Kano evaluation table itself, functional answers down the side and dysfunctional ones
 * across, each cell with its class; the cells the student's own answer pairs land in carry those
 * features' numbers in words and a frame, so the mark is not colour alone.
 */
import type { FormStrings, KanoStrings } from '../../i18n/types.ts';
import { classifyPair } from '../../lib/kano/evaluationTable.ts';
import { kanoAnswers, type KanoAnswer } from '../../lib/kano/kanoAnswers.ts';
import type { KanoFormats } from '../../lib/kano/kanoFormats.ts';
import { className } from '../../lib/kano/surveySummary.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { TableScroll } from '../shared/TableScroll.tsx';

export interface AnsweredPair {
  /** The feature's number, from 1. */
  n: number;
  functional: KanoAnswer;
  dysfunctional: KanoAnswer;
}

interface Props {
  pairs: readonly AnsweredPair[];
  strings: KanoStrings;
  formStrings: FormStrings;
  formats: KanoFormats;
}

export function EvaluationGrid({ pairs, strings, formStrings, formats }: Props) {
  return (
    <TableScroll label={strings.evaluationCaption} scrollHint={formStrings.scrollHint}>
      <table class="kano-grid" data-testid="kano-grid">
        <caption>{strings.evaluationCaption}</caption>
        <thead>
          <tr>
            <td>{strings.evaluationCorner}</td>
            {kanoAnswers.map((answer) => (
              <th scope="col" key={answer}>
                {strings.answers[answer]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {kanoAnswers.map((functional) => (
            <tr key={functional}>
              <th scope="row">{strings.answers[functional]}</th>
              {kanoAnswers.map((dysfunctional) => {
                const here = pairs.filter(
                  (pair) => pair.functional === functional && pair.dysfunctional === dysfunctional,
                );
                const kanoClass = classifyPair(functional, dysfunctional);
                return (
                  <td key={dysfunctional} class={here.length > 0 ? 'kano-grid-marked' : undefined}>
                    <span aria-hidden="true">{kanoClass}</span>
                    <span class="sr-only">{className(kanoClass, strings)}</span>
                    {here.length > 0 && (
                      <span class="kano-grid-mark">
                        {fillTemplate(strings.cellMark, {
                          list: formats.list(here.map((pair) => formats.count(pair.n))),
                        })}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
