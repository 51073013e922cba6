import type { Readable, Writable } from "node:stream";
import { readBoundedLines } from "../../io/json-lines.js";
import type { ChatCore } from "../core/chat-core.js";
import { consoleProfile, renderReplies } from "../core/render-replies.js";

/**
 * The console chat (when no bot token is set): the same chat core, one local user who is
 * also admin. Reads questions line by line (a line of any length costs at most 64 KiB; the chat
 * core then cuts it to MAX_QUESTION_CHARS); resolves when the input ends or on "/thoat".
 */
const maxLineBytes = 64 * 1024;
/** Shown before each question is typed, and when the chat ends. */
export const consolePrompt = "Bạn hỏi › ";
export const consoleGoodbye = "Tạm biệt! Gõ npm start để hỏi tiếp.";

export async function runConsoleChat(
  core: ChatCore,
  input: Readable = process.stdin,
  output: Writable = process.stdout,
): Promise<void> {
  const write = (text: string) => output.write(`${text}\n`);
  const prompt = () => output.write(consolePrompt);
  write("Trợ lý kế hoạch — chế độ dòng lệnh. Gõ câu hỏi, /help để xem lệnh, /thoat để thoát.");
  prompt();
  for await (const line of readBoundedLines(input, maxLineBytes)) {
    const text = line.text.trim();
    if (text === "/thoat" || text === "/exit") break;
    if (text !== "") {
      await core.submit({ platform: "console", chatId: "console", userId: "console", userName: "bạn", kind: "text", text }, async (replies) => {
        for (const message of renderReplies(replies, consoleProfile, core.texts)) write(`\n${message.text}\n`);
      });
    }
    prompt();
  }
  write(`\n${consoleGoodbye}`);
}
