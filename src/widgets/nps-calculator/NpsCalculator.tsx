/**
 * NPS calculator island: one sample, or two to compare, entered as counts of the three groups or
 * as a list of 0–10 scores; the groups as bars and a table, the score with its 95 % interval in
 * words and on an interval plot, and whether a gap between two samples could be chance. The
 * statistics and their wording live in src/lib/nps/, the fields and examples in
 * src/schemas/npsCounts.ts; the list-of-scores part loads when first chosen.
 */
import { useMemo, useState } from 'preact/hooks';
import type { FormStrings, NpsStrings } from '../../i18n/types.ts';
import { limitFormats, problemTexts, type LimitFormats } from '../../lib/form/fieldProblemText.ts';
import { compareNps } from '../../lib/nps/npsComparison.ts';
import { estimateNps } from '../../lib/nps/npsEstimate.ts';
import { npsFormats, type NpsFormats } from '../../lib/nps/npsFormats.ts';
import { npsGroups, type NpsGroup } from '../../lib/nps/npsGroups.ts';
import { comparisonSummary, sampleSummary } from '../../lib/nps/npsSummary.ts';
import type { ScoreListReport } from '../../lib/nps/scoreListText.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { npsCountFields, npsExampleA, npsExampleB } from '../../schemas/npsCounts.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { StaleNotice } from '../shared/StaleNotice.tsx';
import { useTriedMark } from '../shared/useTriedMark.ts';
import { WidgetBody } from '../shared/WidgetBody.tsx';
import { GroupBars } from './GroupBars.tsx';
import { GroupTable } from './GroupTable.tsx';
import { IntervalPlot, type IntervalRow } from './IntervalPlot.tsx';
import { SampleFields } from './SampleFields.tsx';
import { useNpsSample, type NpsSample } from './useNpsSample.ts';

interface Props {
  languageTag: string;
  strings: NpsStrings;
  formStrings: FormStrings;
  /** The chapter it is embedded in, for "exercises tried" on the progress page. */
  chapter: string;
}

