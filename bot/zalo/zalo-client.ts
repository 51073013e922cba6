import { z } from "zod";
import {
  ZaloBotInfo,
  ZaloResponse,
  ZaloSentMessage,
  ZaloUpdatesResult,
  ZaloWebhookInfo,
  type ZaloUpdate,
} from "./zalo-schemas.js";
import { AppError, type AppErrorOptions } from "../../errors/app-error.js";
import { errorMessage } from "../../errors/error-message.js";
import { failureKind, type FailureKind } from "../failure-kind.js";

const ZaloAnything = z.unknown();

/**
 * A Zalo API call failed. Like grammY's GrammyError/HttpError split, `status === null` means no
 * HTTP answer came (`failure` says why); otherwise Zalo (or something in front of it) answered.
 * `retryable` says whether sending again can help without delivering a message twice.
 */
export class ZaloApiError extends AppError {
  constructor(
    readonly method: string,
    readonly status: number | null,
    readonly errorCode: number | null,
    readonly description: string,
    options: AppErrorOptions & { failure?: FailureKind; retryAfterSeconds?: number } = {},
  ) {
    super(
      "ZALO_API",
      `Zalo ${method} failed (${status ?? "network"}${errorCode !== null ? `/${errorCode}` : ""}): ${description}` +
        (isTokenRefusal(status, errorCode) ? " — check ZALO_BOT_TOKEN." : ""),
      options,
    );
    this.failure = options.failure ?? null;
    this.retryAfterSeconds = options.retryAfterSeconds ?? null;
  }

  /** Why no usable answer came, when none did. */
  readonly failure: FailureKind | null;
  /** Seconds Zalo asked to wait (429 with parameters.retry_after). */
  readonly retryAfterSeconds: number | null;

  get retryable(): boolean {
    if (this.failure !== null) return this.failure !== "no-answer";
    const code = this.errorCode ?? this.status;
    return code === 429 || (code !== null && code >= 500);
  }

  /** HTTP 408 (or error_code 408) on getUpdates means "no update during the long poll". */
  get isPollTimeout(): boolean {
    return this.status === 408 || this.errorCode === 408;
  }
}

function isTokenRefusal(status: number | null, errorCode: number | null): boolean {
  return status === 401 || errorCode === 401 || status === 403 || errorCode === 403;
}

export interface ZaloClientOptions {
  token: string;
  apiRoot: string;
  /** Extra seconds allowed beyond a long poll's own timeout before the request is aborted. */
  requestTimeoutSeconds?: number;
  fetch?: typeof fetch;
}

/** A small typed client: POST <apiRoot>/bot<TOKEN>/<method> with a JSON body. */
export class ZaloClient {
  private readonly fetchFunction: typeof fetch;
  private readonly requestTimeoutSeconds: number;

  constructor(private readonly options: ZaloClientOptions) {
    this.fetchFunction = options.fetch ?? fetch;
    this.requestTimeoutSeconds = options.requestTimeoutSeconds ?? 15;
  }

  getMe(signal?: AbortSignal): Promise<ZaloBotInfo> {
    return this.call("getMe", {}, ZaloBotInfo, { signal });
  }

  /** Long polls for updates; a 408 (nothing new) gives an empty list. */
  async getUpdates(parameters: { timeout: number }, signal?: AbortSignal): Promise<ZaloUpdate[]> {
    try {
      return await this.call("getUpdates", { timeout: String(parameters.timeout) }, ZaloUpdatesResult, {
        signal,
        timeoutSeconds: parameters.timeout + this.requestTimeoutSeconds,
      });
    } catch (error) {
      if (error instanceof ZaloApiError && error.isPollTimeout) return [];
      throw error;
    }
  }

  sendMessage(parameters: { chat_id: string; text: string }, signal?: AbortSignal) {
    return this.call("sendMessage", parameters, ZaloSentMessage, { signal });
  }

  sendChatAction(parameters: { chat_id: string; action: "typing" }, signal?: AbortSignal) {
    return this.call("sendChatAction", parameters, ZaloAnything, { signal });
  }

  setWebhook(parameters: { url: string; secret_token: string }, signal?: AbortSignal) {
    return this.call("setWebhook", parameters, ZaloAnything, { signal });
  }

  deleteWebhook(signal?: AbortSignal) {
    return this.call("deleteWebhook", {}, ZaloAnything, { signal });
  }

  getWebhookInfo(signal?: AbortSignal) {
    return this.call("getWebhookInfo", {}, ZaloWebhookInfo, { signal });
  }

  private async call<Schema extends z.ZodType>(
    method: string,
    body: Record<string, unknown>,
    schema: Schema,
    options: { signal?: AbortSignal | undefined; timeoutSeconds?: number },
  ): Promise<z.infer<Schema>> {
    const url = `${this.options.apiRoot.replace(/\/+$/, "")}/bot${this.options.token}/${method}`;
    const timeout = AbortSignal.timeout((options.timeoutSeconds ?? this.requestTimeoutSeconds) * 1000);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    let response: Response;
    let text: string;
    try {
      response = await this.fetchFunction(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
        signal,
      });
      text = await response.text();
    } catch (error) {
      throw new ZaloApiError(method, null, null, errorMessage(error), { cause: error, failure: failureKind(error) });
    }
    const envelope = ZaloResponse.safeParse(safeJson(text));
    if (!envelope.success) {
      // Zalo always answers JSON: anything else (a proxy's page, a cut body) did not come from it.
      const failure = response.ok ? { failure: "invalid-answer" as const } : {};
      throw new ZaloApiError(method, response.status, response.ok ? null : response.status, `unexpected answer: ${text.slice(0, 200)}`, failure);
    }
    if (!response.ok || !envelope.data.ok) {
      const retryAfter = envelope.data.parameters?.retry_after;
      throw new ZaloApiError(method, response.status, envelope.data.error_code ?? null, envelope.data.description ?? "no description", {
        ...(retryAfter !== undefined ? { retryAfterSeconds: retryAfter } : {}),
      });
    }
    const result = schema.safeParse(envelope.data.result ?? null);
    if (!result.success) {
      throw new ZaloApiError(method, response.status, null, `result does not match the expected shape: ${result.error.message}`);
    }
    return result.data;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
