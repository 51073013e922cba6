/**
 * A bounded map that keeps the entries used last: a reader's database does not change, so what was
 * read or searched once can be given again without asking SQLite (the same topic is searched by
 * several steps of one answer, and the same rows are read by the questions of one conversation).
 */
export class RecentCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Freezes a value read from the index and everything in it, so that a cached row cannot be changed by one caller under another. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * A `RecentCache` bounded by the size of what it keeps (each entry's weight, given when set) rather
 * than by the number of entries: the entries used longest ago leave first. An entry heavier than the
 * whole budget is not kept.
 */
export class WeightedRecentCache<K, V> {
  private readonly entries = new Map<K, { value: V; weight: number }>();
  private weight = 0;

  constructor(private readonly budget: number) {}

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: K, value: V, weight: number): void {
    const known = this.entries.get(key);
    if (known) {
      this.entries.delete(key);
      this.weight -= known.weight;
    }
    if (weight > this.budget) return;
    this.entries.set(key, { value, weight });
    this.weight += weight;
    for (const [oldest, entry] of this.entries) {
      if (this.weight <= this.budget) break;
      this.entries.delete(oldest);
      this.weight -= entry.weight;
    }
  }

  /** The summed weight of the entries kept. */
  get keptWeight(): number {
    return this.weight;
  }
}