export default function NpsCalculator({ languageTag, strings, formStrings, chapter }: Props) {
  const formats = useMemo(() => npsFormats(languageTag), [languageTag]);
  const limits = useMemo(() => limitFormats(languageTag), [languageTag]);
  const a = useNpsSample(npsExampleA, strings.scores.example);
  const b = useNpsSample(npsExampleB, strings.scores.example);
  const [compare, setCompare] = useState(true);
  const [tried, triedNotSaved] = useTriedMark(chapter, 'NpsCalculator');

  // Each sample shown: its name, what its fields say, and its estimate from the counts in use.
  const samples: { key: 'a' | 'b'; sample: NpsSample; name: string }[] = [
    { key: 'a', sample: a, name: strings.samples.a },
    ...(compare ? [{ key: 'b' as const, sample: b, name: strings.samples.b }] : []),
  ];
  const shown = samples.map(({ key, sample, name }) => {
    const read = estimateNps(sample.counts);
    return {
      key,
      sample,
      name,
      messages: sampleMessages(sample, name, strings, formStrings, limits, formats),
      estimate: read.ok ? read.estimate : null,
    };
  });
  const estimated = shown.flatMap(({ key, name, estimate }) => (estimate ? [{ key, name, estimate }] : []));
  const summaries = estimated.map(({ key, name, estimate }) => ({
    key,
    ...sampleSummary(estimate, name, strings, formats),
  }));
  const [first, second] = estimated;
  const comparison = first && second ? compareNps(first.estimate, second.estimate) : null;
  const comparisonText =
    comparison && first && second
      ? comparisonSummary(comparison, { first: first.name, second: second.name }, strings, formats)
      : null;
  const rows: IntervalRow[] = estimated.map(({ key, name, estimate }) => ({
    label: name,
    value: estimate.score,
    interval: estimate.interval,
    kind: key,
  }));
  if (comparison)
    rows.push({
      label: strings.differenceRow,
      value: comparison.difference,
      interval: comparison.interval,
      kind: 'difference',
    });

  // What a screen reader hears once typing pauses: the first thing to fix, or the results.
  const firstProblem = shown.map(({ messages }) => messages.problem).find(Boolean);
  const announcement = firstProblem
    ? formats.sentences([firstProblem, strings.staleNotice])
    : formats.sentences([...summaries.map((summary) => summary.result), comparisonText ?? '']);

  return (
    <WidgetBody
      class="nps"
      loadingText={formStrings.loading}
      notSavedText={triedNotSaved ? formStrings.triedNotSaved : undefined}
    >
      <p class="widget-intro">{strings.intro}</p>
      <form class="nps-form" onSubmit={(event) => event.preventDefault()} noValidate>
        {shown.map(({ key, sample, name, messages }) => (
          <SampleFields
            key={key}
            id={`nps-${key}`}
            name={name}
            sample={sample}
            problems={messages.fields}
            noRespondents={messages.noRespondents}
            scoreReport={messages.scoreReport}
            strings={strings}
            formStrings={formStrings}
            formats={formats}
            onEdit={tried}
          />
        ))}
        <div class="nps-actions">
          <label class="option-row">
            <input
              type="checkbox"
              id="nps-compare"
              checked={compare}
              onChange={(event) => {
                setCompare(event.currentTarget.checked);
                tried();
              }}
            />
            {strings.compare}
          </label>
          <button
            type="button"
            id="nps-reset"
            class="button-secondary"
            onClick={() => {
              a.reset();
              b.reset();
              setCompare(true);
            }}
          >
            {strings.reset}
          </button>
        </div>
      </form>
      {shown.some(({ sample }) => sample.stale) && <StaleNotice text={strings.staleNotice} />}
      <LiveRegion message={announcement} />
      {estimated.length > 0 && (
        <>
          <GroupTable samples={estimated} strings={strings} formStrings={formStrings} formats={formats} />
          <GroupBars samples={estimated} strings={strings} formats={formats} />
          {summaries.map(({ key, result, notes }) => (
            <div class="widget-result nps-result" key={key} data-testid={`nps-result-${key}`}>
              <p>{result}</p>
              {notes.map((note) => (
                <p class="nps-note" key={note}>
                  {note}
                </p>
              ))}
            </div>
          ))}
          {comparisonText && (
            <p class="widget-result" data-testid="nps-comparison">
              {comparisonText}
            </p>
          )}
          <IntervalPlot rows={rows} strings={strings} formats={formats} />
        </>
      )}
      <p class="widget-note">{strings.method}</p>
      <p class="nps-claims">{strings.claims}</p>
    </WidgetBody>
  );
}

interface SampleMessages {
  fields: Partial<Record<NpsGroup, string>>;
  noRespondents: string | null;
  scoreReport: ScoreListReport | null;
  /** The first thing to fix in the mode in use, or null. */
  problem: string | null;
}

/** A sample's messages in words: its count fields', its empty total, its list of scores'. */
function sampleMessages(
  sample: NpsSample,
  name: string,
  strings: NpsStrings,
  formStrings: FormStrings,
  limits: LimitFormats,
  formats: NpsFormats,
): SampleMessages {
  const fields = problemTexts(sample.form.problems, npsCountFields, strings.fields, formStrings.problems, limits);
  const noRespondents = sample.form.crossProblem ? fillTemplate(strings.noRespondents, { sample: name }) : null;
  const { scorePart, scoreList } = sample;
  const scoreReport =
    scorePart.state === 'ready' && scoreList
      ? scorePart.module.scoreListReport(scoreList, strings.scores, formats)
      : null;
  const problem =
    sample.mode === 'counts'
      ? (npsGroups.map((group) => fields[group]).find(Boolean) ?? noRespondents)
      : (scoreReport?.problem ?? null);
  return { fields, noRespondents, scoreReport, problem };
}
