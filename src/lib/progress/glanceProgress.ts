/**
 * The learner's progress as the home page's card needs it (answers, tests, chapters read, widgets
 * tried), read straight from the stored records without the store or zod, so the card shows its
 * number from a few kilobytes of script. It must count exactly what the store counts:
 * test/unit/lib/progress/glanceProgress.test.ts checks it against readProgress (the zod reading)
 * over thousands of valid, corrupted and foreign stored states. A record it cannot vouch for is
 * not counted; the store sets such records aside the next time a page with a quiz loads it.
 */
import type { Attempt, StoredResponse, TestRecord } from '../../schemas/progress.ts';
import { emptyProgress, type Progress } from './progressState.ts';

type Glance = Pick<Progress, 'answers' | 'tests' | 'read' | 'widgets'>;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** An object with these keys required and these allowed, and no other (zod's strictObject). */
const shaped = (value: unknown, required: readonly string[], optional: readonly string[] = []): value is Json =>
  isObject(value) &&
  required.every((key) => Object.hasOwn(value, key)) &&
  Object.keys(value).every((key) => required.includes(key) || optional.includes(key));
const isString = (value: unknown, min: number, max: number): value is string =>
  typeof value === 'string' && value.length >= min && value.length <= max;
const isId = (value: unknown): value is string => isString(value, 1, 80);
const isTime = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isShare = (value: unknown): value is number => typeof value === 'number' && value >= 0 && value <= 1;
const isIdList = (value: unknown) => Array.isArray(value) && value.length <= 50 && value.every(isId);
const isIdMap = (value: unknown) => isObject(value) && Object.entries(value).every(([k, v]) => isId(k) && isId(v));

function isResponse(value: unknown): value is StoredResponse {
  if (!isObject(value)) return false;
  switch (value['kind']) {
    case 'single':
      return shaped(value, ['kind', 'choice']) && isId(value['choice']);
    case 'trueFalse':
      return shaped(value, ['kind', 'choice']) && typeof value['choice'] === 'boolean';
    case 'multiple':
      return shaped(value, ['kind', 'choices']) && isIdList(value['choices']);
    case 'ordering':
      return shaped(value, ['kind', 'order']) && isIdList(value['order']);
    case 'matching':
      return shaped(value, ['kind', 'pairs']) && isIdMap(value['pairs']);
    case 'categorising':
      return shaped(value, ['kind', 'placements']) && isIdMap(value['placements']);
    case 'numeric':
      return (
        shaped(value, ['kind', 'value'], ['text']) &&
        Number.isFinite(value['value']) &&
        (value['text'] === undefined || isString(value['text'], 0, 200))
      );
    case 'text':
      return shaped(value, ['kind', 'text']) && isString(value['text'], 0, 500);
    default:
      return false;
  }
}

const modes: readonly unknown[] = ['practice', 'test', 'review'];
const isAttempt = (value: unknown): value is Attempt =>
  shaped(value, ['id', 'at', 'fingerprint', 'response', 'score', 'mode'], ['hard']) &&
  isId(value['id']) &&
  isTime(value['at']) &&
  isString(value['fingerprint'], 1, 24) &&
  isResponse(value['response']) &&
  isShare(value['score']) &&
  modes.includes(value['mode']) &&
  (value['hard'] === undefined || typeof value['hard'] === 'boolean');

/** The attempts of an item record, version 2 or the single answer of version 1 (as the store migrates it). */
function itemAttempts(value: unknown): Attempt[] | undefined {
  if (shaped(value, ['v', 'attempts']) && value['v'] === 2) {
    const attempts = value['attempts'];
    return Array.isArray(attempts) && attempts.length <= 1000 && attempts.every(isAttempt) ? attempts : undefined;
  }
  if (shaped(value, ['v', 'response', 'score', 'at']) && value['v'] === 1) {
    const { response, score, at } = value;
    if (!isResponse(response) || !isShare(score) || !isTime(at)) return undefined;
    return [{ id: `v1-${at.toString(36)}`, at, fingerprint: 'unknown', response, score, mode: 'practice' }];
  }
  return undefined;
}

const isTest = (value: unknown): value is TestRecord =>
  shaped(value, ['v', 'chapter', 'at', 'score', 'itemScores']) &&
  value['v'] === 2 &&
  isId(value['chapter']) &&
  isTime(value['at']) &&
  isShare(value['score']) &&
  isObject(value['itemScores']) &&
  Object.entries(value['itemScores']).every(([id, score]) => isId(id) && isShare(score));

const markTime = (value: unknown): number | undefined =>
  shaped(value, ['v', 'at']) && value['v'] === 2 && isTime(value['at']) ? value['at'] : undefined;

// The same key rules as readProgress.ts.
const itemId = /^ch\d+-[a-z0-9-]+$/;
const slug = /^\d{2}-[a-z0-9-]+$/;
const widgetName = /^[A-Za-z][A-Za-z0-9-]*$/;

function parse(text: string | undefined): unknown {
  try {
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Reads the records that count towards completion and review; keys are without the `crm:` prefix. */
export function glanceProgress(records: Readonly<Record<string, string | undefined>>): Glance {
  const { answers, tests, read, widgets } = emptyProgress();
  for (const [key, text] of Object.entries(records)) {
    const [kind, first = '', second] = key.split(':');
    const value = parse(text);
    if (kind === 'item' && itemId.test(first) && second === undefined) {
      const attempts = itemAttempts(value);
      if (attempts) answers[first] = [...attempts].sort((a, b) => a.at - b.at);
    } else if (kind === 'test' && slug.test(first) && second && isTest(value) && value.chapter === first) {
      tests[second] = value;
    } else if (kind === 'read' || kind === 'widget') {
      const at = markTime(value);
      if (at === undefined || !slug.test(first)) continue;
      if (kind === 'read' && second === undefined) read[first] = at;
      else if (kind === 'widget' && second !== undefined && widgetName.test(second)) widgets[`${first}:${second}`] = at;
    }
  }
  return { answers, tests, read, widgets };
}
