/**
 * Customer-pyramid and RFM island: the bundled synthetic customers (fetched from this site) or
 * the student's own CSV file (read in the browser, never sent anywhere), cut into tiers at shares
 * the student chooses; each tier's share of customers and of profit as bars and a table, its mean
 * RFM scores, the 80/20 check and how each tier might be served. The maths is in src/lib/rfm/.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  buildPyramid,
  defaultTierCutoffs,
  tiers,
  validateTierCutoffs,
  type CustomerPyramid,
  type TierCutoffs,
} from '../../lib/rfm/customerPyramid';
import type { CustomerRecord } from '../../lib/rfm/customerRecord';
import { importCustomerCsv, importLimits, type CustomerImport } from '../../lib/rfm/importCustomers';
import { paretoCheck } from '../../lib/rfm/paretoCheck';
import { fillTemplate } from '../../lib/text/fillTemplate';
import { numberFormats } from '../../lib/text/numberFormats';
import { parsePercentField } from '../../lib/text/parseFormNumber';
import { markWidgetTried } from '../../stores/widgetTried';
import type { CustomerPyramidStrings } from '../../i18n/types';
import { TierChart } from './TierChart';

type Strings = CustomerPyramidStrings;
type CutoffField = keyof TierCutoffs;

interface Props {
  languageTag: string;
  strings: Strings;
  chapter: string;
  /** The sample file's address on this site (the same origin, so nothing leaves it). */
  sampleUrl: string;
}

const cutoffFields: CutoffField[] = ['platinum', 'gold', 'iron'];
const defaultText = { platinum: '5', gold: '15', iron: '50' };
/** How long typing must pause before the result is read out. */
const ANNOUNCE_DELAY_MS = 700;

type Data = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; customers: CustomerRecord[]; own: boolean };

