/**
 * The queue simulator's settings as a student types them (text fields, switches, choices) and
 * their reading into a complete run configuration, field by field, so each problem can be shown
 * beside its field. Checks the same bounds as `validateQueueConfig` without zod, which would
 * otherwise ship to every reader's browser with the widget.
 */
import { parseFormNumber } from '../text/parseFormNumber.ts';
import type { QueuePreset } from './presets.ts';
import type { LineLayout, QueueConfig, ServiceTimeModel } from './queueConfig.ts';
import { queueLimits } from './queueLimits.ts';
import type { WaitSetting } from './perceivedWait.ts';
import type { WaitLever, WaitLeverId } from './waitLevers.ts';

export type ServiceKind = ServiceTimeModel['kind'];
export const serviceKinds: readonly ServiceKind[] = ['exponential', 'deterministic', 'lognormal', 'erlang'];

/** A preset's day of busier and quieter spells, kept as data: the form offers it, not edits it. */
export type ArrivalSegment = { minutes: number; ratePerMinute: number };

export interface SimulatorForm {
  /** `profile`: the preset's time-varying day; `steady`: Poisson arrivals at `ratePerMinute`. */
  arrivalMode: 'steady' | 'profile';
  profile: readonly ArrivalSegment[] | null;
  ratePerMinute: string;
  servers: string;
  layout: LineLayout;
  serviceKind: ServiceKind;
  meanServiceMinutes: string;
  /** Spread of a lognormal service time: standard deviation ÷ mean. */
  serviceCv: string;
  /** Phases of an Erlang service time. */
  erlangK: string;
  balking: boolean;
  balkingLimit: string;
  reneging: boolean;
  meanPatienceMinutes: string;
  customers: string;
  seed: string;
}

export type SimulatorField =
  | 'ratePerMinute'
  | 'servers'
  | 'meanServiceMinutes'
  | 'serviceCv'
  | 'erlangK'
  | 'balkingLimit'
  | 'meanPatienceMinutes'
  | 'customers'
  | 'seed';

export type FieldProblem =
  | { code: 'required' }
  | { code: 'notANumber' }
  | { code: 'notWhole' }
  | { code: 'belowMin'; min: number }
  | { code: 'notAboveMin'; min: number }
  | { code: 'aboveMax'; max: number };

export type FormReading =
  { ok: true; config: QueueConfig } | { ok: false; problems: Partial<Record<SimulatorField, FieldProblem>> };

/** Points in the queue-length chart: enough for a smooth line, few enough to draw at once. */
const SERIES_POINTS = 400;

interface Bounds {
  whole: boolean;
  min: number;
  /** The minimum itself is not allowed (a rate or a duration must be above zero). */
  exclusiveMin: boolean;
  max: number;
}

const bounds: Record<SimulatorField, Bounds> = {
  ratePerMinute: {
    whole: false,
    min: queueLimits.ratePerMinute.min,
    exclusiveMin: false,
    max: queueLimits.ratePerMinute.max,
  },
  servers: { whole: true, min: queueLimits.servers.min, exclusiveMin: false, max: queueLimits.servers.max },
  meanServiceMinutes: { whole: false, min: 0, exclusiveMin: true, max: queueLimits.meanServiceMinutes.max },
  serviceCv: { whole: false, min: queueLimits.serviceCv.min, exclusiveMin: false, max: queueLimits.serviceCv.max },
  erlangK: { whole: true, min: queueLimits.erlangK.min, exclusiveMin: false, max: queueLimits.erlangK.max },
  balkingLimit: {
    whole: true,
    min: queueLimits.balkingLimit.min,
    exclusiveMin: false,
    max: queueLimits.balkingLimit.max,
  },
  meanPatienceMinutes: { whole: false, min: 0, exclusiveMin: true, max: queueLimits.meanPatienceMinutes.max },
  customers: { whole: true, min: queueLimits.customers.min, exclusiveMin: false, max: queueLimits.customers.max },
  seed: { whole: true, min: queueLimits.seed.min, exclusiveMin: false, max: queueLimits.seed.max },
};

/** The limits of a field, for a hint beside it. */
export function fieldBounds(field: SimulatorField): Readonly<Bounds> {
  return bounds[field];
}

/** Reads one field; a problem names what is wrong in terms the message can use. */
export function readField(field: SimulatorField, raw: string): { ok: true; value: number } | FieldProblemResult {
  const parsed = parseFormNumber(raw);
  if (!parsed.ok) return { ok: false, problem: { code: parsed.code } };
  const { value } = parsed;
  const limit = bounds[field];
  if (limit.whole && !Number.isInteger(value)) return { ok: false, problem: { code: 'notWhole' } };
  if (limit.exclusiveMin ? value <= limit.min : value < limit.min)
    return {
      ok: false,
      problem: limit.exclusiveMin ? { code: 'notAboveMin', min: limit.min } : { code: 'belowMin', min: limit.min },
    };
  if (value > limit.max) return { ok: false, problem: { code: 'aboveMax', max: limit.max } };
  return { ok: true, value };
}

type FieldProblemResult = { ok: false; problem: FieldProblem };

/** The fields that matter for these settings: a hidden field's leftover text never blocks a run. */
export function fieldsInUse(form: SimulatorForm): SimulatorField[] {
  const fields: SimulatorField[] = ['servers', 'meanServiceMinutes', 'customers', 'seed'];
  if (form.arrivalMode === 'steady' || !form.profile) fields.push('ratePerMinute');
  if (form.serviceKind === 'lognormal') fields.push('serviceCv');
  if (form.serviceKind === 'erlang') fields.push('erlangK');
  if (form.balking) fields.push('balkingLimit');
  if (form.reneging) fields.push('meanPatienceMinutes');
  return fields;
}

