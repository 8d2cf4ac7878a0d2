/**
 * The content checker: every rule over the course's content, as problems by rule. Takes the files
 * as text (path → source) so it stays pure; test/unit/contentChecker.test.ts reads them from disk
 * and prints each problem as file:line: message.
 */
import { parseDocument } from 'yaml';
import { locales } from '../../i18n/locales.ts';
import { statisticExemptionsSchema } from '../../schemas/statisticExemption.ts';
import { undeclaredObjectives } from '../quiz/undeclaredObjectives.ts';
import { readChapterSource, type ChapterSource } from './chapterSource.ts';
import { checkChapterLocales } from './chapterLocales.ts';
import { checkComponentReferences } from './componentReferences.ts';
import type { ContentProblem } from './contentProblem.ts';
import { checkEnglishWording } from './englishWording.ts';
import { readGlossary } from './glossaryEntries.ts';
import { checkHeadingLevels } from './headingLevels.ts';
import { checkKeyTermCoverage } from './keyTermCoverage.ts';
import { lineIndex } from './lineIndex.ts';
import { checkRejectedVariants } from './rejectedVariants.ts';
import { checkStatistics, type StatisticExemption } from './statistics.ts';
import type { TextBlock } from './textBlock.ts';
import { yamlLine } from './yamlLine.ts';
import { yamlTextBlocks } from './yamlTextBlocks.ts';

export const GLOSSARY_FILE = 'content/glossary.yaml';
export const EXEMPTIONS_FILE = 'content/statistic-exemptions.yaml';

export const RULES = [
  'parsing',
  'chapterLocales',
  'keyTerms',
  'glossary',
  'rejectedVariants',
  'headingLevels',
  'references',
  'statistics',
  'englishWording',
] as const;
export type RuleId = (typeof RULES)[number];

const isChapter = (path: string) => /^content\/chapters\/[^/]+\/[^/]+\.mdx$/.test(path);
const inFolder = (folder: string) => (path: string) => path.startsWith(`content/${folder}/`) && path.endsWith('.yaml');
const slugOf = (path: string) => (path.split('/').at(-1) ?? '').replace(/\.(mdx|yaml)$/, '');

/** The exemption list with each entry's line, or the problems that keep it from being read. */
export function readExemptions(source: string | undefined): {
  exemptions: StatisticExemption[];
  problems: ContentProblem[];
} {
  if (source === undefined) return { exemptions: [], problems: [] };
  const document = parseDocument(source);
  const lineOf = lineIndex(source);
  const result = statisticExemptionsSchema.safeParse(document.toJS());
  if (!result.success)
    return {
      exemptions: [],
      problems: result.error.issues.map((issue) => ({
        file: EXEMPTIONS_FILE,
        line: yamlLine(document, issue.path, lineOf),
        message: `${issue.path.join('.')}: ${issue.message}`,
      })),
    };
  return {
    exemptions: result.data.exemptions.map((entry, index) => ({
      ...entry,
      line: yamlLine(document, ['exemptions', index], lineOf),
    })),
    problems: [],
  };
}

/** Quiz and exam items that check an objective their chapter does not declare, at the item's objective line. */
function checkItemObjectives(file: string, source: string, chapter: ChapterSource | undefined): ContentProblem[] {
  if (!chapter) return [{ file, line: 1, message: `there is no chapter ${slugOf(file)} for this file` }];
  const document = parseDocument(source);
  const items: unknown = document.toJS()?.items;
  const objectives: unknown = chapter.frontmatter.toJS()?.objectives;
  if (!Array.isArray(items) || !Array.isArray(objectives)) return [];
  const lineOf = lineIndex(source);
  const declared = objectives.filter((objective): objective is { id: string } => typeof objective?.id === 'string');
  const checked = items.filter(
    (item): item is { id: string; objective: string } => typeof item?.objective === 'string',
  );
  return undeclaredObjectives(checked, declared).map((item) => ({
    file,
    line: yamlLine(document, ['items', items.indexOf(item), 'objective'], lineOf),
    message: `item ${item.id} checks objective ${item.objective}, which ${chapter.file} does not declare`,
  }));
}

/** Runs every rule. `files` maps repository paths (content/…) to their text. */
export function checkCourse(files: ReadonlyMap<string, string>): Record<RuleId, ContentProblem[]> {
  const paths = [...files.keys()].sort();
  const chapterTexts = paths.filter(isChapter).map((path) => ({ path, text: files.get(path)! }));
  // A chapter whose MDX does not parse is reported (the parser's message starts with line:column) and left out.
  const parsing: ContentProblem[] = [];
  const chapters = chapterTexts.flatMap(({ path, text }) => {
    try {
      return [{ source: readChapterSource(path, text), text }];
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      parsing.push({ file: path, line: Number(/^(\d+):/.exec(message)?.[1] ?? 1), message: `MDX: ${message}` });
      return [];
    }
  });
  const chapterNumbers = [
    ...new Set(chapters.map(({ source }) => Number(source.frontmatter.toJS()?.chapter)).filter(Number.isInteger)),
  ].sort((a, b) => a - b);
  const glossarySource = files.get(GLOSSARY_FILE);
  const glossary = glossarySource
    ? readGlossary(GLOSSARY_FILE, glossarySource, chapterNumbers)
    : { entries: [], problems: [{ file: GLOSSARY_FILE, line: 1, message: 'the glossary file is missing' }] };

  const yamlFiles = paths.filter((path) => ['quizzes', 'scenarios', 'exams'].some((folder) => inFolder(folder)(path)));
  const yamlBlocks = yamlFiles.flatMap((path) => {
    const source = files.get(path)!;
    return yamlTextBlocks(path, parseDocument(source), source, undefined);
  });
  // The glossary's own text is checked too, except `choice`, which names the rejected variants on purpose.
  const glossaryBlocks = glossarySource
    ? yamlTextBlocks(GLOSSARY_FILE, parseDocument(glossarySource), glossarySource, undefined).filter(
        (block) => !/\.choice\./.test(`${block.path}.`),
      )
    : [];
  const courseBlocks: TextBlock[] = [...chapters.flatMap(({ source }) => source.blocks), ...yamlBlocks];

  const zhChapters = new Map(
    chapters.filter(({ source }) => source.locale === locales[0]).map(({ source }) => [source.slug, source]),
  );
  const quizSlugs = new Set(paths.filter(inFolder('quizzes')).map(slugOf));
  const { exemptions, problems: exemptionProblems } = readExemptions(files.get(EXEMPTIONS_FILE));

  return {
    parsing,
    chapterLocales: checkChapterLocales(
      chapterTexts.map(({ path }) => path),
      locales,
    ),
    keyTerms: chapters.flatMap(({ source }) => checkKeyTermCoverage(source, glossary.entries)),
    glossary: glossary.problems,
    rejectedVariants: checkRejectedVariants([...courseBlocks, ...glossaryBlocks], glossary.entries),
    headingLevels: chapters.flatMap(({ source }) => checkHeadingLevels(source.file, source.headings)),
    references: [
      ...chapters.flatMap(({ source }) => checkComponentReferences(source, { chapters, quizSlugs })),
      ...paths
        .filter((path) => inFolder('quizzes')(path) || inFolder('exams')(path))
        .flatMap((path) => checkItemObjectives(path, files.get(path)!, zhChapters.get(slugOf(path)))),
    ],
    statistics: [
      ...exemptionProblems,
      ...checkStatistics([...courseBlocks, ...glossaryBlocks], exemptions, EXEMPTIONS_FILE),
    ],
    englishWording: checkEnglishWording([...courseBlocks, ...glossaryBlocks]),
  };
}
