import { GrammyError, type Api } from "grammy";
import { splitMessage } from "../core/split-message.js";
import { telegramProfile, zaloProfile } from "../core/render-replies.js";
import { ZaloApiError, type ZaloClient } from "../zalo/zalo-client.js";
import type { ChatSender } from "./digest-scheduler.js";

/** Telegram: 403 ("bot was blocked by the user", "bot was kicked") means the chat is gone for the bot. */
export function telegramSender(api: Api): ChatSender {
  return async (chatId, text) => {
    try {
      for (const part of splitMessage(text, telegramProfile.messageLimit)) {
        await api.sendMessage(chatId, part, { link_preview_options: { is_disabled: true } });
      }
      return "sent";
    } catch (error) {
      if (error instanceof GrammyError && error.error_code === 403) return "blocked";
      throw error;
    }
  };
}

/** Zalo: a 403 answer to sendMessage means the bot may no longer write to that chat. */
export function zaloSender(client: ZaloClient): ChatSender {
  return async (chatId, text) => {
    try {
      for (const part of splitMessage(text, zaloProfile.messageLimit)) await client.sendMessage({ chat_id: chatId, text: part });
      return "sent";
    } catch (error) {
      if (error instanceof ZaloApiError && (error.status === 403 || error.errorCode === 403)) return "blocked";
      throw error;
    }
  };
}
