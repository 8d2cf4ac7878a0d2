/**
 * Moving progress between devices and wiping it from a shared one: export to a JSON file; import
 * a file, see what it would add, then merge (nothing is ever removed); clear, after confirming.
 * A bad file is refused with the reason, and the progress on the device stays as it was.
 */
import { useRef, useState } from 'preact/hooks';
import type { ProgressStrings } from '../../i18n/types.ts';
import { hasChanges, progressChanges, type ProgressChanges } from '../../lib/progress/mergeProgress.ts';
import type { ImportProblem } from '../../lib/progress/progressFile.ts';
import type { Progress } from '../../lib/progress/progressState.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { pluralText } from '../../lib/text/pluralText.ts';
import { importProgress, type ImportOutcome } from '../../stores/importProgress.ts';
import { clearProgress, progress as progressStore } from '../../stores/progress.ts';

import { useDeviceProgress } from './useDeviceProgress.ts';

interface Props {
  strings: ProgressStrings;
  languageTag: string;
}

type ImportState =
  | { step: 'idle' }
  | { step: 'refused'; problem: ImportProblem | 'unreadable' }
  | { step: 'preview'; incoming: Progress; changes: ProgressChanges; skipped: number }
  | { step: 'done' }
  /** Storage refused a write part-way: what was written stays, the rest is not on the device. */
  | { step: 'notSaved'; outcome: ImportOutcome };

/**
 * The file code (and the zod schemas an imported file is checked by, 9 KB gz) loads when a file is
 * exported or chosen, not with the page: the gradebook reads reports by the same schemas, and the
 * code the two pages share would otherwise become a chunk of its own on this page's first load.
 */
const fileCode = () => import('../../lib/progress/progressFile.ts');

export default function ProgressTransfer({ strings, languageTag }: Props) {
  const progress = useDeviceProgress();
  const [importState, setImportState] = useState<ImportState>({ step: 'idle' });
  const [exported, setExported] = useState<string>();
  const [clearing, setClearing] = useState<'idle' | 'confirm' | 'done'>('idle');
  const fileInput = useRef<HTMLInputElement>(null);

  const download = async () => {
    const { exportFile } = await fileCode();
    const now = new Date();
    const name = `crm-course-progress-${now.toISOString().slice(0, 10)}.json`;
    const url = URL.createObjectURL(new Blob([exportFile(progress, now)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setExported(name);
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    let code: Awaited<ReturnType<typeof fileCode>>;
    try {
      code = await fileCode();
    } catch {
      setImportState({ step: 'refused', problem: 'unreadable' });
      return;
    }
    const { MAX_IMPORT_BYTES, readImportFile } = code;
    // The size is checked before the file is read, so a huge file never hangs the page.
    if (file.size > MAX_IMPORT_BYTES) {
      setImportState({ step: 'refused', problem: 'tooLarge' });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setImportState({ step: 'refused', problem: 'unreadable' });
      return;
    }
    const result = readImportFile(text, file.size);
    setImportState(
      result.ok
        ? {
            step: 'preview',
            incoming: result.progress,
            changes: progressChanges(progressStore.get(), result.progress),
            skipped: result.skipped,
          }
        : { step: 'refused', problem: result.problem },
    );
  };

  const finishImport = (merge: boolean) => {
    if (importState.step !== 'preview') return;
    if (!merge) setImportState({ step: 'idle' });
    else {
      const outcome = importProgress(importState.incoming);
      setImportState(outcome.unsaved === 0 ? { step: 'done' } : { step: 'notSaved', outcome });
    }
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <div class="progress-transfer">
      <section aria-labelledby="transfer-title">
        <h2 id="transfer-title">{strings.transferTitle}</h2>
        <p>{strings.transferLead}</p>
        <p>
          <button type="button" class="button" onClick={download}>
            {strings.exportButton}
          </button>
        </p>
        <p role="status">{exported && fillTemplate(strings.exported, { file: exported })}</p>
        <div class="field">
          <label for="import-file">{strings.importLabel}</label>
          <input
            id="import-file"
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            onChange={(event) => void choose(event.currentTarget.files?.[0])}
          />
        </div>
        <div role="status" class="import-status">
          {importState.step === 'refused' && <p class="field-problem">{strings.importProblems[importState.problem]}</p>}
          {importState.step === 'done' && <p>{strings.imported}</p>}
          {importState.step === 'notSaved' && (
            <p class="field-problem">{fillTemplate(strings.importNotSaved, { ...importState.outcome })}</p>
          )}
          {importState.step === 'preview' && (
            <>
              {importState.skipped > 0 && <p>{pluralText(languageTag, strings.importSkipped, importState.skipped)}</p>}
              {hasChanges(importState.changes) ? (
                <p>
                  {fillTemplate(strings.importPreview, {
                    items: importState.changes.items,
                    attempts: importState.changes.attempts,
                    tests: importState.changes.tests,
                    read: importState.changes.chaptersRead,
                    widgets: importState.changes.widgetsUsed,
                    roleplays: importState.changes.roleplayBests,
                    papers: importState.changes.mockPapers,
                  })}
                </p>
              ) : (
                <p>{strings.importNothing}</p>
              )}
            </>
          )}
        </div>
        {importState.step === 'preview' && (
          <div class="quiz-actions">
            {hasChanges(importState.changes) && (
              <button type="button" class="button" onClick={() => finishImport(true)}>
                {strings.importConfirm}
              </button>
            )}
            <button type="button" class="button-secondary" onClick={() => finishImport(false)}>
              {strings.importCancel}
            </button>
          </div>
        )}
      </section>
      <section aria-labelledby="clear-title">
        <h2 id="clear-title">{strings.clearTitle}</h2>
        {clearing === 'confirm' ? (
          <div class="clear-confirm">
            <p role="alert">{strings.clearWarning}</p>
            <div class="quiz-actions">
              <button
                type="button"
                class="button danger"
                onClick={() => {
                  clearProgress();
                  setClearing('done');
                }}
              >
                {strings.clearConfirm}
              </button>
              <button type="button" class="button-secondary" onClick={() => setClearing('idle')}>
                {strings.clearCancel}
              </button>
            </div>
          </div>
        ) : (
          <p>
            <button type="button" class="button-secondary" onClick={() => setClearing('confirm')}>
              {strings.clearButton}
            </button>
          </p>
        )}
        <p role="status">{clearing === 'done' && strings.cleared}</p>
      </section>
    </div>
  );
}
