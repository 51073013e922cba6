import type { Answer, Assistant, Understanding } from "../../knowledge/answer/answer-types.js";
import { BoundedMap } from "./bounded-map.js";

/** How long a chat's previous question is used to read a follow-up. */
export const FOLLOW_UP_WINDOW_MS = 5 * 60_000;

interface Remembered {
  understanding: Understanding;
  at: number;
}

/**
 * Per chat, what the assistant understood of the last question, for a few minutes: a follow-up
 * ("còn tháng 10 thì sao?", "thế còn phối hợp?") is read against it. Telegram, Zalo, the
 * console chat and the eval runner all ask through `askInConversation`.
 */
export class ConversationMemory {
  private readonly byChat: BoundedMap<string, Remembered>;

  constructor(
    private readonly windowMs: number = FOLLOW_UP_WINDOW_MS,
    private readonly now: () => number = () => Date.now(),
    capacity = 5000,
  ) {
    this.byChat = new BoundedMap(capacity);
  }

  /** The previous question's understanding, when it is recent enough to read a follow-up against. */
  previous(chatKey: string): Understanding | null {
    const remembered = this.byChat.get(chatKey);
    if (!remembered || this.now() - remembered.at > this.windowMs) return null;
    return remembered.understanding;
  }

  remember(chatKey: string, understanding: Understanding | undefined): void {
    if (understanding) this.byChat.set(chatKey, { understanding, at: this.now() });
  }
}

/** Asks one question of a chat: with the chat's previous understanding, and remembers the new one. */
export async function askInConversation(assistant: Assistant, memory: ConversationMemory, chatKey: string, question: string): Promise<Answer> {
  const answer = await assistant.answer(question, { previous: memory.previous(chatKey) });
  memory.remember(chatKey, answer.understanding);
  return answer;
}
