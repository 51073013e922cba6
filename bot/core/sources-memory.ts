import { randomBytes } from "node:crypto";
import type { Answer } from "../../knowledge/answer/answer-types.js";
import { BoundedMap } from "./bounded-map.js";

/**
 * Remembers answers server-side: the last answer of each chat (for /nguon and /phanhoi) and
 * answers by a short random key (for the Telegram "📄 Nguồn" button, whose callback_data
 * must stay under 64 bytes).
 */
export class SourcesMemory {
  private readonly lastByChat: BoundedMap<string, Answer>;
  private readonly byKey: BoundedMap<string, Answer>;

  constructor(capacity = 5000) {
    this.lastByChat = new BoundedMap(capacity);
    this.byKey = new BoundedMap(capacity);
  }

  remember(chatKey: string, answer: Answer): string {
    this.lastByChat.set(chatKey, answer);
    const key = randomBytes(6).toString("base64url");
    this.byKey.set(key, answer);
    return key;
  }

  lastAnswer(chatKey: string): Answer | undefined {
    return this.lastByChat.get(chatKey);
  }

  byCallbackKey(key: string): Answer | undefined {
    return this.byKey.get(key);
  }
}
