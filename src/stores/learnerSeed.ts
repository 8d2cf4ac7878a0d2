/**
 * This learner's seed for the order of quiz options and role-play replies (src/lib/quiz/arrangeItem.ts),
 * kept on the device beside the progress so a reload shows the same order, and cleared with it, so
 * the next learner on a shared computer is dealt orders of their own. It is not exported: another
 * device draws its own. Any text is a usable seed, so there is nothing to validate.
 */
export const LEARNER_SEED_KEY = 'crm-learner';

let seed: string | undefined;

export function learnerSeed(): string {
  if (seed) return seed;
  try {
    seed = localStorage.getItem(LEARNER_SEED_KEY) ?? undefined;
  } catch {
    // Storage blocked: a seed for this page only.
  }
  if (!seed) {
    const random = new Uint32Array(2);
    crypto.getRandomValues(random);
    seed = `${random[0]!.toString(36)}${random[1]!.toString(36)}`;
    try {
      localStorage.setItem(LEARNER_SEED_KEY, seed);
    } catch {
      // Full or blocked: this page keeps its order; the next visit draws another.
    }
  }
  return seed;
}

/** Forgets the seed with the rest of the learner's progress ("clear my progress"). */
export function forgetLearnerSeed(): void {
  seed = undefined;
  try {
    localStorage.removeItem(LEARNER_SEED_KEY);
  } catch {
    // Blocked: nothing was kept.
  }
}
