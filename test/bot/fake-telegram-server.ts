import type { ServerResponse } from "node:http";
import { FakeBotApiServer, type RawRequest } from "./fake-bot-api-server.js";
import { sendJson } from "./http-helpers.js";
import { parseMultipart } from "./multipart.js";

export interface UploadedFile {
  method: string;
  field: string;
  fileName: string;
  content: Buffer;
}

export interface RecordedCall {
  method: string;
  payload: Record<string, unknown>;
}

export const fakeBotUser = {
  id: 999,
  is_bot: true as const,
  first_name: "Trợ lý kế hoạch",
  username: "QuangTriPlanBot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
};

/**
 * A local stand-in for api.telegram.org speaking the Bot API over HTTP:
 * POST /bot<token>/<method> with a JSON body, answers {ok, result} or {ok:false, error_code, …}.
 * getUpdates long-polls until updates are pushed.
 */
export class FakeTelegramServer extends FakeBotApiServer {
  readonly calls: RecordedCall[] = [];
  /** Files uploaded with multipart/form-data (sendDocument), as received. */
  readonly files: UploadedFile[] = [];
  private readonly updates: Array<Record<string, unknown>> = [];
  private nextUpdateId = 1;
  private nextMessageId = 1000;
  private readonly failures: Array<{ method: string; body: Record<string, unknown>; status: number; raw?: string; delayMilliseconds?: number }> = [];

  constructor(private readonly token = "123:TEST") {
    super();
  }

  /** Queues an update (update_id is assigned) and wakes a pending getUpdates. */
  push(update: Record<string, unknown>): number {
    const updateId = this.nextUpdateId++;
    this.updates.push({ update_id: updateId, ...update });
    this.wakeWaiters();
    return updateId;
  }

  /** The next call of `method` fails with this HTTP status and body. */
  failNext(method: string, status: number, body: Record<string, unknown>): void {
    this.failures.push({ method, status, body });
  }

  /** The next call of `method` gets this status and raw (non-JSON) body. */
  failNextRaw(method: string, status: number, raw: string): void {
    this.failures.push({ method, status, body: {}, raw });
  }

  /** The next call of `method` is answered normally, but only after `milliseconds`. */
  delayNext(method: string, milliseconds: number): void {
    this.failures.push({ method, status: 0, body: {}, delayMilliseconds: milliseconds });
  }

  sent(method = "sendMessage"): Array<Record<string, unknown>> {
    return this.calls.filter((call) => call.method === method).map((call) => call.payload);
  }

  protected async handle(path: string, bodyText: Promise<string>, response: ServerResponse, raw: RawRequest): Promise<void> {
    const match = /^\/bot([^/]+)\/(\w+)/.exec(path);
    const text = await bodyText;
    if (!match || match[1] !== this.token) {
      sendJson(response, 401, { ok: false, error_code: 401, description: "Unauthorized" });
      return;
    }
    const method = match[2] ?? "";
    const payload = raw.contentType.startsWith("multipart/form-data")
      ? await this.readMultipart(method, raw)
      : text.length > 0
        ? (JSON.parse(text) as Record<string, unknown>)
        : {};
    this.calls.push({ method, payload });
    const failureIndex = this.failures.findIndex((failure) => failure.method === method);
    if (failureIndex >= 0) {
      const [failure] = this.failures.splice(failureIndex, 1);
      if (failure?.delayMilliseconds !== undefined) {
        await new Promise((resolve) => setTimeout(resolve, failure.delayMilliseconds));
      } else if (failure?.raw !== undefined) {
        response.writeHead(failure.status, { "content-type": "text/html" });
        response.end(failure.raw);
        return;
      } else {
        if (failure) sendJson(response, failure.status, failure.body);
        return;
      }
    }
    sendJson(response, 200, { ok: true, result: await this.result(method, payload) });
  }

  /** Fields as strings; a file part is kept in `files` and its field (or the field that says "attach://<name>") names it. */
  private async readMultipart(method: string, raw: RawRequest): Promise<Record<string, unknown>> {
    const payload: Record<string, unknown> = {};
    const uploaded = new Map<string, UploadedFile>();
    for (const part of parseMultipart(await raw.body, raw.contentType)) {
      if (part.fileName === undefined) {
        payload[part.name] = part.content.toString("utf8");
      } else {
        const file = { method, field: part.name, fileName: part.fileName, content: part.content };
        this.files.push(file);
        uploaded.set(part.name, file);
        payload[part.name] = { fileName: file.fileName, size: file.content.length };
      }
    }
    for (const [field, value] of Object.entries(payload)) {
      const attached = typeof value === "string" && value.startsWith("attach://") ? uploaded.get(value.slice("attach://".length)) : undefined;
      if (attached) {
        attached.field = field;
        payload[field] = { fileName: attached.fileName, size: attached.content.length };
      }
    }
    return payload;
  }

  private async result(method: string, payload: Record<string, unknown>): Promise<unknown> {
    switch (method) {
      case "sendDocument":
        return {
          message_id: this.nextMessageId++,
          date: Math.floor(Date.now() / 1000),
          chat: { id: Number(payload["chat_id"]), type: "private" },
          from: fakeBotUser,
          document: { file_id: `file${this.nextMessageId}`, file_unique_id: `u${this.nextMessageId}` },
          ...(typeof payload["caption"] === "string" ? { caption: payload["caption"] } : {}),
        };
      case "getMe":
        return fakeBotUser;
      case "getUpdates":
        return this.getUpdates(payload);
      case "sendMessage":
        return {
          message_id: this.nextMessageId++,
          date: Math.floor(Date.now() / 1000),
          chat: { id: payload["chat_id"], type: "private" },
          from: fakeBotUser,
          text: payload["text"],
        };
      default:
        return true;
    }
  }

  private async getUpdates(payload: Record<string, unknown>): Promise<unknown[]> {
    const offset = typeof payload["offset"] === "number" ? payload["offset"] : 0;
    for (let index = this.updates.length - 1; index >= 0; index -= 1) {
      const update = this.updates[index];
      if (update && (update["update_id"] as number) < offset) this.updates.splice(index, 1);
    }
    if (this.updates.length === 0 && typeof payload["timeout"] === "number" && payload["timeout"] > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 300);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    const limit = typeof payload["limit"] === "number" ? payload["limit"] : 100;
    return this.updates.slice(0, limit);
  }
}
