/**
 * Per-user sliding-window limit: at most `perMinute` accepted messages in any 60 s window.
 * A refused user is told once per window (`shouldNotify`), later refusals stay silent.
 */
export type RateDecision = { allowed: true } | { allowed: false; shouldNotify: boolean; retryAfterSeconds: number };

export class RateLimiter {
  private readonly accepted = new Map<string, number[]>();
  private readonly notifiedUntil = new Map<string, number>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
    private readonly windowMilliseconds = 60_000,
  ) {}

  check(userKey: string): RateDecision {
    const time = this.now();
    const recent = (this.accepted.get(userKey) ?? []).filter((stamp) => time - stamp < this.windowMilliseconds);
    if (recent.length < this.perMinute) {
      recent.push(time);
      this.accepted.set(userKey, recent);
      return { allowed: true };
    }
    this.accepted.set(userKey, recent);
    const oldest = recent[0] ?? time;
    const retryAfterSeconds = Math.max(1, Math.ceil((oldest + this.windowMilliseconds - time) / 1000));
    const alreadyNotified = (this.notifiedUntil.get(userKey) ?? 0) > time;
    if (!alreadyNotified) this.notifiedUntil.set(userKey, oldest + this.windowMilliseconds);
    if (this.accepted.size > 10_000) this.forgetIdle(time);
    return { allowed: false, shouldNotify: !alreadyNotified, retryAfterSeconds };
  }

  private forgetIdle(time: number): void {
    for (const [key, stamps] of this.accepted) {
      if (stamps.every((stamp) => time - stamp >= this.windowMilliseconds)) this.accepted.delete(key);
    }
  }
}
