/**
 * Whether the browser keeps this site's storage, in the words the progress page chooses between.
 * The request itself is made by the store when progress is first saved (src/stores/persistence.ts);
 * a learner with no progress yet has not been asked, which is not the same as a refusal.
 */
export type Persistence = 'granted' | 'denied' | 'notYet' | 'unsupported';

export function persistenceState(answer: {
  supported: boolean;
  persisted: boolean;
  hasProgress: boolean;
}): Persistence {
  if (!answer.supported) return 'unsupported';
  if (answer.persisted) return 'granted';
  return answer.hasProgress ? 'denied' : 'notYet';
}
