/**
 * A written exam item as the review queue shows it when it falls due: the practice view in review
 * mode, with its numbers formatted for the page's language. The review page loads it only when a
 * written item is due.
 */
import type { ComponentProps } from 'preact';
import { examFormats } from './examFormats.ts';
import { WrittenItem } from './WrittenItem.tsx';

type Props = Omit<ComponentProps<typeof WrittenItem>, 'formats' | 'mode' | 'draft' | 'headingLevel'> & {
  languageTag: string;
};

export function ReviewWritten({ languageTag, ...props }: Props) {
  return <WrittenItem {...props} headingLevel={2} mode="review" draft={undefined} formats={examFormats(languageTag)} />;
}
