/**
 * Common English short forms of given names and the name each stands for (Bob for Robert). A
 * small list on purpose: the exercise shows what such a list buys and what it misses.
 */
const fullNames: Readonly<Record<string, string>> = {
  bob: 'robert',
  rob: 'robert',
  bill: 'william',
  will: 'william',
  kate: 'katherine',
  katie: 'katherine',
  liz: 'elizabeth',
  beth: 'elizabeth',
  dan: 'daniel',
  tom: 'thomas',
  mike: 'michael',
  jim: 'james',
  jenny: 'jennifer',
  alex: 'alexander',
};

/** The full given name for a lower-case short form, or the word itself (only the list's own keys: "__proto__" is a word too). */
export function fullGivenName(word: string): string {
  return Object.hasOwn(fullNames, word) ? fullNames[word]! : word;
}
