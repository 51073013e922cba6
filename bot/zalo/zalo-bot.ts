import type { ChatCore } from "../core/chat-core.js";
import type { IncomingMessage } from "../core/chat-types.js";
import { BoundedMap } from "../core/bounded-map.js";
import { renderReplies, zaloProfile } from "../core/render-replies.js";
import { backoffDelay, sleep } from "../shared-backoff.js";
import { ZaloApiError, type ZaloClient } from "./zalo-client.js";
import { textEventName, type ZaloUpdate } from "./zalo-schemas.js";
import { whileTyping } from "../core/while-typing.js";
import { errorMessage } from "../../errors/error-message.js";

const maxSendAttempts = 5;

export interface ZaloBotOptions {
  /** Name people use to mention the bot in a group ("@Trợ lý"); from getMe when not given. */
  mentionName?: string;
  log?: (line: string) => void;
  retryBaseMilliseconds?: number;
  /** Longer `retry_after` waits than this are not waited out: the reply is given up, with a log line. */
  maxRetryAfterSeconds?: number;
}

/**
 * Turns Zalo updates into chat-core messages and sends the replies (2000 characters per
 * message; sources as the /nguon follow-up since Zalo has no inline buttons). The same
 * message delivered twice (webhook retries) is answered once.
 */
export class ZaloBot {
  private readonly seen = new BoundedMap<string, true>(5000);
  private readonly log: (line: string) => void;

  constructor(
    private readonly client: ZaloClient,
    private readonly core: ChatCore,
    private readonly options: ZaloBotOptions = {},
  ) {
    this.log = options.log ?? ((line) => console.error(line));
  }

  /** Accepts one update; never throws. */
  handleUpdate(update: ZaloUpdate): void {
    const message = update.message;
    if (!message || !update.event_name.startsWith("message.")) return;
    const dedupeKey = `${message.chat.id}:${message.message_id}`;
    if (this.seen.has(dedupeKey)) return;
    this.seen.set(dedupeKey, true);
    const incoming = this.toIncoming(update);
    if (!incoming) return;
    const chatId = message.chat.id;
    void this.core.submit(
      incoming,
      async (replies) => {
        for (const rendered of renderReplies(replies, zaloProfile, this.core.texts)) {
          await this.send(chatId, rendered.text);
        }
      },
      (work) => whileTyping(() => this.client.sendChatAction({ chat_id: chatId, action: "typing" }), work),
    );
  }

  private toIncoming(update: ZaloUpdate): IncomingMessage | null {
    const message = update.message;
    if (!message) return null;
    const isGroup = (message.chat.chat_type ?? "PRIVATE").toUpperCase() === "GROUP";
    const base = {
      platform: "zalo" as const,
      chatId: message.chat.id,
      userId: message.from.id,
      ...(message.from.display_name ? { userName: message.from.display_name } : {}),
    };
    if (update.event_name === textEventName && typeof message.text === "string") {
      const text = isGroup ? this.addressedInGroup(message.text) : message.text;
      return text === null ? null : { ...base, kind: "text", text };
    }
    return isGroup ? null : { ...base, kind: "unsupported" };
  }

  /** In groups: commands and messages that mention the bot; the mention is removed. */
  private addressedInGroup(text: string): string | null {
    const trimmed = text.trim();
    if (trimmed.startsWith("/")) return trimmed;
    const name = this.options.mentionName;
    if (!name) return null;
    const mention = `@${name}`;
    const index = trimmed.toLowerCase().indexOf(mention.toLowerCase());
    if (index < 0) return null;
    return (trimmed.slice(0, index) + trimmed.slice(index + mention.length)).replace(/\s+/g, " ").replace(/^[\s,:]+/, "").trim();
  }

  /**
   * Sends one message, retrying what cannot deliver it twice: 429 (after `retry_after`, up to
   * the cap), 5xx, an unreachable server, an answer that is not Zalo's JSON. A send that timed
   * out after it left is not repeated (Zalo may have delivered it; its API has no idempotency key).
   */
  private async send(chatId: string, text: string): Promise<void> {
    const maxRetryAfterSeconds = this.options.maxRetryAfterSeconds ?? 120;
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.client.sendMessage({ chat_id: chatId, text });
        return;
      } catch (error) {
        if (!ZaloApiError.isInstance(error) || !error.retryable) throw error;
        if (attempt >= maxSendAttempts) {
          this.log(`[zalo] sendMessage to ${chatId} given up after ${attempt} attempts: ${errorMessage(error)}`);
          throw error;
        }
        const retryAfter = error.retryAfterSeconds;
        if (retryAfter !== null && retryAfter > maxRetryAfterSeconds) {
          this.log(`[zalo] sendMessage to ${chatId} given up: Zalo asks to wait ${retryAfter} s, more than the ${maxRetryAfterSeconds} s cap`);
          throw error;
        }
        const delay = retryAfter !== null ? retryAfter * 1000 : backoffDelay(attempt, this.options.retryBaseMilliseconds ?? 500);
        this.log(`[zalo] sendMessage failed (attempt ${attempt}/${maxSendAttempts}), retrying in ${delay} ms: ${errorMessage(error)}`);
        await sleep(delay);
      }
    }
  }
}
