import type { ServerResponse } from "node:http";
import { FakeBotApiServer } from "./fake-bot-api-server.js";
import type { RecordedCall } from "./fake-telegram-server.js";
import { sendJson } from "./http-helpers.js";

export const fakeZaloBot = { id: "zbot1", account_name: "bot.QuangTri", account_type: "BASIC", display_name: "Trợ lý", can_join_groups: true };

/**
 * A local stand-in for bot-api.zaloplatforms.com: POST /bot<token>/<method> with JSON,
 * answers {ok, result}. getUpdates hands out one update per call and answers HTTP 408
 * ("Request timeout") when nothing arrives during the long poll.
 */
export class FakeZaloServer extends FakeBotApiServer {
  readonly calls: RecordedCall[] = [];
  pollTimeouts = 0;
  private readonly updates: unknown[] = [];
  private readonly failures: Array<{ method: string; body: unknown; status: number; raw?: string; delayMilliseconds?: number }> = [];
  private nextMessageId = 1;

  constructor(private readonly token = "zalo-token") {
    super();
  }

  push(update: unknown): void {
    this.updates.push(update);
    this.wakeWaiters();
  }

  failNext(method: string, status: number, body: unknown): void {
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

  protected async handle(path: string, bodyText: Promise<string>, response: ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(path);
    const text = await bodyText;
    if (!match || match[1] !== this.token) {
      sendJson(response, 401, { ok: false, error_code: 401, description: "Unauthorized" });
      return;
    }
    const method = match[2] ?? "";
    const payload = text ? (JSON.parse(text) as Record<string, unknown>) : {};
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
    switch (method) {
      case "getMe":
        return sendJson(response, 200, { ok: true, result: fakeZaloBot });
      case "getUpdates":
        return this.getUpdates(response);
      case "sendMessage":
        return sendJson(response, 200, { ok: true, result: { message_id: `sent${this.nextMessageId++}`, date: Date.now() } });
      case "getWebhookInfo":
        return sendJson(response, 200, { ok: true, result: { url: "", updated_at: 0 } });
      default:
        return sendJson(response, 200, { ok: true, result: true });
    }
  }

  private async getUpdates(response: ServerResponse): Promise<void> {
    if (this.updates.length === 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 150);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    const update = this.updates.shift();
    if (update === undefined) {
      this.pollTimeouts += 1;
      sendJson(response, 408, { ok: false, error_code: 408, description: "Request timeout" });
      return;
    }
    sendJson(response, 200, { ok: true, result: update });
  }
}

let nextZaloMessageId = 1;

export function zaloText(userId: string, text: string, chat: { id?: string; chat_type?: string } = {}) {
  return {
    event_name: "message.text.received",
    message: {
      message_id: `m${nextZaloMessageId++}`,
      from: { id: userId, display_name: "Minh", is_bot: false },
      chat: { id: chat.id ?? userId, chat_type: chat.chat_type ?? "PRIVATE" },
      date: Date.now(),
      text,
    },
  };
}

export function zaloSticker(userId: string) {
  return {
    event_name: "message.sticker.received",
    message: {
      message_id: `m${nextZaloMessageId++}`,
      from: { id: userId, display_name: "Minh", is_bot: false },
      chat: { id: userId, chat_type: "PRIVATE" },
      date: Date.now(),
      sticker: "bfe458bf64fa8da4d4eb",
    },
  };
}
