/**
 * Which closed form, if any, describes a simulator setting, and what it predicts. A formula is
 * offered only where it is exact for the setting in the long run: Poisson arrivals; one line (or
 * one server); nobody giving up; and either everyone waits (M/M/c, or M/G/1 with one server) or
 * nobody may wait at all (balking at 0: Erlang B, exact for any service times). Other settings
 * (a lunch-rush profile, appointments, impatient customers, several servers with non-exponential
 * service, a line per server) have no exact formula, and the view says so rather than showing a
 * number that only looks authoritative.
 */
import type { QueueConfig, ServiceTimeModel } from '../queue/queueConfig.ts';
import { erlangB } from './erlang.ts';
import { mg1, mmc, type SteadyState } from './steadyState.ts';

export type ClosedForm =
  | { kind: 'waiting'; model: 'M/M/c' | 'M/M/1' | 'M/D/1' | 'M/G/1'; arrivalRate: number; result: SteadyState }
  | { kind: 'loss'; model: 'M/G/c/c'; arrivalRate: number; blockedShare: number; utilisation: number }
  | { kind: 'unstable'; utilisation: number }
  | { kind: 'none'; reason: 'arrivals' | 'impatience' | 'lines' | 'service' };

/** The service time's coefficient of variation: standard deviation ÷ mean. */
export function serviceCv(service: ServiceTimeModel): number {
  switch (service.kind) {
    case 'exponential':
      return 1;
    case 'deterministic':
      return 0;
    case 'lognormal':
      return service.cv;
    case 'erlang':
      return 1 / Math.sqrt(service.k);
  }
}

export function closedFormFor(config: QueueConfig): ClosedForm {
  const { arrivals, service, servers } = config;
  if (arrivals.kind !== 'poisson') return { kind: 'none', reason: 'arrivals' };
  if (config.reneging) return { kind: 'none', reason: 'impatience' };
  const arrivalRate = arrivals.ratePerMinute;
  const offered = arrivalRate * service.meanMinutes;
  if (config.balking?.limit === 0) {
    const blockedShare = erlangB(servers, offered);
    return {
      kind: 'loss',
      model: 'M/G/c/c',
      arrivalRate,
      blockedShare,
      utilisation: (offered * (1 - blockedShare)) / servers,
    };
  }
  if (config.balking) return { kind: 'none', reason: 'impatience' };
  if (servers > 1 && config.layout === 'perServer') return { kind: 'none', reason: 'lines' };
  if (offered >= servers) return { kind: 'unstable', utilisation: offered / servers };
  if (service.kind === 'exponential') {
    const result = mmc(servers, arrivalRate, service.meanMinutes)!;
    return { kind: 'waiting', model: servers === 1 ? 'M/M/1' : 'M/M/c', arrivalRate, result };
  }
  if (servers > 1) return { kind: 'none', reason: 'service' };
  const result = mg1(arrivalRate, service.meanMinutes, serviceCv(service))!;
  return { kind: 'waiting', model: service.kind === 'deterministic' ? 'M/D/1' : 'M/G/1', arrivalRate, result };
}
