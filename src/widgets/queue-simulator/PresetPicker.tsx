/** The four exercises as a radio group; the chosen one's scene and question are shown beneath. */
import type { QueuePresetId } from '../../lib/queue/presets.ts';
import type { PresetView } from '../../lib/queue/sceneText.ts';
import type { QueueSimulatorStrings } from '../../i18n/types.ts';

interface Props {
  presets: readonly PresetView[];
  chosen: PresetView;
  strings: QueueSimulatorStrings;
  onChoose: (id: QueuePresetId) => void;
}

export function PresetPicker({ presets, chosen, strings, onChoose }: Props) {
  return (
    <div class="queue-preset">
      <fieldset class="queue-options">
        <legend>{strings.presetLegend}</legend>
        {presets.map((preset) => (
          <label class="option-row" key={preset.id}>
            <input
              type="radio"
              name="queue-preset"
              id={`queue-preset-${preset.id}`}
              value={preset.id}
              checked={preset.id === chosen.id}
              onChange={() => onChoose(preset.id)}
            />
            {preset.title}
          </label>
        ))}
      </fieldset>
      <p class="queue-scene">{chosen.setting}</p>
      <p class="queue-question" data-testid="queue-question">
        <strong>{strings.questionLabel}</strong>
        {chosen.question}
      </p>
    </div>
  );
}
