/** Builders of Telegram Bot API updates as Telegram sends them. */
let nextMessageId = 1;

export function user(id: number, firstName = "Lan") {
  return { id, is_bot: false, first_name: firstName, language_code: "vi" };
}

export function privateMessage(userId: number, fields: Record<string, unknown>) {
  return {
    message: {
      message_id: nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: userId, type: "private", first_name: "Lan" },
      from: user(userId),
      ...fields,
    },
  };
}

export function privateText(userId: number, text: string) {
  const entities = text.startsWith("/")
    ? [{ type: "bot_command", offset: 0, length: text.split(/\s/)[0]?.length ?? 1 }]
    : undefined;
  return privateMessage(userId, { text, ...(entities ? { entities } : {}) });
}

export function groupText(chatId: number, userId: number, text: string, extra: Record<string, unknown> = {}) {
  return {
    message: {
      message_id: nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: "supergroup", title: "Tổ chuyển đổi số" },
      from: user(userId),
      text,
      ...extra,
    },
  };
}

export function callbackQuery(userId: number, data: string) {
  return {
    callback_query: {
      id: `cb${nextMessageId++}`,
      from: user(userId),
      chat_instance: "ci1",
      data,
      message: {
        message_id: 1,
        date: Math.floor(Date.now() / 1000),
        chat: { id: userId, type: "private", first_name: "Lan" },
        text: "…",
      },
    },
  };
}