/** Turns the form into a run configuration with every value filled in, or says what to fix. */
export function readSimulatorForm(form: SimulatorForm): FormReading {
  const values: Partial<Record<SimulatorField, number>> = {};
  const problems: Partial<Record<SimulatorField, FieldProblem>> = {};
  for (const field of fieldsInUse(form)) {
    const read = readField(field, form[field]);
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

/** Customers a minute averaged over a day profile. */
export function profileMeanRate(profile: readonly ArrivalSegment[]): number {
  const minutes = profile.reduce((sum, segment) => sum + segment.minutes, 0);
  return profile.reduce((sum, segment) => sum + segment.minutes * segment.ratePerMinute, 0) / minutes;
}

/**
 * Offered load per server, ρ = λ × mean service ÷ servers, with λ averaged over a day profile. At
 * 1 or more the servers cannot keep up and the line grows for as long as the run lasts.
 */
export function formLoad(config: QueueConfig): number {
  const rate =
    config.arrivals.kind === 'poisson'
      ? config.arrivals.ratePerMinute
      : config.arrivals.kind === 'piecewise'
        ? profileMeanRate(config.arrivals.segments)
        : 0;
  return (rate * config.service.meanMinutes) / config.servers;
}

/**
 * Load per server in the busiest spell of a day profile, where it may pass 1 for a while even
 * though the day's average stays below; null for steady arrivals, whose load never changes.
 */
export function formPeakLoad(config: QueueConfig): number | null {
  if (config.arrivals.kind !== 'piecewise') return null;
  const busiest = Math.max(...config.arrivals.segments.map((segment) => segment.ratePerMinute));
  return (busiest * config.service.meanMinutes) / config.servers;
}

/** Shortest text for a number in a field (no float noise such as 0.30000000000000004). */
const asText = (value: number) => String(Number(value.toPrecision(10)));

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
    ratePerMinute: asText(Number(rate.toFixed(2))),
    servers: asText(config.servers),
    layout: config.layout ?? 'single',
    serviceKind: service.kind,
    meanServiceMinutes: asText(service.meanMinutes),
    serviceCv: asText(service.kind === 'lognormal' ? service.cv : 0.5),
    erlangK: asText(service.kind === 'erlang' ? service.k : 3),
    balking: Boolean(config.balking),
    balkingLimit: asText(config.balking?.limit ?? 10),
    reneging: Boolean(config.reneging),
    meanPatienceMinutes: asText(config.reneging?.meanPatienceMinutes ?? 10),
    customers: asText(config.customers ?? 10_000),
    seed: asText(config.seed ?? 1),
  };
}

/** The perceived-wait settings as typed: situations ticked, the wait accepted, an instructor's factors. */
export interface WaitForm {
  active: readonly WaitLeverId[];
  toleranceMinutes: string;
  factors: Record<WaitLeverId, string>;
}

export type WaitFormField = 'toleranceMinutes' | `factors.${WaitLeverId}`;

export type WaitFormReading =
  { ok: true; setting: WaitSetting } | { ok: false; problems: Partial<Record<WaitFormField, FieldProblem>> };

/** The longest wait a scene may accept, in minutes: a day. */
const MAX_TOLERANCE_MINUTES = 1440;

/**
 * What the wait settings need of a lever: the view passes levers with their words in one language
 * only, so the other language's text never ships to the reader.
 */
export type LeverBounds = Pick<WaitLever, 'id' | 'decidedBy' | 'defaultFactor' | 'min' | 'max'>;

/** The factors as the assumptions panel shows them before any edit. */
export function defaultFactorTexts(levers: readonly LeverBounds[]): Record<WaitLeverId, string> {
  return Object.fromEntries(levers.map((lever) => [lever.id, asText(lever.defaultFactor)])) as Record<
    WaitLeverId,
    string
  >;
}

export function waitFormFromPreset(preset: Pick<QueuePreset, 'wait'>, levers: readonly LeverBounds[]): WaitForm {
  return {
    active: [...preset.wait.active],
    toleranceMinutes: asText(preset.wait.toleranceMinutes),
    factors: defaultFactorTexts(levers),
  };
}

/** Reads the perceived-wait settings; each factor must lie within its lever's bounds. */
export function readWaitForm(form: WaitForm, levers: readonly LeverBounds[]): WaitFormReading {
  const problems: Partial<Record<WaitFormField, FieldProblem>> = {};
  const tolerance = parseFormNumber(form.toleranceMinutes);
  if (!tolerance.ok) problems.toleranceMinutes = { code: tolerance.code };
  else if (tolerance.value <= 0) problems.toleranceMinutes = { code: 'notAboveMin', min: 0 };
  else if (tolerance.value > MAX_TOLERANCE_MINUTES)
    problems.toleranceMinutes = { code: 'aboveMax', max: MAX_TOLERANCE_MINUTES };
  const factors: Partial<Record<WaitLeverId, number>> = {};
  for (const lever of levers) {
    const read = parseFormNumber(form.factors[lever.id] ?? '');
    const field: WaitFormField = `factors.${lever.id}`;
    if (!read.ok) problems[field] = { code: read.code };
    else if (read.value < lever.min) problems[field] = { code: 'belowMin', min: lever.min };
    else if (read.value > lever.max) problems[field] = { code: 'aboveMax', max: lever.max };
    else factors[lever.id] = read.value;
  }
  if (Object.keys(problems).length > 0 || !tolerance.ok) return { ok: false, problems };
  return {
    ok: true,
    setting: {
      active: form.active.filter((id) => levers.some((lever) => lever.id === id && lever.decidedBy === 'setting')),
      factors,
      toleranceMinutes: tolerance.value,
    },
  };
}
