/**
 * A short fingerprint of what a quiz item asks and accepts (prompt, choices, answer, in every
 * locale). A stored answer keeps the fingerprint of the item it answered, so an item edited later
 * shows as changed and is asked again instead of being graded against a different question.
 * The explanation and difficulty are left out: rewording the teaching does not change the question.
 */

/** JSON with object keys sorted, so the same content always gives the same text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** cyrb53 (a public-domain 53-bit string hash): stable everywhere, no crypto API needed in the browser. */
function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function itemFingerprint(item: object): string {
  const {
    explanation: _explanation,
    difficulty: _difficulty,
    objective: _objective,
    ...asked
  } = item as Record<string, unknown>;
  return cyrb53(canonicalJson(asked)).toString(36);
}
