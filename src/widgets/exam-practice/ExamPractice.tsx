/**
 * A chapter's exam-format practice: its items grouped by format in paper order (名词解释, 简答,
 * 论述, 案例分析), each written, compared with the model answer, self-marked and recorded.
 */
import { useState } from 'preact/hooks';
import type { ExamStrings, StorageStrings } from '../../i18n/types.ts';
import type { ExamItemView } from '../../lib/exam/examItemView.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { PAPER_ORDER } from '../../lib/exam/paperOrder.ts';
import { StorageNotice } from '../progress/StorageNotice.tsx';
import { useDeviceProgress } from '../progress/useDeviceProgress.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { WidgetBody } from '../shared/WidgetBody.tsx';
import { examFormats } from './examFormats.ts';
import { WrittenItem } from './WrittenItem.tsx';

interface Props {
  items: ExamItemView[];
  languageTag: string;
  strings: ExamStrings;
  storageStrings: StorageStrings;
  loadingText: string;
}

export default function ExamPractice({ items, languageTag, strings, storageStrings, loadingText }: Props) {
  const progress = useDeviceProgress();
  const [announcement, setAnnouncement] = useState('');
  const formats = examFormats(languageTag);
  const sections = PAPER_ORDER.map((format) => ({
    format,
    items: items.filter((item) => item.format === format),
  })).filter((section) => section.items.length > 0);
  let n = 0;
  return (
    <WidgetBody class="exam-practice" loadingText={loadingText}>
      <StorageNotice strings={storageStrings} languageTag={languageTag} />
      {sections.map((section, index) => (
        <section key={section.format} class="exam-section" aria-labelledby={`section-${section.format}`}>
          <h2 id={`section-${section.format}`}>
            {fillTemplate(strings.sectionHeading, {
              number: strings.sectionNumbers[index] ?? String(index + 1),
              format: strings.formats[section.format],
            })}
            <span class="exam-section-marks">
              {fillTemplate(strings.sectionMarks, {
                n: formats.number(section.items.length),
                marks: formats.number(section.items.reduce((sum, item) => sum + item.total, 0)),
              })}
            </span>
          </h2>
          {section.items.map((item) => {
            n++;
            return (
              <WrittenItem
                key={item.id}
                item={item}
                label={fillTemplate(strings.itemHeading, { n })}
                attempts={progress.answers[item.id] ?? []}
                draft={progress.drafts[item.id]}
                mode="practice"
                strings={strings}
                formats={formats}
                announce={setAnnouncement}
              />
            );
          })}
        </section>
      ))}
      <LiveRegion message={announcement} />
    </WidgetBody>
  );
}
