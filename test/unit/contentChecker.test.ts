/**
 * The content checker over the real course: every chapter, quiz, scenario, exam file and the
 * glossary. Each rule is one test; a failure lists every problem as file:line: message.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCourse, EXEMPTIONS_FILE, GLOSSARY_FILE, RULES } from '../../src/lib/content-check/checkCourse.ts';
import { formatProblem, sortProblems } from '../../src/lib/content-check/contentProblem.ts';

function courseFiles(): Map<string, string> {
  const paths = [
    ...readdirSync('content/chapters').flatMap((locale) =>
      readdirSync(`content/chapters/${locale}`)
        .filter((file) => file.endsWith('.mdx'))
        .map((file) => `content/chapters/${locale}/${file}`),
    ),
    ...['quizzes', 'scenarios', 'exams'].flatMap((folder) =>
      readdirSync(`content/${folder}`)
        .filter((file) => file.endsWith('.yaml'))
        .map((file) => `content/${folder}/${file}`),
    ),
    GLOSSARY_FILE,
    ...(existsSync(EXEMPTIONS_FILE) ? [EXEMPTIONS_FILE] : []),
  ];
  return new Map(paths.map((path) => [path, readFileSync(path, 'utf8')]));
}

describe('content checker', () => {
  const problems = checkCourse(courseFiles());

  it.each(RULES)('%s: no problems', (rule) => {
    const report = sortProblems(problems[rule]).map(formatProblem);
    expect(report.length, `${report.length} problem(s):\n${report.join('\n')}\n`).toBe(0);
  });
});
