/**
 * A shuffle that gives the same order for the same seed text, on every visit and device: a
 * Fisher–Yates shuffle driven by mulberry32 (a well-tested 32-bit generator, a few lines where a
 * library would add a kilobyte to every chapter), seeded by a hash of the seed text.
 */

/**
 * FNV-1a over the text, then MurmurHash3's final mix: FNV-1a alone leaves texts that share a long
 * ending ("…:item-id:choices") too close for the generator, which then deals most learners the
 * same order.
 */
export function hashText(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** mulberry32: numbers in [0, 1) from a 32-bit state. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seededShuffle<T>(values: readonly T[], seed: string): T[] {
  const random = mulberry32(hashText(seed));
  const shuffled = [...values];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return shuffled;
}
