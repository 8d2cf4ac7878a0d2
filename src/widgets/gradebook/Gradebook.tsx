/**
 * The gradebook island (issue #19): a labelled file input (the keyboard's way in) inside a box the
 * mouse can drop files on. Everything after that — reading and checking the reports, the class
 * table, charts, CSV and keeping the class on the device — loads on demand (ClassPart.tsx) when
 * the first files come, or at once when the page opens with an assignment link or a kept class.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { GradebookStrings } from '../../i18n/types.ts';
import type { ReportFile } from '../../lib/gradebook/readReportFiles.ts';
import type { NamingCatalogue } from '../../lib/gradebook/taskName.ts';
import type { EndingKind } from '../../lib/roleplay/scenarioScales.ts';
import { useLazyModule } from '../shared/useLazyModule.ts';
import { WidgetBody } from '../shared/WidgetBody.tsx';
import { hasKeptClass } from './classStorage.ts';

export interface GradebookProps {
  strings: GradebookStrings;
  loadingText: string;
  languageTag: string;
  /** Chapters' numbers and widgets, and scenarios, by id: enough to name every task. */
  catalogue: NamingCatalogue;
  /** The JSON of item labels and choice texts, fetched when a class has items to name. */
  itemsUrl: string;
  endings: Readonly<Record<EndingKind, string>>;
}

/** One choice of files; the id tells a second choice of the same files from the first. */
export interface FileBatch {
  id: number;
  files: ReportFile[];
}

/**
 * No report is anywhere near 8 MB; reading only that much of a bigger file keeps a wrong pick (a
 * video) from filling memory, and as no UTF-8 character is over 4 bytes, what is read is still
 * over the 2 million characters at which a report is refused as too large.
 */
const READ_BYTES_MAX = 8_000_004;

export default function Gradebook(props: GradebookProps) {
  const { strings, loadingText } = props;
  const [batch, setBatch] = useState<FileBatch | undefined>();
  const [dragging, setDragging] = useState(false);
  const [openWanted, setOpenWanted] = useState(false);
  const batches = useRef(0);
  useEffect(() => {
    if (location.hash.length > 1 || hasKeptClass()) setOpenWanted(true);
  }, []);
  const part = useLazyModule(() => import('./ClassPart.tsx'), openWanted || batch !== undefined);

  async function take(list: FileList | null | undefined) {
    if (!list || list.length === 0) return;
    const files = await Promise.all(
      [...list].map(async (file) => ({ name: file.name, text: await file.slice(0, READ_BYTES_MAX).text() })),
    );
    batches.current += 1;
    setBatch({ id: batches.current, files });
  }

  return (
    <WidgetBody class="gradebook" loadingText={loadingText}>
      {/* eslint-disable-next-line jsx-a11y-x/no-static-element-interactions -- a drop target for the mouse; the file input inside is the keyboard's way */}
      <div
        class={dragging ? 'gradebook-drop gradebook-drop-active' : 'gradebook-drop'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          void take(event.dataTransfer?.files);
        }}
      >
        <label for="gradebook-files">{strings.pick}</label>
        <input
          id="gradebook-files"
          type="file"
          multiple
          accept=".json,application/json"
          aria-describedby="gradebook-drop-hint"
          onChange={(event) => {
            const input = event.currentTarget;
            void take(input.files).then(() => {
              // The same files may be chosen again (after clearing the class).
              input.value = '';
            });
          }}
        />
        <p class="field-hint" id="gradebook-drop-hint">
          {dragging ? strings.dropActive : strings.dropHint}
        </p>
      </div>
      {part.state === 'loading' && <p class="widget-note">{strings.loading}</p>}
      {part.state === 'failed' && <p class="field-problem">{strings.loadFailed}</p>}
      {part.state === 'ready' && <part.module.ClassPart {...props} batch={batch} />}
    </WidgetBody>
  );
}
