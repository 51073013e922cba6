/** Platform-independent shapes exchanged between the chat adapters and the chat core. */
export type Platform = "telegram" | "zalo" | "console";

export interface IncomingMessage {
  platform: Platform;
  chatId: string;
  userId: string;
  userName?: string;
  /** "unsupported" for photos, stickers, files, voice…: they get a short explanation. */
  kind: "text" | "unsupported";
  /** The text with any mention of the bot already removed. */
  text?: string;
}

export interface OutgoingReply {
  text: string;
  /** Set on answers that have sources: the server-side key that opens them (see SourcesMemory). */
  sourcesKey?: string;
  /** Set on list answers: the key of the answer whose items a "📥 Excel" button exports. */
  exportKey?: string;
  /** A file to send (Telegram sendDocument); `text` is then its caption. */
  document?: { fileName: string; content: Uint8Array };
}
