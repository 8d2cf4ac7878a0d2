/** UI strings for the glossary page, the chapters' term popovers and the links to the glossary, in English. */
import type { GlossaryStrings } from '../types.ts';

export const glossary: GlossaryStrings = {
  navLink: 'Glossary',
  title: 'Glossary',
  description:
    'Every term in the course, in English and Chinese, each with a one-sentence definition, by chapter; filter as you type.',
  lead: 'Every term the course uses, with its Chinese equivalent beside it, so you learn both. Terms in the chapters link here; in a chapter, rest the pointer on a term or move to it with the keyboard to see its definition.',
  filterLabel: 'Filter the terms',
  filterHint: 'English, Chinese or an abbreviation, e.g. loyalty, 忠诚, NPS. Esc clears it.',
  countAll: { one: '{total} term.', other: 'All {total} terms.' },
  countSome: { one: '{shown} of {total} term shown.', other: '{shown} of {total} terms shown.' },
  none: 'No term matches “{query}”. Try another word, or fewer letters.',
  chapters: 'Browse by chapter',
  chapterLink: 'Chapter {n}',
  aliases: 'Also: ',
  related: 'Related: ',
  choice: 'Usage: ',
  popoverLink: 'See it in the glossary',
  keyTermsLink: 'All the course’s terms, in English and Chinese',
  homeLink: 'Glossary: every term in the course, in English and Chinese, with its definition',
};
