/** UI strings for working offline: the web app's name, the offline badge, the update prompt, the offline page and storage persistence, in English. */
import type { OfflineStrings } from '../types.ts';

export const offline: OfflineStrings = {
  appName: 'Customer Relationship Management · Interactive course',
  appShortName: 'CRM course',
  indicator: 'Offline',
  indicatorLong:
    'You are offline. Everything in the course you have opened once still works, and your answers are still saved.',
  updateReady: 'A new version of the course is ready.',
  updateReload: 'Reload to update',
  updateNote: 'Your answers are already saved; reloading keeps them.',
  pageTitle: 'This page cannot be opened right now',
  pageBody:
    'This device is offline, and this page has not been saved on it yet. After your first visit the course stores every chapter, quiz and widget on the device; if that had not finished, open the home page once more while online.',
  pageBack: 'Back to the home page',
  persistTitle: 'Storage on this device',
  persistGranted:
    'Your browser has agreed to keep this course’s data: your progress will not be cleared automatically when the device runs low on space.',
  persistDenied:
    'Your browser has not promised to keep this course’s data, so it may clear your progress when the device runs low on space. Export a progress file now and then as a backup.',
  persistNotYet:
    'When you first save progress (an answer to a question, a widget tried), the course asks your browser to keep that data.',
  persistUnsupported:
    'This browser cannot be asked to keep the course’s data, so it may clear your progress when the device runs low on space. Export a progress file now and then as a backup.',
};
