/** The run's settings: arrivals, servers, service time, line layout, walking away, giving up, size and seed. */
import { profileDay } from '../../lib/queue/offeredLoad.ts';
import { profileText } from '../../lib/queue/settingsShown.ts';
import { serviceKinds, type SimulatorForm } from '../../lib/queue/simulatorForm.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import type { NumberFormats } from '../../lib/text/numberFormats.ts';
import type { QueueSimulatorStrings } from '../../i18n/types.ts';
import { queueFields, type SimulatorField } from '../../schemas/queueFields.ts';
import { NumberField } from '../shared/NumberField.tsx';

interface Props {
  form: SimulatorForm;
  problems: Partial<Record<SimulatorField, string>>;
  strings: QueueSimulatorStrings;
  formats: NumberFormats;
  onChange: (change: Partial<SimulatorForm>) => void;
}

export function SettingsForm({ form, problems, strings, formats, onChange }: Props) {
  const field = (name: SimulatorField, hint?: string) => (
    <NumberField
      id={`queue-${name}`}
      label={strings.fields[name]}
      value={form[name]}
      problem={problems[name]}
      hint={hint}
      whole={queueFields[name].whole}
      onInput={(value) => onChange({ [name]: value })}
    />
  );
  const radio = <T extends string>(group: string, value: T, current: T, label: string, pick: (value: T) => void) => (
    <label class="option-row" key={value}>
      <input
        type="radio"
        name={`queue-${group}`}
        id={`queue-${group}-${value}`}
        value={value}
        checked={current === value}
        onChange={() => pick(value)}
      />
      {label}
    </label>
  );

  return (
    <div class="queue-settings">
      <fieldset class="queue-options">
        <legend>{strings.arrivalLegend}</legend>
        {form.profile &&
          radio(
            'arrivals',
            'profile',
            form.arrivalMode,
            fillTemplate(strings.arrivalProfile, { segments: profileText(form.profile, strings, formats) }),
            (arrivalMode) => onChange({ arrivalMode }),
          )}
        {radio('arrivals', 'steady', form.profile ? form.arrivalMode : 'steady', strings.arrivalSteady, (arrivalMode) =>
          onChange({ arrivalMode }),
        )}
      </fieldset>
      <div class="widget-form">
        {(form.arrivalMode === 'steady' || !form.profile) && field('ratePerMinute')}
        {field('servers')}
        {field('meanServiceMinutes')}
      </div>
      <fieldset class="queue-options">
        <legend>{strings.serviceLegend}</legend>
        {serviceKinds.map((kind) =>
          radio('service', kind, form.serviceKind, strings.serviceKinds[kind], (serviceKind) =>
            onChange({ serviceKind }),
          ),
        )}
      </fieldset>
      {(form.serviceKind === 'lognormal' || form.serviceKind === 'erlang') && (
        <div class="widget-form">{form.serviceKind === 'lognormal' ? field('serviceCv') : field('erlangK')}</div>
      )}
      <fieldset class="queue-options">
        <legend>{strings.layoutLegend}</legend>
        {radio('layout', 'single', form.layout, strings.layouts.single, (layout) => onChange({ layout }))}
        {radio('layout', 'perServer', form.layout, strings.layouts.perServer, (layout) => onChange({ layout }))}
      </fieldset>
      <div class="widget-form">
        <div class="queue-switch-field">
          <label class="option-row">
            <input
              type="checkbox"
              id="queue-balking"
              checked={form.balking}
              onChange={(event) => onChange({ balking: event.currentTarget.checked })}
            />
            {strings.balking}
          </label>
          {form.balking && field('balkingLimit')}
        </div>
        <div class="queue-switch-field">
          <label class="option-row">
            <input
              type="checkbox"
              id="queue-reneging"
              checked={form.reneging}
              onChange={(event) => onChange({ reneging: event.currentTarget.checked })}
            />
            {strings.reneging}
          </label>
          {form.reneging && field('meanPatienceMinutes')}
        </div>
      </div>
      <div class="widget-form">
        {field(
          'customers',
          form.arrivalMode === 'profile' && form.profile
            ? fillTemplate(strings.customersDayHint, {
                minutes: formats.count(profileDay(form.profile).minutes),
                expected: formats.count(profileDay(form.profile).expected),
              })
            : undefined,
        )}
        {field('seed', strings.seedHint)}
      </div>
    </div>
  );
}
