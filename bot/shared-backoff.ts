/** Exponential backoff with jitter: 0.5 s, 1 s, 2 s … capped at `maxMilliseconds`. */
export function backoffDelay(attempt: number, baseMilliseconds = 500, maxMilliseconds = 30_000): number {
  const exponential = Math.min(maxMilliseconds, baseMilliseconds * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential * (0.75 + Math.random() * 0.5));
}

/** The part of an AbortSignal that `sleep` needs (grammY passes its own AbortSignal type). */
export interface AbortLike {
  readonly aborted: boolean;
  addEventListener(type: "abort", listener: () => void): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

export function sleep(milliseconds: number, signal?: AbortLike): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, milliseconds);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done);
  });
}
