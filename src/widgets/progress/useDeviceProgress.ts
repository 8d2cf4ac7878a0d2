/**
 * The learner's progress for an island to show: none on its first render, as the server rendered
 * it (hydration keeps what the server rendered, so a checked box, a typed value or a bar's value
 * from the device would never reach the page), then this device's, kept up to date.
 */
import { useStore } from '@nanostores/preact';
import { emptyProgress, type Progress } from '../../lib/progress/progressState.ts';
import { progress as progressStore } from '../../stores/progress.ts';
import { useHydrated } from '../shared/useHydrated.ts';

/** What the server rendered with: no device, so no progress. */
const serverProgress = emptyProgress();

export function useDeviceProgress(): Progress {
  const stored = useStore(progressStore);
  return useHydrated() ? stored : serverProgress;
}
