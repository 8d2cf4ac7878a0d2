/**
 * The queue simulator's settings as a student types them (text fields, switches, choices) and
 * their reading into a complete run configuration, field by field, so each problem can be shown
 * beside its field. Every number is read by readField with its field from
 * src/schemas/queueFields.ts, whose schemas the engine's configuration schema uses as well.
 */
import type { FieldProblem } from '../form/fieldProblem.ts';
import { fieldText } from '../form/fieldText.ts';
import { readField } from '../form/readField.ts';
import { leverFactorField, queueFields, type SimulatorField } from '../../schemas/queueFields.ts';
import { profileMeanRate, type ArrivalSegment } from './offeredLoad.ts';
import type { QueuePreset } from './presets.ts';
import type { LineLayout, QueueConfig, ServiceTimeModel } from './queueConfig.ts';
import type { WaitSetting } from './perceivedWait.ts';
import type { WaitLever, WaitLeverId } from './waitLevers.ts';

export type { SimulatorField };

export type ServiceKind = ServiceTimeModel['kind'];
export const serviceKinds: readonly ServiceKind[] = ['exponential', 'deterministic', 'lognormal', 'erlang'];

export interface SimulatorForm {
  /** `profile`: the preset's time-varying day; `steady`: Poisson arrivals at `ratePerMinute`. */
  arrivalMode: 'steady' | 'profile';
  /** A preset's day of busier and quieter spells, kept as data: the form offers it, not edits it. */
  profile: readonly ArrivalSegment[] | null;
  ratePerMinute: string;
  servers: string;
  layout: LineLayout;
  serviceKind: ServiceKind;
  meanServiceMinutes: string;
  serviceCv: string;
  erlangK: string;
  balking: boolean;
  balkingLimit: string;
  reneging: boolean;
  meanPatienceMinutes: string;
  customers: string;
  seed: string;
}

export type FormReading =
  { ok: true; config: QueueConfig } | { ok: false; problems: Partial<Record<SimulatorField, FieldProblem>> };

/** Points in the queue-length chart: enough for a smooth line, few enough to draw at once. */
const SERIES_POINTS = 400;

/**
 * The fields that matter for these settings, in the order the form shows them: a hidden field's
 * leftover text never blocks a run.
 */
export function fieldsInUse(form: SimulatorForm): SimulatorField[] {
  const fields: SimulatorField[] = [];
  if (form.arrivalMode === 'steady' || !form.profile) fields.push('ratePerMinute');
  fields.push('servers', 'meanServiceMinutes');
  if (form.serviceKind === 'lognormal') fields.push('serviceCv');
  if (form.serviceKind === 'erlang') fields.push('erlangK');
  if (form.balking) fields.push('balkingLimit');
  if (form.reneging) fields.push('meanPatienceMinutes');
  fields.push('customers', 'seed');
  return fields;
}

