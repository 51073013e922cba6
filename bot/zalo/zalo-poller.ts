import { backoffDelay, sleep } from "../shared-backoff.js";
import { ZaloApiError, type ZaloClient } from "./zalo-client.js";
import type { ZaloUpdate } from "./zalo-schemas.js";
import { errorMessage } from "../../errors/error-message.js";

export interface ZaloPollerOptions {
  /** Seconds the server may hold a getUpdates call. */
  pollTimeoutSeconds?: number;
  log?: (line: string) => void;
}

/**
 * Long polling loop for Zalo: getUpdates again and again; HTTP 408 means "nothing new";
 * errors are logged and retried with backoff, never thrown.
 */
export class ZaloPoller {
  private readonly abort = new AbortController();
  private loop?: Promise<void>;

  constructor(
    private readonly client: ZaloClient,
    private readonly onUpdate: (update: ZaloUpdate) => void,
    private readonly options: ZaloPollerOptions = {},
  ) {}

  start(): void {
    this.loop ??= this.run();
  }

  async stop(): Promise<void> {
    this.abort.abort();
    await this.loop;
  }

  private async run(): Promise<void> {
    const log = this.options.log ?? ((line: string) => console.error(line));
    const timeout = this.options.pollTimeoutSeconds ?? 30;
    let failures = 0;
    while (!this.abort.signal.aborted) {
      try {
        const updates = await this.client.getUpdates({ timeout }, this.abort.signal);
        failures = 0;
        for (const update of updates) this.onUpdate(update);
      } catch (error) {
        if (this.abort.signal.aborted) break;
        failures += 1;
        const retryAfter = ZaloApiError.isInstance(error) ? error.retryAfterSeconds : null;
        const delay = retryAfter !== null ? Math.min(retryAfter * 1000, 120_000) : backoffDelay(failures, 500, 30_000);
        log(`[zalo] getUpdates failed (${errorMessage(error)}); retrying in ${delay} ms`);
        await sleep(delay, this.abort.signal);
      }
    }
  }
}
