import { Bot, InlineKeyboard, type Context } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { ChatCore } from "../core/chat-core.js";
import type { IncomingMessage } from "../core/chat-types.js";
import { renderReplies, telegramProfile, type RenderedMessage } from "../core/render-replies.js";
import { retryTransformer, type RetryOptions } from "./retry-transformer.js";
import { addressedText } from "./group-addressing.js";
import { whileTyping } from "../core/while-typing.js";

export const sourcesCallbackPrefix = "nguon:";
const mediaFields = [
  "photo",
  "sticker",
  "document",
  "voice",
  "video",
  "video_note",
  "audio",
  "animation",
  "location",
  "contact",
  "poll",
  "venue",
  "dice",
] as const;

export interface TelegramBotOptions {
  token: string;
  apiRoot: string;
  /** Skips the getMe call at start (tests). */
  botInfo?: UserFromGetMe;
  retry?: RetryOptions;
  log?: (line: string) => void;
}

/** A grammY bot wired to the chat core: messages, commands, the sources button. */
export function createTelegramBot(core: ChatCore, options: TelegramBotOptions): Bot {
  const log = options.log ?? ((line: string) => console.error(line));
  const bot = new Bot(options.token, {
    client: { apiRoot: options.apiRoot },
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
  });
  bot.api.config.use(retryTransformer(options.retry));

  bot.on("callback_query:data", async (context) => {
    const data = context.callbackQuery.data;
    if (!data.startsWith(sourcesCallbackPrefix)) {
      await context.answerCallbackQuery();
      return;
    }
    const text = core.sourcesForKey(data.slice(sourcesCallbackPrefix.length));
    await context.answerCallbackQuery();
    const chatId = context.chat?.id ?? context.from.id;
    await sendRendered(context, chatId, renderReplies([{ text }], telegramProfile, core.texts), undefined, core.texts.sourcesButton);
  });

  bot.on("message", async (context) => {
    const incoming = toIncoming(context);
    if (!incoming) return;
    const chatId = context.chat.id;
    const replyTo = context.chat.type === "private" ? undefined : context.message.message_id;
    void core.submit(
      incoming,
      async (replies) => sendRendered(context, chatId, renderReplies(replies, telegramProfile, core.texts), replyTo, core.texts.sourcesButton),
      (work) => whileTyping(() => context.api.sendChatAction(chatId, "typing"), work),
    );
  });

  bot.catch((error) => {
    log(`[telegram] update ${error.ctx?.update?.update_id ?? "?"} failed: ${error.message}`);
  });
  return bot;
}

function toIncoming(context: Context): IncomingMessage | null {
  const message = context.message;
  const from = message?.from;
  if (!message || !from || !context.chat) return null;
  const isPrivate = context.chat.type === "private";
  const base = {
    platform: "telegram" as const,
    chatId: String(context.chat.id),
    userId: String(from.id),
    userName: from.first_name,
  };
  const repliesToBot = message.reply_to_message?.from?.id === context.me.id;
  if (typeof message.text === "string") {
    const text = isPrivate ? message.text : addressedText(message.text, context.me.username, repliesToBot);
    return text === null ? null : { ...base, kind: "text", text };
  }
  const isMedia = mediaFields.some((field) => field in message);
  if (!isMedia || (!isPrivate && !repliesToBot)) return null;
  return { ...base, kind: "unsupported" };
}

async function sendRendered(
  context: Context,
  chatId: number,
  messages: RenderedMessage[],
  replyTo: number | undefined,
  buttonLabel: string,
): Promise<void> {
  for (const [index, message] of messages.entries()) {
    await context.api.sendMessage(chatId, message.text, {
      link_preview_options: { is_disabled: true },
      ...(message.sourcesKey !== undefined
        ? {
            reply_markup: new InlineKeyboard().text(buttonLabel, `${sourcesCallbackPrefix}${message.sourcesKey}`),
          }
        : {}),
      ...(index === 0 && replyTo !== undefined
        ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } }
        : {}),
    });
  }
}

