/** Draws one customer's service time from the configured service-time model. */
import type { ServiceTimeModel } from './queueConfig.ts';
import type { Uniform } from './randomStreams.ts';
import { erlang, exponential, lognormal } from './randomVariates.ts';

export function drawServiceTime(model: ServiceTimeModel, uniform: Uniform): number {
  switch (model.kind) {
    case 'exponential':
      return exponential(uniform, model.meanMinutes);
    case 'deterministic':
      return model.meanMinutes;
    case 'lognormal':
      return lognormal(uniform, model.meanMinutes, model.cv);
    case 'erlang':
      return erlang(uniform, model.meanMinutes, model.k);
  }
}
