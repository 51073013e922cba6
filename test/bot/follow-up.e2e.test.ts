import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { runConsoleChat } from "../../bot/console/console-chat.js";
import { ConversationMemory } from "../../bot/core/conversation-memory.js";
import { createChatCore } from "../../bot/core/create-chat-core.js";
import type { IncomingMessage, OutgoingReply } from "../../bot/core/chat-types.js";
import { corpusAssistant } from "./corpus-assistant.js";

const openAccess = { mode: "open" as const, allowedUserIds: [], allowedChatIds: [], adminUserIds: [] };

async function coreOverCorpus() {
  const dataDir = await mkdtemp(join(tmpdir(), "bot-follow-up-"));
  const { assistant } = await corpusAssistant();
  const core = await createChatCore({ access: openAccess, rateLimitPerMinute: 60, maxQuestionChars: 1000, dataDir }, assistant, { log: () => undefined });
  return { core, dataDir };
}

function ask(core: Awaited<ReturnType<typeof coreOverCorpus>>["core"], platform: IncomingMessage["platform"], chatId: string, text: string): Promise<string> {
  let replied = "";
  const deliver = async (replies: OutgoingReply[]) => {
    replied += replies.map((reply) => reply.text).join("\n");
  };
  return core.submit({ platform, chatId, userId: `u-${chatId}`, kind: "text", text }, deliver).then(() => replied);
}

describe("follow-up questions over the shipped documents", () => {
  it("reads a follow-up against the previous question of the same chat, on Telegram and Zalo alike", async () => {
    const { core, dataDir } = await coreOverCorpus();
    for (const platform of ["telegram", "zalo"] as const) {
      const first = await ask(core, platform, "c1", "Ai chủ trì cơ sở dữ liệu nhà ở và thị trường bất động sản?");
      expect(first).toContain("chủ trì");
      const followUp = await ask(core, platform, "c1", "thế còn phối hợp?");
      expect(followUp.split("\n")[0]).toMatch(/phối hợp/iu);
      expect(followUp).toMatch(/nhà ở/iu);
      // Another chat has no previous question: the same words alone are no known question.
      const elsewhere = await ask(core, platform, "c2", "thế còn phối hợp?");
      expect(elsewhere).not.toMatch(/nhà ở/iu);
    }
    await core.drain();
    await rm(dataDir, { recursive: true, force: true, maxRetries: 5 });
  }, 150_000);

  it("answers a greeting with a greeting and an example, in the console chat", async () => {
    const { core, dataDir } = await coreOverCorpus();
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = "";
    output.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
    const running = runConsoleChat(core, input, output);
    input.end("xin chào\n");
    await running;
    await core.drain();
    expect(printed).toContain("Xin chào!");
    expect(printed).toContain("Ví dụ");
    await rm(dataDir, { recursive: true, force: true, maxRetries: 5 });
  }, 60_000);
});

describe("ConversationMemory", () => {
  it("forgets a chat's previous question after the follow-up window", () => {
    let now = 0;
    const memory = new ConversationMemory(1000, () => now);
    memory.remember("telegram:1", { question: "Ai chủ trì CSDL đất đai?", kind: "owner" });
    now = 999;
    expect(memory.previous("telegram:1")?.question).toBe("Ai chủ trì CSDL đất đai?");
    expect(memory.previous("zalo:1")).toBeNull();
    now = 1001;
    expect(memory.previous("telegram:1")).toBeNull();
  });
});
