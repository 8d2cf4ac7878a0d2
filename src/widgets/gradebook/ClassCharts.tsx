/**
 * The class's charts: the spread of mean scores, the hardest items, and each quiz item's most
 * common wrong answer in the words of the choice picked (the item words arrive from a JSON file
 * fetched on demand; until then, or if it fails, items and choices show their ids).
 */
import { useMemo } from 'preact/hooks';
import type { GradebookStrings } from '../../i18n/types.ts';
import type { ClassRow } from '../../lib/gradebook/classRows.ts';
import { commonWrongAnswers } from '../../lib/gradebook/commonWrongAnswers.ts';
import { hardestItems } from '../../lib/gradebook/hardestItems.ts';
import type { FiledReport } from '../../lib/gradebook/readReportFiles.ts';
import { responseText, type ItemWords } from '../../lib/gradebook/responseText.ts';
import { scoreDistribution } from '../../lib/gradebook/scoreDistribution.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { numberFormats } from '../../lib/text/numberFormats.ts';
import { ScoreChart } from './ScoreChart.tsx';

interface Props {
  reports: readonly FiledReport[];
  rows: readonly ClassRow[];
  strings: GradebookStrings;
  languageTag: string;
  itemWords: Record<string, ItemWords> | 'failed' | undefined;
}

/** The hardest items listed: enough to plan a lesson around, not the whole quiz again. */
const HARDEST_SHOWN = 10;

export function ClassCharts({ reports, rows, strings, languageTag, itemWords }: Props) {
  const formats = useMemo(() => numberFormats(languageTag), [languageTag]);
  const distribution = useMemo(() => scoreDistribution(rows.map((row) => row.meanScore)), [rows]);
  const hardest = useMemo(() => hardestItems(reports).slice(0, HARDEST_SHOWN), [reports]);
  const wrong = useMemo(() => commonWrongAnswers(reports), [reports]);
  const words = typeof itemWords === 'object' ? itemWords : {};
  const label = (id: string) => words[id]?.label ?? id;
  const answerWords = { ...strings.answerWords, formatNumber: formats.decimal };
  return (
    <section class="gradebook-charts" aria-labelledby="gradebook-charts">
      <h2 id="gradebook-charts">{strings.chartsHeading}</h2>
      <h3>{strings.distributionTitle}</h3>
      <ScoreChart distribution={distribution} strings={strings} formats={formats} />
      <h3>{strings.hardestHeading}</h3>
      {hardest.length === 0 ? (
        <p>{strings.hardestNone}</p>
      ) : (
        <ol data-testid="gradebook-hardest">
          {hardest.map((item) => (
            <li key={item.id}>
              {fillTemplate(strings.hardestItem, {
                label: label(item.id),
                score: formats.percent(item.meanScore),
                n: formats.count(item.answered),
              })}
            </li>
          ))}
        </ol>
      )}
      <h3>{strings.wrongHeading}</h3>
      {itemWords === 'failed' && <p class="widget-note">{strings.choicesNotLoaded}</p>}
      {wrong.length === 0 ? (
        <p>{strings.wrongNone}</p>
      ) : (
        <ul data-testid="gradebook-wrong">
          {wrong.map((entry) => (
            <li key={entry.itemId}>
              {fillTemplate(strings.wrongItem, {
                label: label(entry.itemId),
                answer: responseText(entry.response, words[entry.itemId], answerWords),
                count: formats.count(entry.count),
                wrong: formats.count(entry.wrong),
                share: formats.percent(entry.share),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
