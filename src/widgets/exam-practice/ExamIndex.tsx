/**
 * The exam-practice index: every chapter's practice with its items counted by format and the
 * learner's latest score there (the latest answer to each item, marks added up).
 */
import type { ExamStrings, FrameStrings } from '../../i18n/types.ts';

type ChapterLabel = FrameStrings['chapter']['chapterLabel'];
import { chapterExamScore } from '../../lib/exam/examTotals.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import type { ExamFormat } from '../../schemas/exam.ts';
import { useDeviceProgress } from '../progress/useDeviceProgress.ts';
import { examFormats } from './examFormats.ts';

export interface ExamChapter {
  number: number;
  title: string;
  /** Undefined for a chapter with no items yet. */
  href: string | undefined;
  counts: { format: ExamFormat; n: number }[];
  items: { id: string; fingerprint: string; total: number }[];
}

interface Props {
  chapters: ExamChapter[];
  languageTag: string;
  strings: ExamStrings;
  chapterLabel: ChapterLabel;
}

export default function ExamIndex({ chapters, languageTag, strings, chapterLabel }: Props) {
  const progress = useDeviceProgress();
  const formats = examFormats(languageTag);
  return (
    <ul class="exam-chapters chapter-cards">
      {chapters.map((chapter) => {
        const score = chapterExamScore(chapter.items, progress.answers);
        const name = `${fillTemplate(chapterLabel, { n: chapter.number })} ${chapter.title}`;
        return (
          <li key={chapter.number} class="exam-chapter">
            <h2 class="exam-chapter-title">{chapter.href ? <a href={chapter.href}>{name}</a> : name}</h2>
            <p>
              {chapter.items.length === 0
                ? strings.noItems
                : chapter.counts
                    .filter((count) => count.n > 0)
                    .map((count) =>
                      fillTemplate(strings.formatCount, {
                        format: strings.formats[count.format],
                        n: formats.number(count.n),
                      }),
                    )
                    .join(' · ')}
            </p>
            {chapter.items.length > 0 && (
              <p>
                {fillTemplate(strings.latestScore, {
                  score:
                    score.answered === 0
                      ? strings.noScore
                      : fillTemplate(strings.chapterScore, {
                          got: formats.number(score.got),
                          total: formats.number(score.total),
                          answered: formats.number(score.answered),
                          items: formats.number(score.items),
                        }),
                })}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
