/**
 * Customer-pyramid and RFM island: the bundled synthetic customers (fetched from this site) or
 * the student's own CSV file (read in the browser, never sent anywhere), cut into tiers at shares
 * the student chooses; each tier's share of customers and of profit as bars and a table, its mean
 * RFM scores, the 80/20 check and how each tier might be served. The maths and the file's
 * messages are in src/lib/rfm/, the cut-off fields and their limits in src/schemas/tierCutoffs.ts.
 */
import { useMemo } from 'preact/hooks';
import type { CustomerPyramidStrings, FormStrings } from '../../i18n/types.ts';
import { limitFormats, problemTexts } from '../../lib/form/fieldProblemText.ts';
import { buildPyramid, leadShare, tiers, totalProblem } from '../../lib/rfm/customerPyramid.ts';
import { paretoCheck } from '../../lib/rfm/paretoCheck.ts';
import { paretoSentence } from '../../lib/rfm/paretoSentence.ts';
import { tierSharesSentence } from '../../lib/rfm/tierSharesSentence.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { numberFormats } from '../../lib/text/numberFormats.ts';
import { defaultTierCutoffs, tierCutoffFields, tierCutoffNames } from '../../schemas/tierCutoffs.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { StaleNotice } from '../shared/StaleNotice.tsx';
import { useNumberForm } from '../shared/useNumberForm.ts';
import { WidgetBody } from '../shared/WidgetBody.tsx';
import { useTriedMark } from '../shared/useTriedMark.ts';
import { CustomerFilePicker } from './CustomerFilePicker.tsx';
import { CustomerFileReport } from './CustomerFileReport.tsx';
import { CutoffFields } from './CutoffFields.tsx';
import { TierChart } from './TierChart.tsx';
import { TierTable } from './TierTable.tsx';
import { useCustomerData } from './useCustomerData.ts';

interface Props {
  languageTag: string;
  strings: CustomerPyramidStrings;
  formStrings: FormStrings;
  /** The chapter it is embedded in, for "exercises tried" on the progress page. */
  chapter: string;
  /** The sample customers' address on this site (the same origin, so nothing leaves it), as built columns. */
  sampleUrl: string;
  /** The same sample as a CSV file, to download. */
  sampleCsvUrl: string;
}

export default function CustomerPyramidExplorer({
  languageTag,
  strings,
  formStrings,
  chapter,
  sampleUrl,
  sampleCsvUrl,
}: Props) {
  const formats = useMemo(() => numberFormats(languageTag), [languageTag]);
  const limits = useMemo(() => limitFormats(languageTag), [languageTag]);
  const source = useCustomerData(sampleUrl, strings, formats);
  const form = useNumberForm(tierCutoffFields, defaultTierCutoffs, totalProblem);
  const cutoffs = form.values;
  const problems = problemTexts(form.problems, tierCutoffFields, strings.fields, formStrings.problems, limits);
  const totalText = form.crossProblem ? strings.problems.total : null;
  const [tried, triedNotSaved] = useTriedMark(chapter, 'CustomerPyramidExplorer');

  const { data } = source;
  const customers = data.state === 'ready' ? data.customers : null;
  const pyramid = useMemo(() => {
    if (!customers) return null;
    const built = buildPyramid(customers, cutoffs);
    return built.ok ? built.pyramid : null;
  }, [customers, cutoffs]);
  const paretoText = useMemo(
    () => (customers ? paretoSentence(paretoCheck(customers), strings, formats) : ''),
    [customers, strings, formats],
  );
  // What a screen reader hears once typing pauses: the first problem to fix, or each tier's shares
  // (what the cut-offs change) and the 80/20 result.
  const firstProblem = tierCutoffNames.map((name) => problems[name]).find(Boolean) ?? totalText;

  return (
    <WidgetBody
      class="pyramid"
      loadingText={formStrings.loading}
      notSavedText={triedNotSaved ? formStrings.triedNotSaved : undefined}
    >
      <p class="widget-intro">{strings.intro}</p>
      <form class="pyramid-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <CutoffFields
          strings={strings}
          texts={form.texts}
          problems={problems}
          totalProblem={totalText}
          leadShare={formats.percent(leadShare(cutoffs))}
          onEdit={(field, text) => {
            form.edit(field, text);
            tried();
          }}
        />
        <CustomerFilePicker
          strings={strings}
          formats={formats}
          sampleCsvUrl={sampleCsvUrl}
          ownFile={data.state === 'ready' && data.own}
          onChoose={(file) => {
            tried();
            void source.chooseFile(file);
          }}
          onSample={source.backToSample}
        />
      </form>
      <CustomerFileReport report={source.report} />
      {!form.valid && <StaleNotice text={strings.staleNotice} />}
      {data.state === 'loading' && <p>{strings.loading}</p>}
      {data.state === 'failed' && <p class="field-problem">{strings.loadFailed}</p>}
      <LiveRegion
        message={
          firstProblem
            ? `${firstProblem} ${strings.staleNotice}`
            : [pyramid && tierSharesSentence(pyramid, strings, formats), paretoText].filter(Boolean).join(' ')
        }
      />
      {customers && pyramid && (
        <>
          <p class="widget-note" data-testid="pyramid-source">
            {fillTemplate(strings.source, {
              name: data.state === 'ready' && data.own ? strings.ownFileName : strings.sampleName,
              n: formats.count(customers.length),
            })}
          </p>
          <p class="widget-result" data-testid="pyramid-pareto">
            {paretoText}
          </p>
          <TierChart pyramid={pyramid} strings={strings} formats={formats} />
          <TierTable pyramid={pyramid} strings={strings} formStrings={formStrings} formats={formats} />
        </>
      )}
      <h4 class="pyramid-serving-title">{strings.servingTitle}</h4>
      <ul class="pyramid-serving">
        {tiers.map((tier) => (
          <li key={tier}>{strings.serving[tier]}</li>
        ))}
      </ul>
      <p class="widget-note">{strings.servingNote}</p>
    </WidgetBody>
  );
}
