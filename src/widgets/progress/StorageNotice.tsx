/** A short notice, in the page's language, when saved progress could not be read or saved. */
import { useStore } from '@nanostores/preact';
import type { StorageStrings } from '../../i18n/types.ts';
import { pluralText } from '../../lib/text/pluralText.ts';
import { storageNotice } from '../../stores/progress.ts';
import { useHydrated } from '../shared/useHydrated.ts';

export function StorageNotice({ strings, languageTag }: { strings: StorageStrings; languageTag: string }) {
  const notice = useStore(storageNotice);
  // Not on the first render, which must match the server's (no notice) for hydration to place it right.
  const hydrated = useHydrated();
  if (!notice || !hydrated) return null;
  const text =
    notice.kind === 'setAside' || notice.kind === 'removed'
      ? pluralText(languageTag, strings[notice.kind], notice.count)
      : strings[notice.kind];
  return (
    <div class="storage-notice" role="alert">
      <p>{text}</p>
      <button type="button" class="button-secondary" onClick={() => storageNotice.set(undefined)}>
        {strings.dismiss}
      </button>
    </div>
  );
}
