/** UI strings of the chapters' LMS (SCORM 1.2) packages, in English. */
import type { ScormStrings } from '../types.ts';

export const scorm: ScormStrings = {
  tooLong:
    'Your learning platform keeps only a limited amount of progress for each chapter, and your work in this chapter goes beyond it, so the platform could not keep all of it. Your progress is still saved in full on this device: carry on here; on another device some of your answers will not appear.',
  packageTitle: 'Chapter {n}: {title}',
};
