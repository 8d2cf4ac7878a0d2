/**
 * The settings of a run as the reader saw them, each labelled and formatted in the page's
 * language, so the comparison with the previous run can say what changed.
 */
import type { QueueSimulatorStrings } from '../../i18n/types.ts';
import { fillTemplate } from '../text/fillTemplate.ts';
import type { NumberFormats } from '../text/numberFormats.ts';
import { factorLabel } from './factorLabel.ts';
import type { ArrivalSegment } from './offeredLoad.ts';
import type { WaitSetting } from './perceivedWait.ts';
import type { QueueConfig } from './queueConfig.ts';
import type { QueueFormats } from './queueFormats.ts';
import type { LeverView } from './sceneText.ts';

/** One setting as the reader saw it, for "what changed". */
export interface SettingShown {
  key: string;
  label: string;
  value: string;
}

type Strings = QueueSimulatorStrings;

/** A day profile in words: "1 a minute for 60 minutes; 1.8 a minute for 90 minutes; …". */
export function profileText(
  profile: readonly ArrivalSegment[],
  strings: Pick<Strings, 'profileSegment' | 'listSeparator'>,
  formats: Pick<NumberFormats, 'count' | 'decimal'>,
): string {
  return profile
    .map((segment) =>
      fillTemplate(strings.profileSegment, {
        minutes: formats.count(segment.minutes),
        rate: formats.decimal(segment.ratePerMinute),
      }),
    )
    .join(strings.listSeparator);
}

function arrivalsText(arrivals: QueueConfig['arrivals'], strings: Strings, formats: QueueFormats): string {
  if (arrivals.kind === 'poisson') return `${strings.arrivalSteady} (${formats.decimal(arrivals.ratePerMinute)})`;
  const segments = arrivals.kind === 'piecewise' ? profileText(arrivals.segments, strings, formats) : '';
  return fillTemplate(strings.arrivalProfile, { segments });
}

export function settingsShown(
  config: QueueConfig,
  setting: WaitSetting,
  presetTitle: string,
  levers: readonly Pick<LeverView, 'id' | 'label' | 'min' | 'max' | 'decidedBy' | 'defaultFactor'>[],
  strings: Strings,
  formats: QueueFormats,
): SettingShown[] {
  const { on, off } = strings.comparison;
  const { fields } = strings;
  const { service } = config;
  const shown: SettingShown[] = [
    { key: 'preset', label: strings.presetLegend, value: presetTitle },
    { key: 'arrivals', label: strings.arrivalLegend, value: arrivalsText(config.arrivals, strings, formats) },
    { key: 'servers', label: fields.servers, value: formats.count(config.servers) },
    { key: 'serviceKind', label: strings.serviceLegend, value: strings.serviceKinds[service.kind] },
    { key: 'meanService', label: fields.meanServiceMinutes, value: formats.decimal(service.meanMinutes) },
    { key: 'layout', label: strings.layoutLegend, value: strings.layouts[config.layout] },
    { key: 'balking', label: strings.balking, value: config.balking ? formats.count(config.balking.limit) : off },
    {
      key: 'reneging',
      label: strings.reneging,
      value: config.reneging ? formats.decimal(config.reneging.meanPatienceMinutes) : off,
    },
    { key: 'customers', label: fields.customers, value: formats.count(config.customers) },
    { key: 'seed', label: fields.seed, value: String(config.seed) },
    { key: 'tolerance', label: fields.toleranceMinutes, value: formats.decimal(setting.toleranceMinutes) },
  ];
  if (service.kind === 'lognormal')
    shown.push({ key: 'cv', label: fields.serviceCv, value: formats.factor(service.cv) });
  if (service.kind === 'erlang') shown.push({ key: 'k', label: fields.erlangK, value: formats.count(service.k) });
  for (const lever of levers) {
    if (lever.decidedBy === 'setting')
      shown.push({ key: `lever-${lever.id}`, label: lever.label, value: setting.active.includes(lever.id) ? on : off });
    shown.push({
      key: `factor-${lever.id}`,
      label: factorLabel(lever, strings.assumptions.factorLabel, formats),
      value: formats.factor(setting.factors?.[lever.id] ?? lever.defaultFactor),
    });
  }
  return shown;
}
