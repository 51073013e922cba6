import type { Transformer } from "grammy";
import { errorMessage } from "../../errors/error-message.js";
import { failureKind } from "../failure-kind.js";
import { backoffDelay, sleep } from "../shared-backoff.js";

export interface RetryOptions {
  maxAttempts?: number;
  /** Longer flood waits than this are not waited out; the error goes to the caller. */
  maxRetryAfterSeconds?: number;
  baseDelayMilliseconds?: number;
  log?: (line: string) => void;
}

/** Calls that deliver something to a person: repeated only when they cannot have got through. */
const deliversMessage = (method: string) => method.startsWith("send") && method !== "sendChatAction";

/**
 * A grammY API transformer that retries calls refused with 429 (waiting `retry_after` seconds,
 * up to a cap; a longer wait is given up with a log line), 5xx answers and network errors, with
 * exponential backoff. A message send whose connection broke after it left is not repeated
 * (see failure-kind.ts); an answer that is not JSON is. `getUpdates` is left to grammY's own
 * polling loop, which already retries.
 */
export function retryTransformer(options: RetryOptions = {}): Transformer {
  const maxAttempts = options.maxAttempts ?? 5;
  const maxRetryAfterSeconds = options.maxRetryAfterSeconds ?? 120;
  const baseDelay = options.baseDelayMilliseconds ?? 500;
  const log = options.log ?? ((line: string) => console.error(line));
  return async (previous, method, payload, signal) => {
    if (method === "getUpdates") return previous(method, payload, signal);
    for (let attempt = 1; ; attempt += 1) {
      const canRetry = attempt < maxAttempts && !signal?.aborted;
      let response: Awaited<ReturnType<typeof previous>>;
      try {
        response = await previous(method, payload, signal);
      } catch (error) {
        const kind = failureKind(error);
        if (kind === "no-answer" && deliversMessage(method)) {
          log(`[telegram] ${method} not repeated: the request left but no answer came (${errorMessage(error)}); it may have been delivered`);
          throw error;
        }
        if (!canRetry) {
          log(`[telegram] ${method} given up after ${attempt} attempts: ${errorMessage(error)}`);
          throw error;
        }
        await sleep(backoffDelay(attempt, baseDelay), signal);
        continue;
      }
      if (response.ok) return response;
      const retryable = response.error_code === 429 || response.error_code >= 500;
      if (!retryable) return response;
      if (!canRetry) {
        log(`[telegram] ${method} given up after ${attempt} attempts: ${response.error_code} ${response.description}`);
        return response;
      }
      const retryAfter = response.parameters?.retry_after;
      if (response.error_code === 429 && retryAfter !== undefined) {
        if (retryAfter > maxRetryAfterSeconds) {
          log(`[telegram] ${method} given up: Telegram asks to wait ${retryAfter} s, more than the ${maxRetryAfterSeconds} s cap`);
          return response;
        }
        await sleep(retryAfter * 1000, signal);
        continue;
      }
      await sleep(backoffDelay(attempt, baseDelay), signal);
    }
  };
}
