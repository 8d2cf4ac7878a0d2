/** UI strings for a student's assignment page (the checklist opened from an instructor's link, and the completion report), in English. */
import type { AssignmentStrings } from '../types.ts';

export const assignment: AssignmentStrings = {
  pageTitle: 'Assignment',
  lead: 'This page shows an assignment your instructor gave you as a link. The assignment is written into the link itself: opening it sends nothing to any server, and your work stays on this device until you make a completion report and hand it in yourself.',
  reading: 'Reading the assignment link…',
  problems: {
    missing:
      'There is no assignment in this address. Open the assignment from the whole link or the QR code your instructor gave you.',
    tooLong:
      'This link is {length} characters long, longer than any assignment link this course makes; another address may have been pasted onto it. Copy your instructor’s link again.',
    unknownVersion:
      'This link is not an assignment this course can read: it may come from a newer version of the course, or it was changed on its way to you. Check the link with your instructor.',
    damaged:
      'This link is damaged: part of it may have been lost or changed in copying. Copy your instructor’s link again, whole, or scan the QR code.',
    invalid:
      'The assignment in this link is incomplete or not in the right form (where: {paths}). Ask your instructor for a new link.',
    missingParts:
      'This assignment uses parts this version of the course does not have: {parts}. The link may have been made for another version of the course. Tell your instructor, who can make a new link.',
    partKinds: {
      chapter: 'chapter {id}',
      quizItem: 'quiz item {id}',
      scenario: 'role-play scenario {id}',
      examItem: 'exam practice item {id}',
      widget: 'widget {id}',
      setting: 'the exercise setting “{id}” (unknown to the widget, or a value it does not accept)',
    },
    listSeparator: ', ',
  },
  due: 'Due {date}',
  instructionsHeading: 'Your instructor’s notes',
  instructionsLanguage: '(Your instructor wrote these in Chinese.)',
  tasksHeading: 'Tasks',
  progressLabel: 'Assignment progress',
  progressText: '{done} of {total} tasks done',
  allDone: 'Every task is done: you can make your completion report.',
  storageBlocked:
    'This browser does not let the course read its storage here (private browsing, for example), so the tasks you have done cannot be shown, and a report would show them as not done. Open the link in a normal window.',
  status: { done: 'Done', notDone: 'Not done yet' },
  doneOn: 'Done on {date}',
  lastAnswered: 'last answered {date}',
  score: 'score {score}',
  bestEnding: 'best ending reached: {ending}',
  tasks: {
    read: 'Read chapter {n}: {title}',
    quizPractice: 'Chapter {n} quiz, practice mode',
    quizTest: 'Chapter {n} quiz, test mode',
    roleplay: 'Complaint role-play: {title}',
    exam: 'Chapter {n} exam practice, {count} items',
    exercise: 'Chapter {n} widget: {title}',
  },
  chosenItems: 'Only these {count} items count:',
  startHeading: 'The exercise opens at these settings (change them as you explore):',
  startSetting: '{label}: {value}',
  howDone: {
    read: 'Done when you have read to the end of the chapter.',
    quizPractice:
      'Done when every item has at least one answer. The score takes each item’s latest answer; an item not answered counts 0.',
    quizTest: 'Done when you have taken the quiz in test mode and submitted it; your latest submitted test counts.',
    roleplay:
      'Done when you have chosen this scenario in the role-play and reached any ending; the report gives the best ending you reached.',
    exam: 'Done when you have written an answer to each item and marked it against its points; the score takes your latest marking.',
    exercise: 'Done when you have changed a setting or given an answer in this widget.',
  },
  open: {
    read: 'Open chapter {n}',
    quiz: 'Open the chapter {n} quiz',
    roleplay: 'Open the role-play',
    exam: 'Open the chapter {n} exam practice',
    exercise: 'Open this widget',
  },
  earlierWork: 'Work you did earlier on this device counts too; the report says when each task was done.',
  reportHeading: 'Completion report',
  reportLead:
    'Write your name and make the report: your browser downloads a report file (JSON), and a short text summary appears below. Hand in the file or the summary the way your instructor asks: a class chat, email or your learning platform.',
  nameLabel: 'Name',
  numberLabel: 'Student number (optional)',
  nameMissing: 'Write your name first: your instructor matches the report to you by it.',
  makeReport: 'Make my report',
  notAllDone:
    '{n} tasks are not done yet. You can make a report now anyway; once you finish, make it again and hand in the newest one.',
  reportMade: 'The report was downloaded as “{file}”. Its summary is below.',
  reportNotMade: 'The browser did not allow the download. You can still copy the summary below and hand it in.',
  reportFailed:
    'The report could not be made: this part of the page did not load (the connection may have dropped). Go online and press “Make my report” again.',
  reportFault:
    'The report could not be made: the page met an error of its own, not in your work, which stays on this device. Reload the page and try again; if it happens again, tell your instructor.',
  summaryLabel: 'Report summary (ready to copy)',
  copySummary: 'Copy the summary',
  copied: 'Summary copied.',
  copyRefused: 'The browser does not allow copying here: the summary is selected, so press Ctrl+C (⌘C on a Mac).',
  honesty:
    'Please note: this report is made on your own device and, like any file, it can be edited. Its checksum only shows whether the file was damaged on its way to your instructor; it cannot prove that nothing in it was changed.',
  fileName: 'assignment-report-{title}-{name}.json',
  summary: {
    assignment: 'Assignment: {title}',
    student: 'Student: {name}',
    studentNumber: 'Student: {name} (number {number})',
    made: 'Made: {date}',
    done: 'Done: {done} of {total} tasks',
    taskLine: '{n}. {task}: {status}',
    time: 'Time on this assignment’s chapter pages: {minutes} min',
    checksum: 'Checksum: {checksum}',
  },
  detailSeparator: '; ',
};
