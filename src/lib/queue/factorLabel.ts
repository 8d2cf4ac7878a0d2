/** A lever's factor named with its bounds, as the assumptions panel, its problems and the run comparison show it. */
import type { QueueSimulatorStrings } from '../../i18n/types.ts';
import { fillTemplate } from '../text/fillTemplate.ts';
import type { NumberFormats } from '../text/numberFormats.ts';
import type { LeverView } from './sceneText.ts';
import type { WaitLeverId } from './waitLevers.ts';

type FactorTemplate = QueueSimulatorStrings['assumptions']['factorLabel'];
type LeverLabel = Pick<LeverView, 'id' | 'label' | 'min' | 'max'>;

export function factorLabel(
  lever: LeverLabel,
  template: FactorTemplate,
  formats: Pick<NumberFormats, 'decimal'>,
): string {
  return fillTemplate(template, {
    lever: lever.label,
    min: formats.decimal(lever.min),
    max: formats.decimal(lever.max),
  });
}

/** Every lever's factor label, by lever. */
export function factorLabels(
  levers: readonly LeverLabel[],
  template: FactorTemplate,
  formats: Pick<NumberFormats, 'decimal'>,
): Partial<Record<WaitLeverId, string>> {
  return Object.fromEntries(levers.map((lever) => [lever.id, factorLabel(lever, template, formats)]));
}
