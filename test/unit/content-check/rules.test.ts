/**
 * Each content-checker rule on small fixtures: it fails on a bad one, naming the file and line,
 * and passes on a good one.
 */
import { describe, expect, it } from 'vitest';
import { checkChapterLocales } from '../../../src/lib/content-check/chapterLocales.ts';
import { checkCourse } from '../../../src/lib/content-check/checkCourse.ts';
import { checkComponentReferences } from '../../../src/lib/content-check/componentReferences.ts';
import { checkEnglishWording } from '../../../src/lib/content-check/englishWording.ts';
import { readGlossary, type GlossaryEntry } from '../../../src/lib/content-check/glossaryEntries.ts';
import { checkHeadingLevels } from '../../../src/lib/content-check/headingLevels.ts';
import { checkKeyTermCoverage } from '../../../src/lib/content-check/keyTermCoverage.ts';
import { checkRejectedVariants } from '../../../src/lib/content-check/rejectedVariants.ts';
import { bodyLine, chapter, chapterText, yamlBlocks } from './fixtures.ts';

const EN = 'content/chapters/en/01-foundations.mdx';
const ZH = 'content/chapters/zh-cn/01-foundations.mdx';

describe('chapter in every locale', () => {
  it('fails on a chapter with no counterpart, naming the file that exists', () => {
    expect(checkChapterLocales([EN, ZH, 'content/chapters/en/02-relationship-marketing.mdx'], ['zh-cn', 'en'])).toEqual(
      [
        {
          file: 'content/chapters/en/02-relationship-marketing.mdx',
          line: 1,
          message: expect.stringContaining('content/chapters/zh-cn/02-relationship-marketing.mdx is missing'),
        },
      ],
    );
  });
  it('passes when both locales have the same chapters', () => {
    expect(checkChapterLocales([EN, ZH], ['zh-cn', 'en'])).toEqual([]);
  });
});

/** A glossary with one term per line group; `extra` adds fields to the first term. */
function glossaryText(extra = '', terms = 1): string {
  const entry = (n: number) =>
    [
      `  - id: term-${n}`,
      '    chapter: 1',
      '    zh-cn:',
      `      term: 流失率${n}`,
      '      definition: 一句话。',
      '    en:',
      `      term: churn rate ${n}`,
      '      definition: One sentence.',
      ...(n === 1 && extra ? [extra] : []),
    ].join('\n');
  return `terms:\n${Array.from({ length: terms }, (_, index) => entry(index + 1)).join('\n')}\n`;
}

describe('glossary', () => {
  it('fails on a term missing a locale, at the term’s line', () => {
    const source = 'terms:\n  - id: lonely\n    chapter: 1\n    zh-cn:\n      term: 孤\n      definition: 一句话。\n';
    const { problems } = readGlossary('content/glossary.yaml', source, []);
    expect(problems).toContainEqual({
      file: 'content/glossary.yaml',
      line: 2,
      message: expect.stringMatching(/^terms\.0\.en:/),
    });
  });

  it('fails on too few terms, too few per chapter and a related id that names nothing', () => {
    const { problems } = readGlossary('content/glossary.yaml', glossaryText('    related: [nowhere]'), [1]);
    expect(problems.map((problem) => [problem.line, problem.message])).toEqual([
      [1, expect.stringContaining('has 1 terms')],
      [10, expect.stringContaining('"nowhere" is not in the glossary')],
      [1, expect.stringContaining('chapter 1 has 1 glossary terms')],
    ]);
  });

  it('passes a complete glossary of 120 terms, 12 or more per chapter', () => {
    expect(readGlossary('content/glossary.yaml', glossaryText('    related: [term-2]', 120), [1]).problems).toEqual([]);
  });
});

describe('key terms in the glossary', () => {
  const { entries } = readGlossary('content/glossary.yaml', glossaryText(), []);

  it('fails on a key term the glossary lacks, at the key term’s line', () => {
    const source = chapter('Text.', EN, ['Churn rate 1', 'Switching cost']);
    expect(checkKeyTermCoverage(source, entries)).toEqual([
      { file: EN, line: 7, message: expect.stringContaining('"Switching cost" is not in content/glossary.yaml') },
    ]);
  });

  it('passes when every key term is a term or alias in the chapter’s language, a parenthesised gloss aside', () => {
    expect(checkKeyTermCoverage(chapter('Text.', EN, ['Churn rate 1 (churn)']), entries)).toEqual([]);
    expect(checkKeyTermCoverage(chapter('正文。', ZH, ['流失率1（churn）']), entries)).toEqual([]);
  });
});

