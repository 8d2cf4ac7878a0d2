/**
 * The seed of the order the server renders options in: the same for everyone, and not the order
 * they are written in. Islands show it until they hydrate (then each learner's own); printed
 * worksheets use it too, so a worksheet and its answer key always letter the options alike.
 */
export const SERVER_SEED = 'course';
