/**
 * Who is waiting right now, by arrival order, in a Fenwick (binary indexed) tree: counts how many
 * customers who arrived before a given one are still waiting, in O(log n). The engine uses it to
 * count overtakes exactly.
 */
export class WaitingRoster {
  private readonly tree: Int32Array;

  constructor(capacity: number) {
    this.tree = new Int32Array(capacity + 1);
  }

  add(customer: number): void {
    this.change(customer, 1);
  }

  remove(customer: number): void {
    this.change(customer, -1);
  }

  /** How many waiting customers arrived before `customer` (have a smaller index). */
  waitingBefore(customer: number): number {
    let count = 0;
    for (let i = customer; i > 0; i -= i & -i) count += this.tree[i]!;
    return count;
  }

  private change(customer: number, delta: number): void {
    // Index i + 1 stores customer i: a Fenwick tree is 1-based.
    for (let i = customer + 1; i < this.tree.length; i += i & -i) this.tree[i]! += delta;
  }
}
