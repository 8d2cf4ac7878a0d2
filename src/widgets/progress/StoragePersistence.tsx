/**
 * The progress page's line on whether the browser keeps this course's storage. A learner with
 * progress is asked again here (the browser answers at once if it already decided), so the line
 * tells the browser's current answer, not a guess.
 */
import { useEffect, useState } from 'preact/hooks';
import type { OfflineStrings } from '../../i18n/types.ts';
import { persistenceState, type Persistence } from '../../lib/progress/persistenceState.ts';
import { storageKey } from '../../lib/progress/progressState.ts';

type Strings = Pick<
  OfflineStrings,
  'persistTitle' | 'persistGranted' | 'persistDenied' | 'persistNotYet' | 'persistUnsupported'
>;

const textKey = {
  granted: 'persistGranted',
  denied: 'persistDenied',
  notYet: 'persistNotYet',
  unsupported: 'persistUnsupported',
} as const satisfies Record<Persistence, keyof Strings>;

function hasProgress(): boolean {
  try {
    return Object.keys(localStorage).some((key) => key.startsWith(storageKey.prefix));
  } catch {
    return false;
  }
}

async function currentState(): Promise<Persistence> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (typeof storage?.persisted !== 'function' || typeof storage.persist !== 'function')
    return persistenceState({ supported: false, persisted: false, hasProgress: false });
  const saved = hasProgress();
  const persisted = saved ? await storage.persist() : await storage.persisted();
  return persistenceState({ supported: true, persisted, hasProgress: saved });
}

export default function StoragePersistence({ strings }: { strings: Strings }) {
  const [state, setState] = useState<Persistence | undefined>(undefined);
  useEffect(() => {
    currentState().then(setState, () => setState('unsupported'));
  }, []);
  return (
    <section aria-labelledby="persistence-title">
      <h2 id="persistence-title">{strings.persistTitle}</h2>
      <p data-persistence={state}>{state ? strings[textKey[state]] : ''}</p>
    </section>
  );
}
