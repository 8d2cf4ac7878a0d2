/**
 * Rule: the English text keeps the course's British spelling, and avoids idioms that trip a
 * Chinese reader. Left alone: titles of works and names in italics or code, anything in quotation
 * marks (a quotation keeps its spelling), reference lists ({#references}), and the proper names in
 * PROPER_NAMES (an American body's name keeps its spelling: "National Quality Research Center").
 */
import type { ContentProblem } from './contentProblem.ts';
import { isVerbatim, type TextBlock } from './textBlock.ts';

/** American spellings and the British forms the course uses. */
const AMERICAN: [RegExp, string][] = [
  // -ize/-yze verbs and their family; the exceptions are words whose z is not the suffix.
  [
    /\b(?!(?:size|sizes|sized|sizing|resiz\w*|downsiz\w*|oversiz\w*|seiz\w*|prize|prizes|prized|capsiz\w*|maize|baize|citizen\w*)\b)([a-z]+)iz(e|es|ed|er|ers|ing|ation|ations|ational)\b/giu,
    '-ise/-isation',
  ],
  [/\b([a-z]+)yz(e|es|ed|er|ers|ing)\b/giu, '-yse'],
  [/\bcolor(s|ed|ful|ing|less)?\b/giu, 'colour'],
  [/\bcenter(s|ed|ing)?\b/giu, 'centre'],
  [/\bbehavior(s|al|ally)?\b/giu, 'behaviour'],
  [/\bfavor(s|ed|ing|able|ably|ite|ites|itism)?\b/giu, 'favour'],
  [/\bunfavorabl[ey]\b/giu, 'unfavourable'],
  [/\blabor(s|ed|ing|er|ers)?\b/giu, 'labour'],
  [/\bhonor(s|ed|ing|able)?\b/giu, 'honour'],
  [
    /\b(neighbor|humor|rumor|endeavor|harbor|flavor|odor|vigor|rigor|demeanor|candor|savior)(s|ed|ing|hood)?\b/giu,
    '-our',
  ],
  [/\bprograms?\b/giu, 'programme (program only for software)'],
  [/\bcatalog(s|ed|ing)?\b/giu, 'catalogue'],
  [/\b(defense|offense)\b/giu, 'defence/offence'],
  [
    /\b(travel|cancel|model|label|fuel|signal|channel)(ed|ing|er|ers)\b/giu,
    'double l (travelled, cancelled, modelled…)',
  ],
  [/\b(fulfill|fulfills|fulfillment|enrollment|installment|skillful)\b/giu, 'fulfil, enrolment, instalment, skilful'],
  [/\bpercent\b/giu, 'per cent'],
  [/\bgray\b/giu, 'grey'],
  [/\baging\b/giu, 'ageing'],
  [/\btoward\b/giu, 'towards'],
  [/\b(theater|fiber|liter|kilometer|centimeter)s?\b/giu, '-re'],
  [/\bskeptic(al|ism|s)?\b/giu, 'sceptic'],
];

/** Idioms a Chinese reader trips on: say it plainly. */
const IDIOMS: [RegExp, string][] = [
  [/\ba chancer\b/giu, 'say what the person is doing: "someone trying to cheat"'],
  [/\bfob(?:s|bed|bing)?\b(?:\s+\w+){0,2}\s+off\b|\bfob(?:bed)?-off\b/giu, 'say "put off with excuses"'],
  [/\bwangl(?:e|es|ed|ing)\b/giu, 'say "obtained by persuasion or trickery"'],
  [/\b(?:try|tries|trying|tried) it on\b/giu, 'say "trying to cheat"'],
];

/** Proper names that keep their own spelling. */
export const PROPER_NAMES = [
  'National Quality Research Center',
  'Center for Quality Management',
  'Technical Assistance Research Programs',
  'World Health Organization',
  'International Organization for Standardization',
  'China National Institute of Standardization',
  'mini-program',
  'mini program',
  'computer program',
];

/** A literal try-on: trying on a garment is what a shop's fitting room is for, not an idiom. */
const CLOTHING =
  /\b(?:coat|dress|shirt|jacket|size|fitting|clothes|clothing|shoes?|trousers|skirt|garment|sweater|jumper|suit)\b/iu;

const QUOTED = /“[^”]*”|"[^"\n]*"|‘[^’]*’(?!\w)/gu;

function protectedRanges(block: TextBlock): [number, number][] {
  const ranges: [number, number][] = [...block.verbatim];
  for (const match of block.text.matchAll(QUOTED)) ranges.push([match.index, match.index + match[0].length]);
  for (const name of PROPER_NAMES) {
    const lower = block.text.toLowerCase();
    for (let at = lower.indexOf(name.toLowerCase()); at !== -1; at = lower.indexOf(name.toLowerCase(), at + 1))
      ranges.push([at, at + name.length]);
  }
  return ranges;
}

export function checkEnglishWording(blocks: readonly TextBlock[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const block of blocks) {
    if (block.locale !== 'en' || block.section === 'references') continue;
    const ranges = protectedRanges(block);
    const covered = (start: number, end: number) =>
      isVerbatim(block, start, end) || ranges.some(([from, to]) => start >= from && end <= to);
    for (const [pattern, british] of AMERICAN)
      for (const match of block.text.matchAll(pattern)) {
        if (covered(match.index, match.index + match[0].length)) continue;
        problems.push({
          file: block.file,
          line: block.lineAt(match.index),
          message: `"${match[0]}" is American spelling; the course writes British English (${british})`,
        });
      }
    for (const [pattern, plain] of IDIOMS)
      for (const match of block.text.matchAll(pattern)) {
        if (covered(match.index, match.index + match[0].length)) continue;
        if (/it on$/i.test(match[0]) && CLOTHING.test(block.text)) continue;
        problems.push({
          file: block.file,
          line: block.lineAt(match.index),
          message: `"${match[0]}" is an idiom a Chinese reader may not know; ${plain}`,
        });
      }
  }
  return problems;
}