describe('rejected terminology variants', () => {
  const glossary: GlossaryEntry[] = [
    {
      id: 'customer-lifetime-value',
      chapter: 3,
      names: { 'zh-cn': ['客户生命周期价值', 'CLV'], en: ['customer lifetime value'] },
      rejected: ['客户终身价值', '顾客终身价值', '终身价值'],
      rejectedLines: [10, 11, 12],
    },
    {
      id: 'procedural-justice',
      chapter: 7,
      names: { 'zh-cn': ['程序公平'], en: ['procedural justice'] },
      rejected: ['程序公正'],
      rejectedLines: [20],
    },
  ];

  it('fails on a variant in a chapter and in a quiz, at its line', () => {
    const source = chapter('## 价值 {#value}\n\n第一段。\n\n顾客的终身价值很高，程序公正也重要。', ZH);
    const quiz = yamlBlocks(
      'content/quizzes/07-complaints.yaml',
      'items:\n  - id: q1\n    prompt:\n      zh-cn: 什么是程序公正？\n      en: What is procedural justice?\n',
    );
    const problems = checkRejectedVariants([...source.blocks, ...quiz], glossary);
    expect(problems.map((problem) => [problem.file, problem.line, problem.message.slice(0, 6)])).toEqual([
      [ZH, bodyLine() + 4, '"终身价值"'],
      [ZH, bodyLine() + 4, '"程序公正"'],
      ['content/quizzes/07-complaints.yaml', 4, '"程序公正"'],
    ]);
  });

  it('passes the chosen terms', () => {
    const source = chapter('客户生命周期价值（CLV）与程序公平。', ZH);
    expect(checkRejectedVariants(source.blocks, glossary)).toEqual([]);
  });
});

describe('heading levels', () => {
  it('fails on a ### before any ##, on ## then ####, and on a # heading', () => {
    const bad = chapter('### Early {#early}\n\n## A {#a}\n\n#### Deep {#deep}\n\n# Title');
    const start = bodyLine();
    expect(checkHeadingLevels(EN, bad.headings).map((problem) => [problem.line, problem.message])).toEqual([
      [start, expect.stringContaining('before any ## heading')],
      [start + 4, expect.stringContaining('the heading before it is level 2')],
      [start + 6, expect.stringContaining('only level-1 heading')],
    ]);
  });

  it('fails on a skip inside TeachingNotes, saying so', () => {
    const bad = chapter(
      '## Teaching notes {#teaching-notes}\n\n<TeachingNotes>\n\n#### Plan {#plan}\n\n</TeachingNotes>',
    );
    expect(checkHeadingLevels(EN, bad.headings)).toEqual([
      { file: EN, line: bodyLine() + 4, message: expect.stringMatching(/inside <TeachingNotes>\) skips a level/) },
    ]);
  });

  it('passes ##, ###, #### and back to ##, inside TeachingNotes too', () => {
    const good = chapter(
      '## A {#a}\n\n### B {#b}\n\n#### C {#c}\n\n## D {#d}\n\n<TeachingNotes>\n\n### E {#e}\n\n</TeachingNotes>',
    );
    expect(checkHeadingLevels(EN, good.headings)).toEqual([]);
  });
});

describe('references to components, chapters and quizzes', () => {
  const target = chapter('## Summary {#summary}\n\nText.', 'content/chapters/en/02-relationship-marketing.mdx');
  const context = (quizSlugs: string[]) => ({
    chapters: [{ source: target, text: chapterText('## Summary {#summary}\n\nText.') }],
    quizSlugs: new Set(quizSlugs),
  });

  it('fails on an unknown tag, a link to a missing chapter or section, and a quiz with no file', () => {
    const source = chapter(
      [
        '<ChurnCalculator />',
        '',
        'See <ChapterLink chapter="09-nowhere">this</ChapterLink> and <ChapterLink chapter="02-relationship-marketing" section="nope">that</ChapterLink>.',
        '',
        '<Quiz chapter="01-foundations" />',
      ].join('\n'),
    );
    const start = bodyLine();
    expect(checkComponentReferences(source, context([])).map((problem) => [problem.line, problem.message])).toEqual([
      [start, expect.stringContaining('<ChurnCalculator> is neither a widget')],
      [start + 2, expect.stringContaining('no such chapter in en')],
      [start + 2, expect.stringContaining('has no section with this id')],
      [start + 4, expect.stringContaining('no quiz file content/quizzes/01-foundations.yaml')],
    ]);
  });

  it('passes registry widgets, page components, good links and quizzes that exist', () => {
    const source = chapter(
      '<ChurnCompounding />\n\n<Case>\n\nStory.\n\n</Case>\n\nSee <ChapterLink chapter="02-relationship-marketing" section="summary">it</ChapterLink>.\n\n<Quiz chapter="01-foundations" />',
    );
    expect(checkComponentReferences(source, context(['01-foundations']))).toEqual([]);
  });
});

