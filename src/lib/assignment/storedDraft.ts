/**
 * The instructor's form kept on the device (localStorage), so a reload loses nothing. What is read
 * back may be anything: an older shape, a hand edit, another page's key. It is read field by field
 * (no zod in the page's own script), and whatever does not fit is dropped, never thrown.
 */
import {
  emptyChapter,
  emptyDraft,
  type AssignmentDraft,
  type ChapterDraft,
  type QuizChoice,
} from './assignmentDraft.ts';

export const DRAFT_STORAGE_KEY = 'crm-instructor-draft';

/** The longest text kept from storage: well past the form's bounds, so an over-long draft still shows its problem. */
const TEXT_MAX = 5000;
const LIST_MAX = 500;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, TEXT_MAX) : '';
}

function idList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((id): id is string => typeof id === 'string' && id.length <= 80))].slice(0, LIST_MAX);
}

/** Each widget's typed settings: short texts under id-like keys, nothing else. */
function starts(value: unknown): Record<string, Record<string, string>> {
  const kept: Record<string, Record<string, string>> = {};
  if (!isRecord(value)) return kept;
  const idLike = /^[a-zA-Z0-9-]{1,80}$/;
  for (const [widget, settings] of Object.entries(value).slice(0, LIST_MAX)) {
    if (!idLike.test(widget) || !isRecord(settings)) continue;
    const texts: Record<string, string> = {};
    for (const [key, typed] of Object.entries(settings).slice(0, LIST_MAX))
      if (idLike.test(key) && typeof typed === 'string') texts[key] = typed.slice(0, 200);
    kept[widget] = texts;
  }
  return kept;
}

function quizChoice(value: unknown): QuizChoice {
  return value === 'practice' || value === 'test' ? value : 'none';
}

function chapterDraft(value: unknown): ChapterDraft {
  if (!isRecord(value)) return emptyChapter();
  return {
    read: value.read === true,
    quiz: quizChoice(value.quiz),
    quizAll: value.quizAll !== false,
    quizItems: idList(value.quizItems),
    examItems: idList(value.examItems),
    widgets: idList(value.widgets),
    starts: starts(value.starts),
  };
}

/** The draft stored as this text, or an empty draft when there is none or it cannot be read. */
export function readStoredDraft(stored: string | null): AssignmentDraft {
  if (stored === null) return emptyDraft();
  let data: unknown;
  try {
    data = JSON.parse(stored);
  } catch {
    return emptyDraft();
  }
  if (!isRecord(data)) return emptyDraft();
  const chapters: Record<string, ChapterDraft> = {};
  if (isRecord(data.chapters))
    for (const [slug, chapter] of Object.entries(data.chapters))
      if (/^\d\d-[a-z0-9-]+$/.test(slug)) chapters[slug] = chapterDraft(chapter);
  return {
    title: text(data.title),
    due: text(data.due),
    instructions: text(data.instructions),
    chapters,
    scenarios: idList(data.scenarios),
  };
}
