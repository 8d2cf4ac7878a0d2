/**
 * Data-cleaning exercise island. Part 1: the customer table in the learner's own row order; they
 * tick rows and merge them into groups (duplicates), flag cells that need a fix, and check, which
 * scores the marks against the answer key and explains every miss and false mark (and keeps
 * doing so as the marks change). Part 2, loaded when opened: a matching rule the learner tunes,
 * with its precision and recall against the same key. The rules live in src/lib/data-cleaning/,
 * the table and its key in content/data-cleaning/customers.yaml. Marks are not saved.
 */
import { useMemo, useState } from 'preact/hooks';
import type { DataCleaningStrings, FormStrings } from '../../i18n/types.ts';
import type { CellKey } from '../../lib/data-cleaning/cellMarks.ts';
import { gradeMarks } from '../../lib/data-cleaning/markGrade.ts';
import { seededShuffle } from '../../lib/order/seededShuffle.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { numberFormats } from '../../lib/text/numberFormats.ts';
import type { CustomerTable } from '../../schemas/dataCleaning.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { useLazyModule } from '../shared/useLazyModule.ts';
import { useLearnerSeed } from '../shared/useLearnerSeed.ts';
import { useTriedMark } from '../shared/useTriedMark.ts';
import { WidgetBody } from '../shared/WidgetBody.tsx';
import { CustomerGrid } from './CustomerGrid.tsx';
import { MarkFeedback } from './MarkFeedback.tsx';

interface Props {
  table: CustomerTable;
  languageTag: string;
  strings: DataCleaningStrings;
  formStrings: FormStrings;
  /** The chapter it is embedded in, for "exercises tried" on the progress page. */
  chapter: string;
}

const loadRule = () => import('./MatchingRule.tsx');

/** A set with one member added or taken away. */
function toggled<T>(set: ReadonlySet<T>, member: T): Set<T> {
  const next = new Set(set);
  if (!next.delete(member)) next.add(member);
  return next;
}

export default function DataCleaning({ table, languageTag, strings, formStrings, chapter }: Props) {
  const formats = useMemo(() => numberFormats(languageTag), [languageTag]);
  const count = formats.count;
  const seed = useLearnerSeed();
  const rows = useMemo(() => seededShuffle(table.rows, `${seed}:data-cleaning`), [table, seed]);
  const position = new Map(rows.map((row, index) => [row.id, index]));
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [flagged, setFlagged] = useState<ReadonlySet<CellKey>>(new Set());
  const [groups, setGroups] = useState<string[][]>([]);
  const [checked, setChecked] = useState(false);
  const [action, setAction] = useState('');
  const [ruleOpen, setRuleOpen] = useState(false);
  const rule = useLazyModule(loadRule, ruleOpen);
  const [markTried, triedNotSaved] = useTriedMark(chapter, 'DataCleaning');

  const inOrder = (ids: readonly string[]) => [...ids].sort((a, b) => position.get(a)! - position.get(b)!);
  const rowRef = (id: string) =>
    fillTemplate(strings.rowRef, {
      n: count(position.get(id)! + 1),
      name: table.rows.find((row) => row.id === id)?.name ?? strings.unnamed,
    });
  const rowList = (ids: readonly string[]) => inOrder(ids).map(rowRef).join(strings.listSeparator);
  const groupOf = new Map(groups.flatMap((group, index) => group.map((id) => [id, index + 1] as const)));

  const issues = table.issues.map((issue) => `${issue.row}:${issue.field}` as CellKey);
  const grade = checked ? gradeMarks(table.clusters, issues, groups, [...flagged]) : null;
  const scoreText = grade
    ? fillTemplate(strings.score, {
        score: count(grade.score),
        outOf: count(grade.outOf),
        pairs: count(grade.pairs.truePositives.length + grade.pairs.falseNegatives.length),
        foundPairs: count(grade.pairs.truePositives.length),
        wrongPairs: count(grade.pairs.falsePositives.length),
        cells: count(issues.length),
        foundCells: count(grade.cells.found.length),
        wrongCells: count(grade.cells.wrong.length),
      })
    : '';

  const merge = () => {
    if (ticked.size < 2) {
      setAction(strings.mergeTooFew);
      return;
    }
    const kept = groups.map((group) => group.filter((id) => !ticked.has(id))).filter((group) => group.length > 1);
    const group = inOrder([...ticked]);
    setGroups([...kept, group]);
    setTicked(new Set());
    setAction(fillTemplate(strings.merged, { n: count(kept.length + 1), rows: rowList(group) }));
    markTried();
  };

  return (
    <WidgetBody
      class="data-cleaning"
      loadingText={formStrings.loading}
      notSavedText={triedNotSaved ? formStrings.triedNotSaved : undefined}
    >
      <p class="widget-intro">{fillTemplate(strings.intro, { n: count(rows.length) })}</p>
      <CustomerGrid
        caption={table.caption}
        rows={rows}
        groupOf={groupOf}
        ticked={ticked}
        flagged={flagged}
        strings={strings}
        scrollHint={formStrings.scrollHint}
        count={count}
        onTick={(id) => setTicked(toggled(ticked, id))}
        onFlag={(key) => {
          setFlagged(toggled(flagged, key));
          markTried();
        }}
      />
      <div class="quiz-actions">
        <button type="button" id="dc-merge" class="button-secondary" onClick={merge}>
          {strings.merge}
        </button>
        <button
          type="button"
          id="dc-check"
          class="button"
          onClick={() => {
            setChecked(true);
            setAction('');
            markTried();
          }}
        >
          {strings.check}
        </button>
      </div>
      {action && (
        <p class="widget-note" data-testid="dc-action">
          {action}
        </p>
      )}
      <h4>{strings.groupsHeading}</h4>
      {groups.length === 0 ? (
        <p class="widget-note">{strings.noGroups}</p>
      ) : (
        <ul class="dc-groups" data-testid="dc-groups">
          {groups.map((group, index) => (
            <li key={group.join()}>
              {fillTemplate(strings.groupLine, { n: count(index + 1), rows: rowList(group) })}{' '}
              <button
                type="button"
                id={`dc-ungroup-${index + 1}`}
                class="button-secondary"
                onClick={() => {
                  setGroups(groups.filter((_, other) => other !== index));
                  setAction(fillTemplate(strings.ungrouped, { n: count(index + 1) }));
                }}
              >
                {fillTemplate(strings.ungroup, { n: count(index + 1) })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {grade && (
        <MarkFeedback
          grade={grade}
          table={table}
          rowRef={rowRef}
          inOrder={inOrder}
          strings={strings}
          scoreText={scoreText}
        />
      )}
      <LiveRegion message={action || scoreText} />
      <button
        type="button"
        id="dc-rule-open"
        class="button-secondary dc-rule-open"
        aria-expanded={ruleOpen}
        aria-controls="dc-rule"
        onClick={() => setRuleOpen(!ruleOpen)}
      >
        {strings.rule.open}
      </button>
      <div id="dc-rule" hidden={!ruleOpen}>
        {rule.state === 'ready' ? (
          <rule.module.MatchingRule
            rows={rows}
            clusters={table.clusters}
            rowRef={rowRef}
            inOrder={inOrder}
            strings={strings.rule}
            formats={formats}
            onChange={markTried}
          />
        ) : (
          ruleOpen && (
            <p class={rule.state === 'failed' ? 'field-problem' : 'widget-note'} role="status">
              {rule.state === 'failed' ? formStrings.partFailed : formStrings.partLoading}
            </p>
          )
        )}
      </div>
    </WidgetBody>
  );
}