/** Turns the form into a run configuration with every value filled in, or says what to fix. */
export function readSimulatorForm(form: SimulatorForm): FormReading {
  const values: Partial<Record<SimulatorField, number>> = {};
  const problems: Partial<Record<SimulatorField, FieldProblem>> = {};
  for (const field of fieldsInUse(form)) {
    const read = readField(queueFields[field], form[field]);
    if (read.ok) values[field] = read.value;
    else problems[field] = read.problem;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const value = (field: SimulatorField) => values[field]!;
  const meanMinutes = value('meanServiceMinutes');
  const service: ServiceTimeModel =
    form.serviceKind === 'lognormal'
      ? { kind: 'lognormal', meanMinutes, cv: value('serviceCv') }
      : form.serviceKind === 'erlang'
        ? { kind: 'erlang', meanMinutes, k: value('erlangK') }
        : { kind: form.serviceKind, meanMinutes };
  const useProfile = form.arrivalMode === 'profile' && form.profile !== null;
  return {
    ok: true,
    config: {
      servers: value('servers'),
      layout: form.layout,
      arrivals: useProfile
        ? { kind: 'piecewise', segments: form.profile!.map((segment) => ({ ...segment })), repeat: false }
        : { kind: 'poisson', ratePerMinute: value('ratePerMinute') },
      service,
      balking: form.balking ? { limit: value('balkingLimit') } : null,
      reneging: form.reneging ? { meanPatienceMinutes: value('meanPatienceMinutes') } : null,
      customers: value('customers'),
      seed: value('seed'),
      seriesPoints: SERIES_POINTS,
    },
  };
}

/** A field's value as the student would type it. */
const asText = (field: SimulatorField | 'toleranceMinutes', value: number) => fieldText(queueFields[field], value);

/** The form showing a preset exactly; switches left off keep sensible values ready to switch on. */
export function formFromPreset(preset: Pick<QueuePreset, 'config'>): SimulatorForm {
  const { config } = preset;
  const profile = config.arrivals.kind === 'piecewise' ? config.arrivals.segments.map((s) => ({ ...s })) : null;
  const rate =
    config.arrivals.kind === 'poisson' ? config.arrivals.ratePerMinute : profile ? profileMeanRate(profile) : 1;
  const { service } = config;
  return {
    arrivalMode: profile ? 'profile' : 'steady',
    profile,
    ratePerMinute: asText('ratePerMinute', Number(rate.toFixed(2))),
    servers: asText('servers', config.servers),
    layout: config.layout ?? 'single',
    serviceKind: service.kind,
    meanServiceMinutes: asText('meanServiceMinutes', service.meanMinutes),
    serviceCv: asText('serviceCv', service.kind === 'lognormal' ? service.cv : 0.5),
    erlangK: asText('erlangK', service.kind === 'erlang' ? service.k : 3),
    balking: Boolean(config.balking),
    balkingLimit: asText('balkingLimit', config.balking?.limit ?? 10),
    reneging: Boolean(config.reneging),
    meanPatienceMinutes: asText('meanPatienceMinutes', config.reneging?.meanPatienceMinutes ?? 10),
    customers: asText('customers', config.customers ?? 10_000),
    seed: asText('seed', config.seed ?? 1),
  };
}

/** The perceived-wait settings as typed: situations ticked, the wait accepted, an instructor's factors. */
export interface WaitForm {
  active: readonly WaitLeverId[];
  toleranceMinutes: string;
  factors: Record<WaitLeverId, string>;
}

export interface WaitFormProblems {
  toleranceMinutes?: FieldProblem;
  factors: Partial<Record<WaitLeverId, FieldProblem>>;
}

export type WaitFormReading = { ok: true; setting: WaitSetting } | { ok: false; problems: WaitFormProblems };

/**
 * What the wait settings need of a lever: the view passes levers with their words in one language
 * only, so the other language's text never ships to the reader.
 */
export type LeverBounds = Pick<WaitLever, 'id' | 'decidedBy' | 'defaultFactor' | 'min' | 'max'>;

/** The factors as the assumptions panel shows them before any edit. */
export function defaultFactorTexts(levers: readonly LeverBounds[]): Record<WaitLeverId, string> {
  return Object.fromEntries(
    levers.map((lever) => [lever.id, fieldText(leverFactorField(lever), lever.defaultFactor)]),
  ) as Record<WaitLeverId, string>;
}

export function waitFormFromPreset(preset: Pick<QueuePreset, 'wait'>, levers: readonly LeverBounds[]): WaitForm {
  return {
    active: [...preset.wait.active],
    toleranceMinutes: asText('toleranceMinutes', preset.wait.toleranceMinutes),
    factors: defaultFactorTexts(levers),
  };
}

/** Reads the perceived-wait settings; each factor must lie within its lever's bounds. */
export function readWaitForm(form: WaitForm, levers: readonly LeverBounds[]): WaitFormReading {
  const problems: WaitFormProblems = { factors: {} };
  const tolerance = readField(queueFields.toleranceMinutes, form.toleranceMinutes);
  if (!tolerance.ok) problems.toleranceMinutes = tolerance.problem;
  const factors: Partial<Record<WaitLeverId, number>> = {};
  for (const lever of levers) {
    const read = readField(leverFactorField(lever), form.factors[lever.id] ?? '');
    if (read.ok) factors[lever.id] = read.value;
    else problems.factors[lever.id] = read.problem;
  }
  if (!tolerance.ok || Object.keys(problems.factors).length > 0) return { ok: false, problems };
  return {
    ok: true,
    setting: {
      active: form.active.filter((id) => levers.some((lever) => lever.id === id && lever.decidedBy === 'setting')),
      factors,
      toleranceMinutes: tolerance.value,
    },
  };
}