export default function CustomerPyramidExplorer({ languageTag, strings, chapter, sampleUrl }: Props) {
  const formats = useMemo(() => numberFormats(languageTag), [languageTag]);
  const [data, setData] = useState<Data>({ state: 'loading' });
  const [text, setText] = useState(defaultText);
  const [cutoffs, setCutoffs] = useState(defaultTierCutoffs);
  const [fileMessage, setFileMessage] = useState<string[]>([]);
  const [rowErrors, setRowErrors] = useState<Pick<CustomerImport, 'rowErrors' | 'unlistedRowErrors'> | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const loadSample = () => {
    fetch(sampleUrl)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
      .then((csv) => setData({ state: 'ready', customers: importCustomerCsv(csv).customers, own: false }))
      .catch(() => setData({ state: 'failed' }));
  };
  useEffect(loadSample, [sampleUrl]);

  // Each field: a parse problem, or the share it holds (as a fraction).
  const read = cutoffFields.map((field) => ({ field, parsed: parsePercentField(text[field]) }));
  const candidate = Object.fromEntries(
    read.map(({ field, parsed }) => [field, parsed.ok ? parsed.value : Number.NaN]),
  ) as unknown as TierCutoffs;
  const rangeProblems = validateTierCutoffs(candidate);
  const problemOf = (field: CutoffField): string | null => {
    const label = strings.fields[field];
    const parsed = read.find((entry) => entry.field === field)!.parsed;
    if (!parsed.ok) return fillTemplate(strings.problems[parsed.code], { label });
    const problem = rangeProblems.find((p) => p.field === field);
    if (!problem || problem.code === 'notANumber') return null;
    return fillTemplate(strings.problems[problem.code], {
      label,
      min: 'min' in problem ? formats.percent(problem.min) : '',
      max: 'max' in problem ? formats.percent(problem.max) : '',
    });
  };
  const totalProblem = rangeProblems.some((p) => p.field === 'total') ? strings.problems.total : null;
  const problems = cutoffFields.map(problemOf);
  const invalid = problems.some(Boolean) || totalProblem !== null;

  const customers = data.state === 'ready' ? data.customers : null;
  const pyramid: CustomerPyramid | null = useMemo(() => {
    if (!customers) return null;
    const built = buildPyramid(customers, cutoffs);
    return built.ok ? built.pyramid : null;
  }, [customers, cutoffs]);
  const pareto = useMemo(() => (customers ? paretoCheck(customers) : null), [customers]);
  const paretoText = pareto
    ? fillTemplate(strings.pareto, {
        topFifth: formats.percent(pareto.profitShareOfTopFifth),
        share: formats.percent(pareto.customerShareForTarget),
        n: formats.count(pareto.customersForTarget),
      })
    : strings.paretoNone;

  const firstProblem = problems.find(Boolean) ?? totalProblem;
  const message = firstProblem ? `${firstProblem} ${strings.staleNotice}` : customers ? paretoText : '';
  useEffect(() => {
    const timer = setTimeout(() => setAnnouncement(message), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [message]);

  const edit = (field: CutoffField, value: string) => {
    const next = { ...text, [field]: value };
    setText(next);
    markWidgetTried(chapter, 'CustomerPyramidExplorer');
    const shares = cutoffFields.map((f) => parsePercentField(next[f]));
    if (shares.every((s) => s.ok)) {
      const [platinum, gold, iron] = shares.map((s) => (s.ok ? s.value : 0)) as [number, number, number];
      if (validateTierCutoffs({ platinum, gold, iron }).length === 0) setCutoffs({ platinum, gold, iron });
    }
  };

  const megabytes = (bytes: number) => `${formats.decimal(bytes / 1024 / 1024)} MB`;
  const chooseFile = async (file: File | undefined) => {
    if (!file) return;
    markWidgetTried(chapter, 'CustomerPyramidExplorer');
    setRowErrors(null);
    // Refused before reading, so a huge file never stalls the page.
    if (file.size > importLimits.maxBytes) {
      setFileMessage([
        fillTemplate(strings.fileTooLarge, { size: megabytes(file.size), max: megabytes(importLimits.maxBytes) }),
      ]);
      return;
    }
    let csv: string;
    try {
      csv = await file.text();
    } catch {
      setFileMessage([strings.fileUnreadable]);
      return;
    }
    const imported = importCustomerCsv(csv);
    if (imported.fileProblems.length > 0) {
      setFileMessage(
        imported.fileProblems.map((problem) =>
          problem.code === 'fileTooLarge'
            ? fillTemplate(strings.fileTooLarge, { size: megabytes(problem.bytes), max: megabytes(problem.maxBytes) })
            : fillTemplate(strings.fileProblems[problem.code], {
                rows: 'rows' in problem ? formats.count(problem.rows) : '',
                maxRows: 'maxRows' in problem ? formats.count(problem.maxRows) : '',
                line: 'line' in problem ? formats.count(problem.line) : '',
                column: 'column' in problem ? problem.column : '',
              }),
        ),
      );
      return;
    }
    setFileMessage([]);
    setRowErrors({ rowErrors: imported.rowErrors, unlistedRowErrors: imported.unlistedRowErrors });
    setData({ state: 'ready', customers: imported.customers, own: true });
  };

  const rowErrorCount = rowErrors ? rowErrors.rowErrors.length + rowErrors.unlistedRowErrors : 0;
  const leadShare = Math.max(0, 1 - cutoffs.platinum - cutoffs.gold - cutoffs.iron);

  return (
    <div class="pyramid">
      <p class="widget-intro">{strings.intro}</p>
      <form class="pyramid-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <fieldset class="pyramid-cutoffs">
          <legend>{strings.cutoffsLegend}</legend>
          {cutoffFields.map((field, index) => {
            const id = `pyramid-${field}`;
            const problem = problems[index];
            return (
              <div class="field" key={field}>
                <label for={id}>{strings.fields[field]}</label>
                <input
                  id={id}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  value={text[field]}
                  aria-invalid={problem || totalProblem ? 'true' : undefined}
                  aria-describedby={problem ? `${id}-problem` : totalProblem ? 'pyramid-total-problem' : undefined}
                  onInput={(event) => edit(field, event.currentTarget.value)}
                />
                {problem && (
                  <p class="field-problem" id={`${id}-problem`}>
                    <span aria-hidden="true">⚠ </span>
                    {problem}
                  </p>
                )}
              </div>
            );
          })}
          <p class="pyramid-lead">{fillTemplate(strings.leadRest, { share: formats.percent(leadShare) })}</p>
          {totalProblem && (
            <p class="field-problem" id="pyramid-total-problem">
              <span aria-hidden="true">⚠ </span>
              {totalProblem}
            </p>
          )}
        </fieldset>
        <div class="field pyramid-file">
          <label for="pyramid-file">{strings.fileLabel}</label>
          <input
            id="pyramid-file"
            type="file"
            accept=".csv,.txt,text/csv"
            aria-describedby="pyramid-file-hint"
            onChange={(event) => void chooseFile(event.currentTarget.files?.[0])}
          />
          <p class="widget-note" id="pyramid-file-hint">
            {fillTemplate(strings.fileHint, { max: megabytes(importLimits.maxBytes) })}
          </p>
          {data.state === 'ready' && data.own && (
            <button
              type="button"
              id="pyramid-sample"
              class="button-secondary"
              onClick={() => {
                setRowErrors(null);
                setFileMessage([]);
                setData({ state: 'loading' });
                loadSample();
              }}
            >
              {strings.useSample}
            </button>
          )}
        </div>
      </form>
      {fileMessage.length > 0 && (
        <ul class="pyramid-file-problems" data-testid="pyramid-file-problems">
          {fileMessage.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {rowErrors && rowErrorCount > 0 && (
        <div class="pyramid-row-errors" data-testid="pyramid-row-errors">
          <p>{fillTemplate(strings.rowErrorsTitle, { n: formats.count(rowErrorCount) })}</p>
          <ul>
            {rowErrors.rowErrors.map((error, index) => (
              <li key={index}>
                {fillTemplate(strings.rowErrors[error.code], {
                  line: formats.count(error.line),
                  field: 'field' in error ? error.field : '',
                  min: 'min' in error ? formats.decimal(error.min) : '',
                  max: 'max' in error ? formats.decimal(error.max) : '',
                  expected: 'expected' in error ? formats.count(error.expected) : '',
                  actual: 'actual' in error ? formats.count(error.actual) : '',
                  firstLine: 'firstLine' in error ? formats.count(error.firstLine) : '',
                })}
              </li>
            ))}
          </ul>
          {rowErrors.unlistedRowErrors > 0 && (
            <p>{fillTemplate(strings.rowErrorsMore, { n: formats.count(rowErrors.unlistedRowErrors) })}</p>
          )}
        </div>
      )}
      {invalid && (
        <p class="stale-notice">
          <span aria-hidden="true">⚠ </span>
          {strings.staleNotice}
        </p>
      )}
      {data.state === 'loading' && <p>{strings.loading}</p>}
      {data.state === 'failed' && <p class="field-problem">{strings.loadFailed}</p>}
      <p class="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
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
          <div class="table-scroll" tabIndex={0} role="region" aria-label={strings.tableCaption}>
            <table data-testid="pyramid-table">
              <caption>{strings.tableCaption}</caption>
              <thead>
                <tr>
                  {Object.values(strings.columns).map((heading) => (
                    <th scope="col" key={heading}>
                      {heading}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {pyramid.tiers.map((tier) => {
                  const mean = (value: number | null) => (value === null ? strings.noProfit : formats.decimal(value));
                  return (
                    <tr key={tier.tier} data-tier={tier.tier}>
                      <th scope="row">{strings.tierNames[tier.tier]}</th>
                      <td>{formats.count(tier.customers)}</td>
                      <td>{formats.percent(tier.customerShare)}</td>
                      <td>{tier.profitShare === null ? strings.noProfit : formats.percent(tier.profitShare)}</td>
                      <td>
                        {tier.customers === 0 ? strings.noProfit : formats.money(tier.totalProfit / tier.customers)}
                      </td>
                      <td>{mean(tier.meanRecency)}</td>
                      <td>{mean(tier.meanFrequency)}</td>
                      <td>{mean(tier.meanMonetary)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
      <h4 class="pyramid-serving-title">{strings.servingTitle}</h4>
      <ul class="pyramid-serving">
        {tiers.map((tier) => (
          <li key={tier}>{strings.serving[tier]}</li>
        ))}
      </ul>
      <p class="widget-note">{strings.servingNote}</p>
    </div>
  );
}
