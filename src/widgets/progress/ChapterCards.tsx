/**
 * The home page's chapter list, each card with its state on this device (not started, in
 * progress, read; the quiz's best test or practice). The server's copy, and a device with nothing
 * recorded, show the cards alone. Hydrated when scrolled to (the list is below the fold), so the
 * home page's first load carries only the main button and the progress card.
 */
import type { ChapterOutline } from '../../data/quizzes.ts';
import type { ProgressStrings } from '../../i18n/types.ts';
import { chapterProgress, type ChapterProgress } from '../../lib/progress/chapterProgress.ts';
import { chapterStarted } from '../../lib/progress/nextStep.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { numberFormats } from '../../lib/text/numberFormats.ts';
import { useStoredProgress } from './useStoredProgress.ts';

interface Card {
  label: string;
  title: string;
  summary: string;
  minutes: string;
  href: string;
}

interface Props {
  cards: Card[];
  /** The same chapters' quiz items and widgets, in the same order, for their progress. */
  chapters: ChapterOutline[];
  languageTag: string;
  strings: ProgressStrings['chapterState'];
}

function stateText(summary: ChapterProgress, strings: Props['strings'], percent: (n: number) => string): string {
  if (!chapterStarted(summary)) return strings.notStarted;
  const parts = [summary.read ? strings.read : strings.started];
  if (summary.best !== undefined) parts.push(fillTemplate(strings.quizBest, { percent: percent(summary.best) }));
  else if (summary.answered > 0)
    parts.push(fillTemplate(strings.practised, { correct: summary.correct, total: summary.items }));
  return parts.join(' · ');
}

export default function ChapterCards({ cards, chapters, languageTag, strings }: Props) {
  const { progress } = useStoredProgress();
  const summaries = chapters.map((chapter) => chapterProgress(progress, chapter));
  const started = summaries.some(chapterStarted);
  const { percent } = numberFormats(languageTag);
  return (
    <ol class="chapter-cards">
      {cards.map((card, index) => {
        const summary = started ? summaries[index] : undefined;
        return (
          <li key={card.href}>
            <a href={card.href}>
              <span class="chapter-number">{card.label}</span>
              <span class="chapter-card-title">{card.title}</span>
              <span class="chapter-card-summary">{card.summary}</span>
              <span class="chapter-card-time">{card.minutes}</span>
              {summary && <span class="chapter-card-state">{stateText(summary, strings, percent)}</span>}
            </a>
          </li>
        );
      })}
    </ol>
  );
}
