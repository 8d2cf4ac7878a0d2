/** UI strings for the loyalty matrix (chapter 5), in English. The stories themselves are content: content/loyalty-matrix/stories.yaml. */
import type { LoyaltyMatrixStrings } from '../types.ts';

export const loyaltyMatrix: LoyaltyMatrixStrings = {
  title: 'The loyalty matrix: four kinds of customer',
  intro:
    'Here are {n} short customer stories, one at a time, in an order of your own. Place each customer in a cell of the Dick–Basu matrix by relative attitude (how highly they rate the brand against the alternatives) and repeat patronage (how often they actually buy it). After each one you will see why it belongs where it does and what the firm should do. The people and firms are invented.',
  cells: {
    'true-loyalty': 'True loyalty',
    latent: 'Latent loyalty',
    spurious: 'Spurious loyalty',
    'no-loyalty': 'No loyalty',
  },
  attitude: 'Relative attitude',
  patronage: 'Repeat patronage',
  axisShort: { attitude: 'attitude', patronage: 'patronage' },
  levels: { high: 'high', low: 'low' },
  axisLevel: '{axis} {level}',
  storyHeading: 'Customer {n} of {total}: {title}',
  placePrompt: 'Place this customer in:',
  right: '✓ Right: {cell}.',
  wrong: '✗ Not quite: you chose “{placed}”; this customer shows “{answer}”.',
  misread: {
    attitude: 'You misread relative attitude.',
    patronage: 'You misread repeat patronage.',
    both: 'You misread both axes.',
  },
  labelled: '{label}: ',
  action: 'What the firm should do',
  next: 'Next customer',
  tally: '{placed} of {total} placed, {right} right.',
  done: 'All {total} customers placed: {right} right.',
  misreads:
    'Of the {wrong} misplaced, {attitude} misread relative attitude (taking “keeps buying” for liking, say) and {patronage} misread repeat patronage (taking “says they like it” for buying often, say); a customer put in the opposite corner misreads both.',
  startAgain: 'Start again (in a new order)',
  matrixCaption: 'Your loyalty matrix',
  rightMark: 'Right: ',
  wrongMark: 'Wrong: ',
  belongs: 'Belongs in “{answer}”',
  empty: '(none yet)',
  yourBrand: '★ {brand} (your brand)',
  unnamedBrand: '★ Your brand',
  brand: {
    open: 'Place a brand of your own',
    intro:
      'Think of a brand you use (a phone, a delivery app, a bubble-tea shop) and answer the five questions below to see which cell it falls in. This is a short questionnaire for learning, not a tested measurement scale.',
    name: 'Brand name (optional)',
    thisBrand: 'This brand',
    rule: 'The rule: each answer scores 0, 1, 2 or 3, from the first option to the last. Repeat patronage is the average of questions 1 and 2, relative attitude the average of questions 3 to 5; an average above 1.5 (the middle of the scale) counts as high, 1.5 or below as low. The two levels give the cell. Question 5 takes switching costs away so that being unable to leave does not pass for liking.',
    questions: {
      lastTen: {
        text: '1. Think of the last ten times you bought this kind of product or service. How many times did you choose this brand?',
        options: ['0–2 times', '3–5 times', '6–8 times', '9–10 times'],
      },
      wallet: {
        text: '2. Roughly how much of what you spend on this kind of product or service goes to this brand?',
        options: ['Less than a quarter', 'A quarter to a half', 'Half to three quarters', 'More than three quarters'],
      },
      compared: {
        text: '3. Compared with the alternatives you know, this brand is…',
        options: ['Worse than most', 'About the same as the others', 'Somewhat better', 'Clearly the best'],
      },
      ifGone: {
        text: '4. If this brand disappeared tomorrow, how would you feel?',
        options: [
          'I would hardly notice; another would do as well',
          'A little put out, but I would soon get used to another',
          'Disappointed; the others are not quite as good',
          'Really upset; I would go out of my way to find something like it',
        ],
      },
      cheaperRival: {
        text: '5. Suppose switching took no effort at all and another brand cost 10% less. Would you switch?',
        options: ['Yes, straight away', 'Probably', 'Probably not', 'Certainly not'],
      },
    },
    unanswered: 'Answer every question to see the cell; still open: {questions}.',
    listSeparator: ', ',
    axis: '{axis}: average {mean} of 3, {level}.',
    cell: '{brand} falls in “{cell}”.',
    nearLine:
      '{axis} is one step from the line: one answer a step different would put the brand in another cell, so read the result as a leaning.',
    advice: {
      'true-loyalty':
        'You like it and buy it often. A firm keeps customers like this with consistent performance and by giving them chances to recommend it.',
      latent:
        'You like it but buy it seldom, probably because price, distance or access stands in the way. Remove that obstacle and you could become a regular.',
      spurious:
        'You buy it often without really liking it; habit, convenience or switching costs may be what keeps you. You would probably leave for something better, so the firm needs a real difference.',
      'no-loyalty':
        'You neither particularly like it nor buy it often. In this category it has not yet given you a reason to remember it.',
    },
  },
};
