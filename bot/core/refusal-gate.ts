import { BoundedMap } from "./bounded-map.js";

/**
 * Refusals are explained once, then kept silent for a while: a user who is not allowed (or an
 * attacker trying ids) gets one reply with their id, and the next messages within
 * `quietMilliseconds` get none, so a flood of 60 messages costs one reply, not 60. Memory is
 * bounded: the oldest users are forgotten first (they may then get one more explanation).
 */
export class RefusalGate {
  private readonly explainedAt: BoundedMap<string, number>;

  constructor(
    private readonly quietMilliseconds: number,
    private readonly now: () => number = Date.now,
    capacity = 10_000,
  ) {
    this.explainedAt = new BoundedMap(capacity);
  }

  /** True when this refusal should be explained; false while the user's quiet time runs. */
  shouldExplain(userKey: string): boolean {
    const time = this.now();
    const last = this.explainedAt.get(userKey);
    if (last !== undefined && time - last < this.quietMilliseconds) return false;
    this.explainedAt.set(userKey, time);
    return true;
  }
}
