import type { OutgoingReply } from "./chat-types.js";
import { splitMessage } from "./split-message.js";
import type { BotTexts } from "./texts.js";

export interface PlatformProfile {
  /** Longest message the platform accepts, in characters. */
  messageLimit: number;
  /** True when the platform has inline buttons (Telegram); otherwise a "/nguon" hint is added. */
  hasSourcesButton: boolean;
}

export const telegramProfile: PlatformProfile = { messageLimit: 4096, hasSourcesButton: true };
export const zaloProfile: PlatformProfile = { messageLimit: 2000, hasSourcesButton: false };
export const consoleProfile: PlatformProfile = { messageLimit: 100_000, hasSourcesButton: false };

export interface RenderedMessage {
  text: string;
  /** On the last part of an answer with sources, when the platform has buttons. */
  sourcesKey?: string;
  /** On the last part of a list answer, when the platform has buttons: the "📥 Excel" button. */
  exportKey?: string;
  /** A file with `text` as its caption. */
  document?: { fileName: string; content: Uint8Array };
}

/** Splits replies into platform-sized messages and attaches the sources button or hint. */
export function renderReplies(replies: OutgoingReply[], profile: PlatformProfile, texts: BotTexts): RenderedMessage[] {
  const messages: RenderedMessage[] = [];
  for (const reply of replies) {
    if (reply.document) {
      messages.push({ text: reply.text, document: reply.document });
      continue;
    }
    const body =
      reply.sourcesKey !== undefined && !profile.hasSourcesButton ? `${reply.text}\n\n${texts.sourcesHint}` : reply.text;
    const parts = splitMessage(body, profile.messageLimit);
    parts.forEach((part, index) => {
      const isLast = index === parts.length - 1;
      const buttons = {
        ...(reply.sourcesKey !== undefined ? { sourcesKey: reply.sourcesKey } : {}),
        ...(reply.exportKey !== undefined ? { exportKey: reply.exportKey } : {}),
      };
      messages.push(isLast && profile.hasSourcesButton ? { text: part, ...buttons } : { text: part });
    });
  }
  return messages;
}
