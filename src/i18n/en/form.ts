/** UI strings shared by every widget's form (problem sentences, loading, wide tables), in English. */
import type { FormStrings } from '../types.ts';

export const form: FormStrings = {
  problems: {
    required: 'Please fill in “{label}”.',
    notANumber: '“{label}” must be a number, for example 12.5.',
    decimalComma:
      '“{label}”: use a point for decimals, for example 5.5; a comma only separates thousands, as in 1,000.',
    noPercent: '“{label}” wants a plain number, without %.',
    notWhole: '“{label}” must be a whole number.',
    belowMin: '“{label}” cannot be less than {min}.',
    notAboveMin: '“{label}” must be more than {min}.',
    aboveMax: '“{label}” cannot be more than {max}.',
  },
  loading: 'The exercise is loading; it will respond in a moment.',
  scrollHint: 'This table is wide: scroll sideways to see all of it.',
  partLoading: 'Loading…',
  partFailed: 'This part could not be loaded. Check the connection and choose it again.',
  triedNotSaved:
    'Storage on this device is full or blocked, so your progress does not record that you tried this exercise. The exercise itself works as usual.',
};
