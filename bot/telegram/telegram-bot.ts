import { Bot, InlineKeyboard, InputFile, type Context } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { ChatCore } from "../core/chat-core.js";
import type { IncomingMessage } from "../core/chat-types.js";
import { renderReplies, telegramProfile, type RenderedMessage } from "../core/render-replies.js";
import { retryTransformer, type RetryOptions } from "./retry-transformer.js";
import { addressedText } from "./group-addressing.js";
import { whileTyping } from "../core/while-typing.js";
import { fill } from "../core/texts.js";

export const sourcesCallbackPrefix = "nguon:";
export const exportCallbackPrefix = "xuat:";
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
  bot.api.config.use(retryTransformer({ log, ...options.retry }));

  bot.on("callback_query:data", async (context) => {
    // A button press goes through the same access policy as a message.
    const chatId = context.chat?.id ?? context.from.id;
    const access = core.accessFor("telegram", String(context.from.id), String(chatId));
    if (access !== "allowed") {
      const refusal = fill(core.texts.accessDenied, { userId: String(context.from.id) });
      await context.answerCallbackQuery(access === "explain" ? { text: refusal.slice(0, 200), show_alert: true } : undefined);
      return;
    }
    const data = context.callbackQuery.data;
    if (data.startsWith(exportCallbackPrefix)) {
      await context.answerCallbackQuery();
      const replies = await core.exportForKey(data.slice(exportCallbackPrefix.length), "telegram");
      await sendRendered(context, chatId, renderReplies(replies, telegramProfile, core.texts), undefined, buttonLabels(core));
      return;
    }
    if (!data.startsWith(sourcesCallbackPrefix)) {
      await context.answerCallbackQuery();
      return;
    }
    const text = core.sourcesForKey(data.slice(sourcesCallbackPrefix.length));
    await context.answerCallbackQuery();
    await sendRendered(context, chatId, renderReplies([{ text }], telegramProfile, core.texts), undefined, buttonLabels(core));
  });

  bot.on("message", async (context) => {
    const incoming = toIncoming(context);
    if (!incoming) return;
    const chatId = context.chat.id;
    const replyTo = context.chat.type === "private" ? undefined : context.message.message_id;
    void core.submit(
      incoming,
      async (replies) => sendRendered(context, chatId, renderReplies(replies, telegramProfile, core.texts), replyTo, buttonLabels(core)),
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

const buttonLabels = (core: ChatCore) => ({ sources: core.texts.sourcesButton, export: core.staffTexts.exportButton });

/** The "📄 Nguồn" and "📥 Excel" buttons of a message, when it has either. */
function keyboardOf(message: RenderedMessage, labels: { sources: string; export: string }): InlineKeyboard | undefined {
  if (message.sourcesKey === undefined && message.exportKey === undefined) return undefined;
  const keyboard = new InlineKeyboard();
  if (message.sourcesKey !== undefined) keyboard.text(labels.sources, `${sourcesCallbackPrefix}${message.sourcesKey}`);
  if (message.exportKey !== undefined) keyboard.text(labels.export, `${exportCallbackPrefix}${message.exportKey}`);
  return keyboard;
}

async function sendRendered(
  context: Context,
  chatId: number,
  messages: RenderedMessage[],
  replyTo: number | undefined,
  labels: { sources: string; export: string },
): Promise<void> {
  for (const [index, message] of messages.entries()) {
    if (message.document) {
      await context.api.sendDocument(chatId, new InputFile(message.document.content, message.document.fileName), { caption: message.text });
      continue;
    }
    const keyboard = keyboardOf(message, labels);
    await context.api.sendMessage(chatId, message.text, {
      link_preview_options: { is_disabled: true },
      ...(keyboard ? { reply_markup: keyboard } : {}),
      ...(index === 0 && replyTo !== undefined
        ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } }
        : {}),
    });
  }
}

