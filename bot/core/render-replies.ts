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
}

/** Splits replies into platform-sized messages and attaches the sources button or hint. */
export function renderReplies(replies: OutgoingReply[], profile: PlatformProfile, texts: BotTexts): RenderedMessage[] {
  const messages: RenderedMessage[] = [];
  for (const reply of replies) {
    const body =
      reply.sourcesKey !== undefined && !profile.hasSourcesButton ? `${reply.text}\n\n${texts.sourcesHint}` : reply.text;
    const parts = splitMessage(body, profile.messageLimit);
    parts.forEach((part, index) => {
      const isLast = index === parts.length - 1;
      if (isLast && profile.hasSourcesButton && reply.sourcesKey !== undefined) {
        messages.push({ text: part, sourcesKey: reply.sourcesKey });
      } else {
        messages.push({ text: part });
      }
    });
  }
  return messages;
}
