/** The polite live region a widget speaks through, holding the debounced message (see useAnnouncement). */
import { useAnnouncement } from './useAnnouncement.ts';

export function LiveRegion({ message }: { message: string }) {
  const announcement = useAnnouncement(message);
  return (
    <p class="sr-only" role="status" aria-live="polite">
      {announcement}
    </p>
  );
}
