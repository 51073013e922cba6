import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { consoleGoodbye, consolePrompt, runConsoleChat } from "../../bot/console/console-chat.js";
import { createChatCore } from "../../bot/core/create-chat-core.js";
import { createTelegramBot } from "../../bot/telegram/telegram-bot.js";
import { startTelegram } from "../../bot/telegram/telegram-runner.js";
import { FakeAssistant } from "./fake-assistant.js";
import { FakeTelegramServer } from "./fake-telegram-server.js";
import { waitUntil } from "./http-helpers.js";
import { privateText } from "./telegram-updates.js";

const openAccess = { mode: "open" as const, allowedUserIds: [], allowedChatIds: [], adminUserIds: [] };

describe("console chat", () => {
  it("answers questions and commands through the same core, the local user being admin", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "bot-console-"));
    const assistant = new FakeAssistant();
    const core = await createChatCore({ access: { ...openAccess, mode: "allowlist" }, rateLimitPerMinute: 30, maxQuestionChars: 1000, dataDir }, assistant);
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = "";
    output.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
    const running = runConsoleChat(core, input, output);
    input.end("Ai chủ trì?\n/nguon\n/thongke\n");
    await running;
    await core.drain();
    expect(printed).toContain("Sở Khoa học và Công nghệ chủ trì: Ai chủ trì?");
    expect(printed).toContain("Gõ /nguon");
    expect(printed).toContain("«Xây dựng nền tảng dữ liệu dùng chung");
    expect(printed).toContain("Thống kê sử dụng");
    // A prompt before each question (four: the start and after each of the three lines), and a goodbye when input ends.
    expect(printed.split(consolePrompt)).toHaveLength(5);
    expect(printed.trimEnd().endsWith(consoleGoodbye)).toBe(true);
    await rm(dataDir, { recursive: true, force: true });
  });
});

describe("shutdown", () => {
  it("stops receiving, then still delivers the reply in flight", async () => {
    const server = new FakeTelegramServer("123:TEST");
    await server.start();
    const dataDir = await mkdtemp(join(tmpdir(), "bot-shutdown-"));
    const assistant = new FakeAssistant();
    assistant.delayMilliseconds = 250;
    const log = () => undefined;
    const core = await createChatCore({ access: openAccess, rateLimitPerMinute: 30, maxQuestionChars: 1000, dataDir }, assistant, { log });
    const runner = await startTelegram(createTelegramBot(core, { token: "123:TEST", apiRoot: server.apiRoot, log }), undefined, undefined, log);
    server.push(privateText(77, "Câu hỏi chậm?"));
    await waitUntil(() => assistant.questions.length === 1);
    await runner.stop();
    expect(server.sent()).toHaveLength(0);
    await core.drain();
    expect(String(server.sent()[0]?.["text"])).toContain("Câu hỏi chậm?");
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  });
});
