/**
 * The simulation's agenda: a binary min-heap of future events ordered by time, then by kind
 * (at the same instant a departure frees its server before a newcomer looks for one), then by
 * the order they were scheduled, so that ties always resolve the same way.
 */

/** Kinds in the order they are handled when they fall at the same instant. */
export const eventKind = { departure: 0, renege: 1, arrival: 2 } as const;
export type EventKind = (typeof eventKind)[keyof typeof eventKind];

export interface QueueEvent {
  time: number;
  kind: EventKind;
  /** The customer concerned (for a departure, the one who leaves the server). */
  customer: number;
  sequence: number;
}

export class EventQueue {
  private readonly heap: QueueEvent[] = [];
  private scheduled = 0;

  get size(): number {
    return this.heap.length;
  }

  push(time: number, kind: EventKind, customer: number): void {
    const heap = this.heap;
    const event: QueueEvent = { time, kind, customer, sequence: this.scheduled++ };
    let index = heap.length;
    heap.push(event);
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!comesBefore(event, heap[parent]!)) break;
      heap[index] = heap[parent]!;
      index = parent;
    }
    heap[index] = event;
  }

  pop(): QueueEvent | undefined {
    const heap = this.heap;
    const first = heap[0];
    const last = heap.pop();
    if (first === undefined || last === undefined || heap.length === 0) return first;
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child = right < heap.length && comesBefore(heap[right]!, heap[left]!) ? right : left;
      if (!comesBefore(heap[child]!, last)) break;
      heap[index] = heap[child]!;
      index = child;
    }
    heap[index] = last;
    return first;
  }
}

function comesBefore(a: QueueEvent, b: QueueEvent): boolean {
  if (a.time !== b.time) return a.time < b.time;
  if (a.kind !== b.kind) return a.kind < b.kind;
  return a.sequence < b.sequence;
}
