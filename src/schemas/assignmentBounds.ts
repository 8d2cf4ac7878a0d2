/**
 * The assignment format's name, version and bounds, apart from its zod schema (assignment.ts) so
 * that a browser page can show counters and check a form against them without loading zod.
 */
export const ASSIGNMENT_FORMAT = 'crm-assignment';
export const ASSIGNMENT_VERSION = 1;

/** Bounds that keep a link short enough for a QR code (see MAX_FRAGMENT_LENGTH). */
export const TITLE_MAX = 120;
export const INSTRUCTIONS_MAX = 600;
export const TASKS_MAX = 60;
export const IDS_MAX = 120;
export const SETTINGS_MAX = 30;