describe('English wording', () => {
  it('fails on American spellings and idioms in English text, at their lines', () => {
    const source = chapter(
      'We organize the program by color.\n\nA customer trying it on with a fake receipt; staff fobbed him off.',
    );
    const start = bodyLine();
    expect(checkEnglishWording(source.blocks).map((problem) => [problem.line, problem.message.split('"')[1]])).toEqual([
      [start, 'organize'],
      [start, 'color'],
      [start, 'program'],
      [start + 2, 'fobbed him off'],
      [start + 2, 'trying it on'],
    ]);
  });

  it('passes British spelling, titles, quotations, proper names, references, Chinese text and a literal try-on', () => {
    const source = chapter(
      [
        'We organise the programme by colour at the National Quality Research Center, via a mini-program.',
        '',
        'In *Journal of Consumer Behavior* and "a program of behavior", spelling is the author’s.',
        '',
        'She bought the coat after trying it on.',
        '',
        '## References {#references}',
        '',
        '- Singh, J. (1988). Consumer complaint intentions and behavior.',
      ].join('\n'),
    );
    expect(checkEnglishWording(source.blocks)).toEqual([]);
    expect(checkEnglishWording(chapter('color 和 program', ZH).blocks)).toEqual([]);
  });
});

describe('rejected variants over a whole course', () => {
  const glossary = [
    'terms:',
    '  - id: procedural-justice',
    '    chapter: 7',
    '    zh-cn:',
    '      term: 程序公平',
    '      definition: 顾客对处理过程是否公平的判断，也有教材称为程序公正。',
    '    en:',
    '      term: procedural justice',
    '      definition: How fair the customer finds the process.',
    '    rejected: [程序公正]',
    '    choice:',
    '      zh-cn: 本课程用程序公平，不用程序公正。',
    '      en: The course uses 程序公平 rather than 程序公正.',
  ].join('\n');

  it('fails on a variant in the glossary’s own definition but not in its choice or rejected fields', () => {
    const problems = checkCourse(new Map([['content/glossary.yaml', glossary]])).rejectedVariants;
    expect(problems).toEqual([
      {
        file: 'content/glossary.yaml',
        line: 6,
        message: expect.stringContaining('"程序公正" is a variant the glossary rejects'),
      },
    ]);
  });

  it('fails on a variant in an exam file and a scenario, and passes the chosen term', () => {
    const exam =
      'chapter: 7\nitems:\n  - id: ch7-term-x\n    prompt:\n      zh-cn: 名词解释：程序公正\n      en: Define procedural justice\n';
    const scenario = 'id: s\nnodes:\n  - id: open\n    customer:\n      zh-cn: 讲究程序公平\n      en: Fair process\n';
    const files = new Map([
      ['content/glossary.yaml', glossary.replace('也有教材称为程序公正。', '。')],
      ['content/exams/07-complaints.yaml', exam],
      ['content/scenarios/x.yaml', scenario],
    ]);
    expect(checkCourse(files).rejectedVariants.map((problem) => `${problem.file}:${problem.line}`)).toEqual([
      'content/exams/07-complaints.yaml:5',
    ]);
  });
});

describe('parsing', () => {
  it('reports a chapter whose MDX does not parse, at the parser’s line, and checks the rest', () => {
    const files = new Map([
      [EN, chapterText('## A {#a}\n\n<Case>\n\nStory.\n\n</Cas>')],
      [ZH, chapterText('## 甲 {#a}\n\n正文。')],
    ]);
    const problems = checkCourse(files);
    expect(problems.parsing).toEqual([{ file: EN, line: bodyLine() + 6, message: expect.stringContaining('MDX:') }]);
    expect(problems.headingLevels).toEqual([]);
  });

  it('reports nothing for chapters that parse', () => {
    expect(checkCourse(new Map([[EN, chapterText('## A {#a}')]])).parsing).toEqual([]);
  });
});
