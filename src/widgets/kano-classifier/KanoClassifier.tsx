/**
 * Kano classifier island: a sample survey (tallied when the site was built), the student's own
 * answers for a product of their choice, or a survey file of their own (read in the browser, never
 * sent anywhere), each feature classed by the published evaluation table and majority, with
 * Better and Worse as a table and a chart. The maths lives in src/lib/kano/; the own-answers mode,
 * the file box and the file reader load only when asked for.
 */
import { useMemo, useState } from 'preact/hooks';
import type { FormStrings, KanoStrings } from '../../i18n/types.ts';
import { featureReadings } from '../../lib/kano/featureReadings.ts';
import { kanoFormats } from '../../lib/kano/kanoFormats.ts';
import type { SurveyFeature } from '../../lib/kano/kanoTally.ts';
import { surveySummary } from '../../lib/kano/surveySummary.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { useLazyModule } from '../shared/useLazyModule.ts';
import { useTriedMark } from '../shared/useTriedMark.ts';
import { WidgetBody } from '../shared/WidgetBody.tsx';
import { BetterWorseChart } from './BetterWorseChart.tsx';
import { SurveyTable } from './SurveyTable.tsx';
import { useSurveyFile } from './useSurveyFile.ts';

interface Props {
  languageTag: string;
  strings: KanoStrings;
  formStrings: FormStrings;
  /** The chapter it is embedded in, for "exercises tried" on the progress page. */
  chapter: string;
  /** The sample survey in the page's language, tallied when the site was built. */
  sample: { about: string; features: SurveyFeature[] };
  /** The same sample as a CSV file in the page's language, a model of the format a file takes. */
  sampleCsvUrl: string;
}

const modes = ['sample', 'own', 'file'] as const;
type Mode = (typeof modes)[number];

export default function KanoClassifier({ languageTag, strings, formStrings, chapter, sample, sampleCsvUrl }: Props) {
  const formats = useMemo(() => kanoFormats(languageTag), [languageTag]);
  const [mode, setMode] = useState<Mode>('sample');
  const [ownAnnouncement, setOwnAnnouncement] = useState('');
  const file = useSurveyFile(strings, formats);
  const own = useLazyModule(() => import('./OwnAnswers.tsx'), mode === 'own');
  const picker = useLazyModule(() => import('./SurveyFilePicker.tsx'), mode === 'file');
  const [tried, triedNotSaved] = useTriedMark(chapter, 'KanoClassifier');

  const survey = mode === 'sample' ? sample : mode === 'file' ? file.survey : null;
  const readings = useMemo(() => (survey ? featureReadings(survey.features) : null), [survey]);
  const summary = readings ? surveySummary(readings, strings, formats) : [];
  const source =
    mode === 'file' && file.survey
      ? fillTemplate(strings.fileSource, {
          respondents: formats.count(file.survey.respondents),
          features: formats.count(file.survey.features.length),
        })
      : fillTemplate(strings.sampleSource, { about: sample.about });
  const announcement =
    mode === 'own'
      ? ownAnnouncement
      : [...(file.report?.problems ?? []), file.report?.rowErrors?.title ?? '', ...summary].join(' ');

  return (
    <WidgetBody
      class="kano"
      loadingText={formStrings.loading}
      notSavedText={triedNotSaved ? formStrings.triedNotSaved : undefined}
    >
      <p class="widget-intro">{strings.intro}</p>
      <fieldset class="kano-modes">
        <legend>{strings.modeLegend}</legend>
        {modes.map((value) => (
          <label class="option-row" key={value}>
            <input
              type="radio"
              name="kano-mode"
              id={`kano-mode-${value}`}
              checked={mode === value}
              onChange={() => {
                setMode(value);
                tried();
              }}
            />
            {strings.modes[value]}
          </label>
        ))}
      </fieldset>
      {mode === 'own' &&
        (own.state === 'ready' ? (
          <own.module.OwnAnswers
            strings={strings}
            formStrings={formStrings}
            formats={formats}
            announce={setOwnAnnouncement}
            onEdit={tried}
          />
        ) : (
          <p class={own.state === 'failed' ? 'field-problem' : 'widget-note'}>
            {own.state === 'failed' ? formStrings.partFailed : formStrings.partLoading}
          </p>
        ))}
      {mode === 'file' &&
        (picker.state === 'ready' ? (
          <picker.module.SurveyFilePicker
            strings={strings}
            formats={formats}
            sampleCsvUrl={sampleCsvUrl}
            reading={file.reading}
            report={file.report}
            onChoose={(chosen) => void file.choose(chosen)}
          />
        ) : (
          <p class={picker.state === 'failed' ? 'field-problem' : 'widget-note'}>
            {picker.state === 'failed' ? formStrings.partFailed : formStrings.partLoading}
          </p>
        ))}
      {mode === 'file' && !file.survey && !file.reading && !file.report && (
        <p class="widget-note">{strings.filePrompt}</p>
      )}
      {readings && (
        <>
          <p class="widget-note" data-testid="kano-source">
            {source}
          </p>
          <ul class="widget-result kano-summary" data-testid="kano-summary">
            {summary.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
          <SurveyTable readings={readings} strings={strings} formStrings={formStrings} formats={formats} />
          <p class="widget-note">{strings.rules}</p>
          <BetterWorseChart readings={readings} strings={strings} formats={formats} />
          <p class="widget-note">{strings.chartNote}</p>
        </>
      )}
      <LiveRegion message={announcement.trim()} />
    </WidgetBody>
  );
}
