/**
 * Part 2 of the data-cleaning exercise, loaded when the learner opens it: a matching rule they
 * tune (what to standardise, how to compare names, the points threshold), the pairs it proposes,
 * and its precision and recall against the answer key, with the pairs it missed and those it
 * proposed wrongly, and the sentence that says what record linkage trades off.
 */
import { useMemo, useState } from 'preact/hooks';
import type { DataCleaningStrings } from '../../i18n/types.ts';
import type { CustomerRow } from '../../lib/data-cleaning/customerFields.ts';
import { linkageScores } from '../../lib/data-cleaning/linkageScores.ts';
import {
  MATCH_POINTS,
  NAIVE_RULE,
  proposePairs,
  THRESHOLDS,
  type MatchRule,
} from '../../lib/data-cleaning/matchRule.ts';
import { pairIds, pairsWithin } from '../../lib/data-cleaning/recordPairs.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import type { NumberFormats } from '../../lib/text/numberFormats.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';

interface Props {
  rows: readonly CustomerRow[];
  clusters: readonly { rows: readonly string[] }[];
  rowRef: (id: string) => string;
  inOrder: (ids: readonly string[]) => string[];
  strings: DataCleaningStrings['rule'];
  formats: NumberFormats;
  onChange: () => void;
}

export function MatchingRule({ rows, clusters, rowRef, inOrder, strings, formats, onChange }: Props) {
  const [rule, setRule] = useState<MatchRule>(NAIVE_RULE);
  const key = useMemo(() => pairsWithin(clusters.map((cluster) => cluster.rows)), [clusters]);
  const scores = useMemo(() => linkageScores(proposePairs(rows, rule), key), [rows, rule, key]);
  const { count, percent } = formats;
  const change = (next: Partial<MatchRule>) => {
    setRule({ ...rule, ...next });
    onChange();
  };
  const tp = scores.truePositives.length;
  const fp = scores.falsePositives.length;
  const result = fillTemplate(strings.result, {
    proposed: count(tp + fp),
    tp: count(tp),
    fp: count(fp),
    fn: count(scores.falseNegatives.length),
    precision: scores.precision === null ? strings.noPrecision : percent(scores.precision),
    recall: percent(scores.recall ?? 0),
  });
  const pairList = (heading: string, pairs: string[], testId: string) => (
    <>
      <h5>{heading}</h5>
      {pairs.length === 0 ? (
        <p class="widget-note">{strings.none}</p>
      ) : (
        <ul data-testid={testId}>
          {pairs.map((pair) => {
            const [a, b] = inOrder(pairIds(pair));
            return <li key={pair}>{fillTemplate(strings.pair, { a: rowRef(a!), b: rowRef(b!) })}</li>;
          })}
        </ul>
      )}
    </>
  );
  return (
    <div class="dc-rule" data-testid="dc-rule">
      <p>
        {fillTemplate(strings.intro, {
          phone: count(MATCH_POINTS.phone),
          email: count(MATCH_POINTS.email),
          name: count(MATCH_POINTS.name),
          pairs: count(key.length),
        })}
      </p>
      <div class="dc-rule-form">
        <fieldset>
          <legend>{strings.standardiseLegend}</legend>
          <label class="option-row">
            <input
              type="checkbox"
              id="dc-rule-phone"
              checked={rule.phone}
              onChange={() => change({ phone: !rule.phone })}
            />
            {strings.phone}
          </label>
          <label class="option-row">
            <input
              type="checkbox"
              id="dc-rule-email"
              checked={rule.email}
              onChange={() => change({ email: !rule.email })}
            />
            {strings.email}
          </label>
        </fieldset>
        <fieldset>
          <legend>{strings.nameLegend}</legend>
          {(['exact', 'standard'] as const).map((mode) => (
            <label key={mode} class="option-row">
              <input
                type="radio"
                name="dc-rule-name"
                id={`dc-rule-name-${mode}`}
                checked={rule.name === mode}
                onChange={() => change({ name: mode })}
              />
              {mode === 'exact' ? strings.nameExact : strings.nameStandard}
            </label>
          ))}
        </fieldset>
        <div class="field">
          <label for="dc-rule-threshold">{strings.threshold}</label>
          <select
            id="dc-rule-threshold"
            value={rule.threshold}
            onChange={(event) => change({ threshold: Number(event.currentTarget.value) })}
          >
            {THRESHOLDS.map((threshold) => (
              <option key={threshold} value={threshold}>
                {count(threshold)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p class="widget-result" data-testid="dc-rule-result">
        {result}
      </p>
      <LiveRegion message={result} />
      <p class="widget-note">{strings.definitions}</p>
      <p class="dc-trade-off">{strings.tradeOff}</p>
      {pairList(strings.missedHeading, scores.falseNegatives, 'dc-rule-missed')}
      {pairList(strings.wrongHeading, scores.falsePositives, 'dc-rule-wrong')}
    </div>
  );
}
