/**
 * A part of a widget fetched when the learner first asks for it (a mode they switch to), not with
 * the island: a student who never starts a test never downloads the test. Loading again after a
 * failure happens the next time the part is wanted.
 */
import { useEffect, useState } from 'preact/hooks';

export type LazyModule<Module> = { state: 'idle' | 'loading' | 'failed' } | { state: 'ready'; module: Module };

export function useLazyModule<Module>(load: () => Promise<Module>, wanted: boolean): LazyModule<Module> {
  const [lazy, setLazy] = useState<LazyModule<Module>>({ state: 'idle' });
  useEffect(() => {
    if (!wanted || lazy.state === 'ready' || lazy.state === 'loading') return;
    setLazy({ state: 'loading' });
    load().then(
      (module) => setLazy({ state: 'ready', module }),
      () => setLazy({ state: 'failed' }),
    );
  }, [wanted]);
  return lazy;
}
