/**
 * Class mode, loaded when chosen: the student picks a CSV file of many respondents, which is read
 * in this browser (never uploaded); rows that cannot be used are listed by line and column, and
 * the rest give each dimension's mean gap with its 95 % confidence interval, as a sentence, a
 * chart with the intervals drawn across the bars, and a table.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { FormStrings, ServqualStrings } from '../../i18n/types.ts';
import { classColumns, classLimits, importClassCsv, type ClassImport } from '../../lib/servqual/classCsv.ts';
import { classGaps } from '../../lib/servqual/classGaps.ts';
import { classFileProblemText, classRowReport, intervalText, megabytes } from '../../lib/servqual/classText.ts';
import { dimensions } from '../../lib/servqual/dimensions.ts';
import type { Importance } from '../../lib/servqual/importanceWeights.ts';
import type { MeanInterval } from '../../lib/servqual/meanInterval.ts';
import type { ServqualFormats } from '../../lib/servqual/servqualFormats.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { pluralText } from '../../lib/text/pluralText.ts';
import { TableScroll } from '../shared/TableScroll.tsx';
import { GapChart } from './GapChart.tsx';

interface Props {
  languageTag: string;
  /** The split typed above, or null while it is not valid. */
  importance: Importance | null;
  strings: ServqualStrings;
  formStrings: FormStrings;
  formats: ServqualFormats;
  announce: (message: string) => void;
  onFile: () => void;
}

type FileState = { ok: true; file: ClassImport } | { ok: false; problems: string[] } | null;

export function ClassSurvey({ languageTag, importance, strings, formStrings, formats, announce, onFile }: Props) {
  const words = strings.class;
  const [state, setState] = useState<FileState>(null);
  const refuse = (problems: Parameters<typeof classFileProblemText>[0][]) =>
    setState({ ok: false, problems: problems.map((p) => classFileProblemText(p, words, formats, languageTag)) });

  const choose = async (file: File) => {
    onFile();
    setState(null);
    if (file.size > classLimits.maxBytes)
      return refuse([{ code: 'fileTooLarge', bytes: file.size, maxBytes: classLimits.maxBytes }]);
    let text: string;
    try {
      text = await file.text();
    } catch {
      return refuse([{ code: 'fileUnreadable' }]);
    }
    const imported = importClassCsv(text);
    if (imported.fileProblems.length > 0) return refuse(imported.fileProblems);
    if (imported.respondents.length === 0) setState({ ok: false, problems: [words.fileProblems.noRespondents] });
    else setState({ ok: true, file: imported });
  };

  const file = state?.ok ? state.file : null;
  const result = useMemo(() => (file ? classGaps(file.respondents, importance) : null), [file, importance]);
  const gaps = result?.ok ? result.gaps : null;
  const rowReport = file ? classRowReport(file, words, formats, languageTag) : null;
  const summary = gaps
    ? [
        pluralText(languageTag, words.respondents, gaps.respondents, { n: formats.count(gaps.respondents) }),
        gaps.overall.low === null || gaps.overall.high === null
          ? fillTemplate(words.summaryOne, { gap: formats.gap(gaps.overall.mean) })
          : fillTemplate(words.summary, {
              gap: formats.gap(gaps.overall.mean),
              low: formats.gap(gaps.overall.low),
              high: formats.gap(gaps.overall.high),
            }),
      ].join(' ')
    : '';
  const message = state?.ok === false ? state.problems.join(' ') : [rowReport?.title ?? '', summary].join(' ').trim();
  useEffect(() => announce(message), [message]);

  // Each row's name in the table, its shorter name in the chart, and its interval.
  const rows: [string, string, MeanInterval][] = gaps
    ? [
        ...dimensions.map((dimension): [string, string, MeanInterval] => [
          strings.dimensions[dimension],
          strings.dimensions[dimension],
          gaps.dimensions[dimension],
        ]),
        [words.overallRow, words.overallBar, gaps.overall],
        ...(gaps.weighted
          ? [[words.weightedRow, words.weightedBar, gaps.weighted] as [string, string, MeanInterval]]
          : []),
      ]
    : [];

  return (
    <div class="sq-class">
      <p class="widget-note">{words.intro}</p>
      <div class="field">
        <label for="sq-class-file">{words.fileLabel}</label>
        <input
          id="sq-class-file"
          type="file"
          accept=".csv,.txt,text/csv"
          aria-describedby="sq-class-hint"
          onChange={(event) => {
            const chosen = event.currentTarget.files?.[0];
            if (chosen) void choose(chosen);
          }}
        />
        <p class="field-hint" id="sq-class-hint">
          {fillTemplate(words.fileHint, { max: megabytes(classLimits.maxBytes, languageTag) })}
        </p>
        <p class="field-hint">
          {words.headerExample} <code class="sq-header">{['id', ...classColumns].join(',')}</code>
        </p>
      </div>
      {state?.ok === false && (
        <ul class="sq-problems" data-testid="sq-class-problems">
          {state.problems.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
      {rowReport && (
        // Scrolls when long, so it is a named region the keyboard can scroll too.
        <div
          class="sq-problems"
          data-testid="sq-class-row-errors"
          role="region"
          aria-label={rowReport.title}
          tabIndex={0}
        >
          <p>{rowReport.title}</p>
          <ul>
            {rowReport.lines.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
          {rowReport.more && <p>{rowReport.more}</p>}
        </div>
      )}
      {gaps && (
        <>
          <p class="widget-result" data-testid="sq-class-summary">
            {summary}
          </p>
          <GapChart
            id="sq-class-chart"
            title={words.chartTitle}
            description={words.chartDescription}
            bars={rows.map(([, label, interval]) => ({
              label,
              value: interval.mean,
              low: interval.low,
              high: interval.high,
            }))}
            format={formats.gap}
            tickFormat={formats.count}
            legend={[strings.legendBelow, strings.legendAbove]}
          />
          <TableScroll label={words.tableCaption} scrollHint={formStrings.scrollHint}>
            <table data-testid="sq-class-table">
              <caption>{words.tableCaption}</caption>
              <thead>
                <tr>
                  {Object.values(words.columns).map((heading) => (
                    <th scope="col" key={heading}>
                      {heading}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map(([label, , interval]) => (
                  <tr key={label}>
                    <th scope="row">{label}</th>
                    <td>{formats.gap(interval.mean)}</td>
                    <td>{intervalText(interval, words, formats)}</td>
                    <td>{interval.sd === null ? '—' : formats.mean(interval.sd)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p class="widget-note">{words.method}</p>
        </>
      )}
    </div>
  );
}
