/** UI strings for the card sorts (chapter 1's customer ladder, chapter 2's bond levels and relationship stages), in English. The cards themselves are content: content/card-sorts/*.yaml. */
import type { CardSortStrings } from '../types.ts';

export const cardSort: CardSortStrings = {
  common: {
    placeLabel: 'Card {n} goes on:',
    choose: 'Choose…',
    check: 'Check',
    tryAgain: 'Try again (right ones stay)',
    nonePlaced: 'Place at least one card, then check.',
    right: '✓ Right: {category}.',
    wrong: '✗ Not quite: you chose “{placed}”; it belongs in “{answer}”.',
    kept: '✓ Right last time: {category}.',
    unplaced: '○ Not placed yet.',
    why: 'Why: ',
    summary: '{right} of {total} placed right.',
    wrongCount: '{n} placed wrong.',
    unplacedCount: '{n} not placed yet.',
    allRight: 'All right!',
    tryAgainHint: 'Choose “Try again”: the right cards stay, and you place only the others.',
    cue: 'Marked by: ',
  },
  customerLadder: {
    title: 'The customer ladder: which rung is this customer on?',
    intro:
      'Each card below tells of one customer, in an order of your own. Choose the rung each customer stands on, then press Check (you may check before placing them all). Once every card of a rung is right, the ladder shows what a firm does to move those customers up a rung. The people and firms are invented.',
    categoriesHeading: 'The customer ladder (top rung first)',
    nextLabel: 'To move them up: ',
    off: {
      higher: { one: 'One rung too high.', other: '{n} rungs too high.' },
      lower: { one: 'One rung too low.', other: '{n} rungs too low.' },
    },
  },
  bondLevels: {
    title: 'Three levels of bonds: which kind is this tactic?',
    intro:
      'Each card below is something a firm does to keep its customers, in an order of your own. Choose the level of Berry and Parasuraman’s bonds each one mainly relies on, then press Check. Once every card of a level is right, you see the limit of that kind of bond. The firms are invented.',
    categoriesHeading: 'The three levels',
    nextLabel: 'Its limit: ',
    off: {
      higher: { one: 'One level too high.', other: '{n} levels too high.' },
      lower: { one: 'One level too low.', other: '{n} levels too low.' },
    },
  },
  relationshipStages: {
    title: 'Stages of a relationship: when did this happen?',
    intro:
      'Each card below is an event in one relationship, in an order of your own. Choose the stage of the relationship each event belongs to, then press Check. Once every card of a stage is right, you see what the firm should do at that stage.',
    categoriesHeading: 'The stages (in time order)',
    nextLabel: 'What the firm should do now: ',
    off: {
      higher: { one: 'One stage too late.', other: '{n} stages too late.' },
      lower: { one: 'One stage too early.', other: '{n} stages too early.' },
    },
  },
};
