/**
 * A survey file the student chose: read in the browser (never sent anywhere), its tallies and what
 * came of it in words. Reading, checking and wording a file (src/lib/kano/surveyFile.ts,
 * surveyFileText.ts) load only when a file is chosen.
 */
import { useState } from 'preact/hooks';
import type { KanoStrings } from '../../i18n/types.ts';
import type { KanoFormats } from '../../lib/kano/kanoFormats.ts';
import type { SurveyFeature } from '../../lib/kano/kanoTally.ts';
import type { FileReport } from '../../lib/rfm/customerFileText.ts';

export interface SurveyFileState {
  reading: boolean;
  /** The file's features and respondents, when the last file chosen could be read. */
  survey: { features: SurveyFeature[]; respondents: number } | null;
  report: FileReport | null;
}

export function useSurveyFile(strings: KanoStrings, formats: KanoFormats) {
  const [state, setState] = useState<SurveyFileState>({ reading: false, survey: null, report: null });
  const choose = async (chosen: File) => {
    setState({ reading: true, survey: null, report: null });
    try {
      const [{ readSurveyFile }, { surveyFileReport }] = await Promise.all([
        import('../../lib/kano/surveyFile.ts'),
        import('../../lib/kano/surveyFileText.ts'),
      ]);
      const read = await readSurveyFile(chosen);
      setState({
        reading: false,
        survey: read.ok ? { features: read.features, respondents: read.respondents } : null,
        report: surveyFileReport(read, strings, formats),
      });
    } catch {
      // The reader's code could not be fetched (the connection dropped): the file was not read.
      setState({ reading: false, survey: null, report: { problems: [strings.fileUnreadable], rowErrors: null } });
    }
  };
  return { ...state, choose };
}
