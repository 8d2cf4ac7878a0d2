/**
 * What a screen reader hears of a widget's result: the latest message, once typing has paused,
 * so each keystroke does not flood the listener with half-typed results.
 */
import { useEffect, useState } from 'preact/hooks';

/** How long typing must pause before the result is read out. */
export const ANNOUNCE_DELAY_MS = 700;

export function useAnnouncement(message: string): string {
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAnnouncement(message), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [message]);
  return announcement;
}
