/** UI strings for quizzes, practice and test mode, in English. */
import type { QuizStrings } from '../types.ts';

export const quiz: QuizStrings = {
  title: 'Chapter quiz',
  pageTitle: 'Chapter {n} quiz: {title}',
  pageLead: 'The quiz for chapter {n}. Your answers are kept on your device, whichever language or page you use.',
  openStandalone: 'Take this quiz on its own page',
  backToChapter: 'Back to chapter {n}',
  modeLabel: 'Mode',
  practice: 'Practice',
  test: 'Test',
  practiceHint: 'Practice: after each answer you see whether it is right and why, and you can try again.',
  testHint:
    'Test: answer every question, then submit to see your score and an explanation of each answer. Answers are saved as you give them, so a reload loses nothing.',
  questionOf: 'Question {n} of {total}',
  difficulty: ['Basic', 'Intermediate', 'Harder'],
  typeHint: {
    single: 'Choose one answer.',
    multiple:
      'Choose every right option. Each right option earns an equal share; each wrong option ticked takes one share back.',
    trueFalse: 'True or false?',
    ordering:
      'Put the items in order with the Move up and Move down buttons. Partial credit: the share of pairs in the right relative order.',
    matching: 'Match each item on the left with its partner. Partial credit: the share matched correctly.',
    categorising: 'Choose the category each item belongs to. Partial credit: the share placed correctly.',
    numeric: 'Enter a number.',
    text: 'Type a word or phrase; case and full-width characters do not matter.',
  },
  formatHint: {
    number: 'Enter a plain number, without %.',
    percent: 'Answer in per cent: 30 and 30% both mean 30%.',
    either: 'A decimal or a percentage, e.g. 0.3 or 30%.',
  },
  true: 'True',
  false: 'False',
  then: ' → ',
  and: ', ',
  plusMinus: '(within ± {n})',
  choose: 'Choose…',
  yourAnswer: 'Your answer',
  charactersLeft: 'Characters left: {n}',
  moveUp: 'Move up',
  moveDown: 'Move down',
  moveUpLabel: 'Move “{item}” up',
  moveDownLabel: 'Move “{item}” down',
  moved: '“{item}” is now number {n} of {total}.',
  check: 'Check answer',
  retry: 'Answer again',
  markHard: 'This one was hard for me',
  markHardHelp: 'Marked questions come back in your review queue on a spaced-repetition schedule.',
  verdict: {
    correct: '✓ Correct',
    partly: '◐ Partly right: {score} of 1 point',
    wrong: '✗ Not right',
  },
  correctAnswer: 'Right answer: {answer}',
  rows: {
    heading: 'Row by row',
    right: '✓ right',
    wrong: '✗ you gave {given}; right: {right}',
    empty: 'nothing',
    position: 'number {n}',
  },
  explanation: 'Why: ',
  problems: {
    empty: 'Answer first, then check.',
    incomplete: '{n} still to choose.',
  },
  lastAnswered: 'You last answered on {date}.',
  changed:
    'This question was edited after you answered it, so your earlier answer no longer counts. Please answer again.',
  notSaved: 'This answer was not saved on your device.',
  testNotSaved:
    'This test and its answers were not saved on your device (storage is full or blocked): the score above exists only on this page.',
  draftNotSaved:
    'This answer could not be kept on your device (storage is full or blocked): a reload or a closed tab would lose it, so submit the test before you leave.',
  answeredCount: '{n} of {total} answered',
  submit: 'Submit',
  submitUnanswered: {
    one: '{n} question is unanswered and will score 0.',
    other: '{n} questions are unanswered and will score 0.',
  },
  submitAnyway: 'Submit anyway',
  keepAnswering: 'Keep answering',
  result: 'Score {score} of {total} ({percent})',
  resultHeading: 'Your result',
  unanswered: 'Not answered',
  retake: 'Take the test again',
  status: {
    tests: 'Test: best {best}, latest {latest} ({date}).',
    noTests: 'Test: not taken yet.',
    practice: 'Practice: {answered} of {total} answered, {correct} fully right.',
    changed: {
      one: '{n} question was edited after you answered it and needs answering again.',
      other: '{n} questions were edited after you answered them and need answering again.',
    },
  },
};
