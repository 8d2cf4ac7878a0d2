import type { CustomerRecord } from '../../../../src/lib/queue/queueSimulation.ts';

/** A customer for hand-worked cases: served, in line 0, one minute of service, unless told otherwise. */
export function customer(partial: Partial<CustomerRecord> & Pick<CustomerRecord, 'id' | 'arrival'>): CustomerRecord {
  return {
    line: 0,
    serviceMinutes: 1,
    serviceStart: null,
    server: null,
    end: null,
    outcome: 'served',
    overtaken: false,
    ...partial,
  };
}
