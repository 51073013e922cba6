import type { Transformer } from "grammy";
import { backoffDelay, sleep } from "../shared-backoff.js";

export interface RetryOptions {
  maxAttempts?: number;
  /** Longer flood waits than this are not waited out; the error goes to the caller. */
  maxRetryAfterSeconds?: number;
  baseDelayMilliseconds?: number;
}

/**
 * A grammY API transformer that retries calls refused with 429 (waiting `retry_after`
 * seconds), 5xx answers and network errors, with exponential backoff. `getUpdates` is left
 * to grammY's own polling loop, which already retries.
 */
export function retryTransformer(options: RetryOptions = {}): Transformer {
  const maxAttempts = options.maxAttempts ?? 5;
  const maxRetryAfterSeconds = options.maxRetryAfterSeconds ?? 120;
  const baseDelay = options.baseDelayMilliseconds ?? 500;
  return async (previous, method, payload, signal) => {
    if (method === "getUpdates") return previous(method, payload, signal);
    for (let attempt = 1; ; attempt += 1) {
      const canRetry = attempt < maxAttempts && !signal?.aborted;
      let response: Awaited<ReturnType<typeof previous>>;
      try {
        response = await previous(method, payload, signal);
      } catch (error) {
        if (!canRetry) throw error;
        await sleep(backoffDelay(attempt, baseDelay), signal);
        continue;
      }
      if (response.ok || !canRetry) return response;
      const retryAfter = response.parameters?.retry_after;
      if (response.error_code === 429 && retryAfter !== undefined && retryAfter <= maxRetryAfterSeconds) {
        await sleep(retryAfter * 1000, signal);
        continue;
      }
      if (response.error_code === 429 || response.error_code >= 500) {
        await sleep(backoffDelay(attempt, baseDelay), signal);
        continue;
      }
      return response;
    }
  };
}
