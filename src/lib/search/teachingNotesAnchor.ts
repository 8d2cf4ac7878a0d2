/**
 * How search results recognise teaching notes: the notes' body carries this id (set by
 * src/components/TeachingNotes.astro) and Pagefind reports it as the anchor of the matches
 * inside, so the dialog can label those results for instructors. The chapters' own heading above
 * the notes uses the same prefix (`## 教学笔记 {#teaching-notes}`), so a match in it is labelled too.
 */
export const teachingNotesId = 'teaching-notes-text';

export function isTeachingNotesAnchor(id: string | undefined): boolean {
  return id !== undefined && id.startsWith('teaching-notes');
}
