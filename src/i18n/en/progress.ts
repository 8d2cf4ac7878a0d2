/** UI strings for the progress page and the home page’s progress card, in English. */
import type { ProgressStrings } from '../types.ts';

export const progress: ProgressStrings = {
  title: 'Your progress',
  lead: 'What you have read, tried and answered in this course. It is kept in this device’s browser only and sent nowhere.',
  navLink: 'Progress',
  course: 'Whole course',
  courseValue: '{percent} complete',
  howCounted:
    'A chapter’s completion is the mean of three parts: read to the end or not, the share of its interactive exercises tried, and its quiz (the better of your best test score and the share of questions you have fully right in practice). The course is the mean of its chapters.',
  tableLabel: 'Progress by chapter',
  tableScrollHint: 'This table is wide: scroll sideways to see all of it.',
  chapterColumn: 'Chapter',
  readColumn: 'Read',
  widgetsColumn: 'Exercises',
  quizColumn: 'Quiz',
  completionColumn: 'Complete',
  read: 'Read',
  notRead: 'Not yet',
  widgetsTried: '{n} of {total} tried',
  noWidgets: 'None',
  quizBest: 'Best {best}',
  quizPractice: '{correct} of {total} right',
  quizNone: 'Not started',
  openQuiz: 'Take the quiz',
  next: {
    start: 'Start learning',
    continue: 'Continue: {chapter}',
    nextChapter: 'Next: {chapter}',
    review: { one: 'Review {n} due question first', other: 'Review {n} due questions first' },
    finished: 'Every chapter done: see your progress',
  },
  chapterState: {
    notStarted: 'Not started',
    started: 'In progress',
    read: 'Read',
    quizBest: 'Best test {percent}',
    practised: '{correct} of {total} right in practice',
  },
  glanceTitle: 'Your progress',
  glanceEmpty: 'Nothing yet. Read a chapter to the end or take a quiz and your progress shows here.',
  glanceDetails: 'Progress by chapter',
  reviewDue: { one: 'Review {n} due item', other: 'Review {n} due items' },
  reviewNone: 'No review items are due.',
  reviewNext: 'The next review item is due {date}.',
  transferTitle: 'Continue on another device',
  transferLead:
    'Export your progress to a JSON file and import it on this page on the other device. Importing only adds: no answer you already have is removed. The file holds your answers, scores, chapters read and best role-play endings; unfinished tests and the words you wrote in role-plays stay on this device.',
  exportButton: 'Export progress file',
  exported: 'Saved {file}.',
  importLabel: 'Import a progress file (.json)',
  importProblems: {
    tooLarge:
      'This file is too large (over 5 MB) to be a progress file from this course. Your progress on this device is unchanged.',
    empty: 'This file is empty. Your progress on this device is unchanged.',
    notJson: 'This file is not valid JSON; it may be damaged or incomplete. Your progress on this device is unchanged.',
    foreign: 'This is not a progress file from this course. Your progress on this device is unchanged.',
    newerVersion:
      'This file comes from a newer version of the course that this page cannot read. Reload the page and try again. Your progress on this device is unchanged.',
    nothingReadable: 'None of the records in this file could be read. Your progress on this device is unchanged.',
    unreadable: 'The file could not be read. Your progress on this device is unchanged.',
  },
  importPreview:
    'Importing adds these — answers: {attempts} (to {items} questions); tests: {tests}; chapters read: {read}; exercises tried: {widgets}; better role-play endings: {roleplays}; marked mock exam papers: {papers}.',
  importSkipped: {
    one: '{n} record in the file could not be read and will be skipped.',
    other: '{n} records in the file could not be read and will be skipped.',
  },
  importNothing: 'This file holds nothing this device does not already have.',
  importConfirm: 'Merge into this device',
  importCancel: 'Cancel',
  imported: 'Imported and merged.',
  importNotSaved:
    '{saved} of the changed records were saved and {unsaved} could not be: this device’s storage is full or blocked. What was saved stays; free some space or allow storage, then import the file again (nothing is counted twice).',
  clearTitle: 'On a shared computer',
  clearButton: 'Clear my progress on this device',
  clearWarning:
    'This deletes every answer, test score and reading and exercise record on this device, and cannot be undone. Export a backup first if you want one.',
  clearConfirm: 'Yes, clear it',
  clearCancel: 'Cancel',
  cleared: 'Your progress on this device has been cleared.',
};
