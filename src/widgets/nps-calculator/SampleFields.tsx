/**
 * One sample's input: how it is entered (three counts, or a list of scores whose part loads when
 * first chosen), and the fields of that mode with their messages beside them.
 */
import type { FormStrings, NpsStrings } from '../../i18n/types.ts';
import { npsGroups, type NpsGroup } from '../../lib/nps/npsGroups.ts';
import type { NpsFormats } from '../../lib/nps/npsFormats.ts';
import type { ScoreListReport } from '../../lib/nps/scoreListText.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { NumberField } from '../shared/NumberField.tsx';
import type { NpsSample, SampleMode } from './useNpsSample.ts';

interface Props {
  /** `nps-a` or `nps-b`: every control's id starts with it. */
  id: string;
  name: string;
  sample: NpsSample;
  /** Each count field's problem in words. */
  problems: Partial<Record<NpsGroup, string>>;
  /** The sample's message when no one is counted, or null. */
  noRespondents: string | null;
  scoreReport: ScoreListReport | null;
  strings: NpsStrings;
  formStrings: FormStrings;
  formats: NpsFormats;
  onEdit: () => void;
}

const modes: readonly SampleMode[] = ['counts', 'scores'];

export function SampleFields(props: Props) {
  const { id, name, sample, problems, noRespondents, scoreReport, strings, formStrings, formats, onEdit } = props;
  const { form, scorePart } = sample;
  const totalId = `${id}-total`;
  const { promoters, passives, detractors } = form.values;
  const total = promoters + passives + detractors;
  return (
    <fieldset class="nps-sample">
      <legend>{name}</legend>
      <fieldset class="nps-mode">
        <legend>{strings.modeLegend}</legend>
        {modes.map((mode) => (
          <label class="option-row" key={mode}>
            <input
              type="radio"
              id={`${id}-mode-${mode}`}
              name={`${id}-mode`}
              checked={sample.mode === mode}
              onChange={() => {
                sample.setMode(mode);
                onEdit();
              }}
            />
            {strings.modes[mode]}
          </label>
        ))}
      </fieldset>
      {sample.mode === 'counts' ? (
        <div class="nps-counts">
          {npsGroups.map((group) => (
            <NumberField
              key={group}
              id={`${id}-${group}`}
              label={strings.fields[group]}
              value={form.texts[group]}
              problem={problems[group]}
              crossProblemId={noRespondents ? totalId : undefined}
              whole
              onInput={(text) => {
                form.edit(group, text);
                onEdit();
              }}
            />
          ))}
          <p class={noRespondents ? 'field-problem' : 'field-hint'} id={totalId}>
            {noRespondents ? (
              <>
                <span aria-hidden="true">⚠ </span>
                {noRespondents}
              </>
            ) : (
              form.valid && fillTemplate(formats.plural(strings.respondents, total), { n: formats.count(total) })
            )}
          </p>
        </div>
      ) : scorePart.state === 'ready' && scoreReport ? (
        <scorePart.module.ScoreListField
          id={`${id}-scores`}
          text={sample.scoreText}
          report={scoreReport}
          strings={strings.scores}
          formats={formats}
          onText={(text) => {
            sample.setScoreText(text);
            onEdit();
          }}
        />
      ) : (
        <p class={scorePart.state === 'failed' ? 'field-problem' : 'widget-note'}>
          {scorePart.state === 'failed' ? formStrings.partFailed : formStrings.partLoading}
        </p>
      )}
    </fieldset>
  );
}
