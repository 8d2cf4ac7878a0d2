/** UI strings for notices about the device’s storage, in English. */
import type { StorageStrings } from '../types.ts';

export const storage: StorageStrings = {
  setAside: {
    one: '{n} saved record on this device could not be read and was set aside as a backup; the rest of your progress is intact.',
    other:
      '{n} saved records on this device could not be read and were set aside as a backup; the rest of your progress is intact.',
  },
  removed: {
    one: '{n} saved record on this device could not be read, and with storage full there was no room to keep a copy: it was removed. The rest of your progress is intact.',
    other:
      '{n} saved records on this device could not be read, and with storage full there was no room to keep copies: they were removed. The rest of your progress is intact.',
  },
  quota:
    'Your browser’s storage is full, so your last action was not saved. Export a backup on the Progress page, or free some browser storage and try again.',
  unavailable:
    'Your browser does not let this site store data (private browsing, perhaps), so progress lasts only while this page is open.',
  dismiss: 'Dismiss',
};
