import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Settings } from "../../config/settings.js";
import type { ChatCore } from "../../bot/core/chat-core.js";
import { createChatCore } from "../../bot/core/create-chat-core.js";
import { createTelegramBot } from "../../bot/telegram/telegram-bot.js";
import { startTelegram, type TelegramRunner } from "../../bot/telegram/telegram-runner.js";
import { FakeAssistant, longAnswer } from "./fake-assistant.js";
import { FakeTelegramServer } from "./fake-telegram-server.js";
import { waitUntil, pause } from "./http-helpers.js";
import { callbackQuery, groupText, privateMessage, privateText } from "./telegram-updates.js";

const allowedUser = 111;
const adminUser = 222;
const strangerUser = 333;
const allowedGroup = -100500;

interface Harness {
  server: FakeTelegramServer;
  assistant: FakeAssistant;
  core: ChatCore;
  runner: TelegramRunner;
  dataDir: string;
  logs: string[];
}

let harness: Harness;

async function startHarness(overrides: Partial<Pick<Settings, "rateLimitPerMinute" | "maxQuestionChars">> = {}) {
  const server = new FakeTelegramServer("123:TEST");
  await server.start();
  const dataDir = await mkdtemp(join(tmpdir(), "bot-telegram-"));
  const assistant = new FakeAssistant();
  const logs: string[] = [];
  const log = (line: string) => logs.push(line);
  const core = await createChatCore(
    {
      access: {
        mode: "allowlist",
        allowedUserIds: [String(allowedUser)],
        allowedChatIds: [`telegram:${allowedGroup}`],
        adminUserIds: [String(adminUser)],
      },
      rateLimitPerMinute: overrides.rateLimitPerMinute ?? 30,
      maxQuestionChars: overrides.maxQuestionChars ?? 1000,
      dataDir,
    },
    assistant,
    { log },
  );
  const bot = createTelegramBot(core, { token: "123:TEST", apiRoot: server.apiRoot, log, retry: { baseDelayMilliseconds: 10 } });
  const runner = await startTelegram(bot, undefined, undefined, log);
  harness = { server, assistant, core, runner, dataDir, logs };
  return harness;
}

async function stopHarness() {
  await harness.runner.stop();
  await harness.core.drain();
  await harness.server.close();
  await rm(harness.dataDir, { recursive: true, force: true });
}

const texts = () => harness.server.sent().map((payload) => String(payload["text"]));

describe("Telegram bot against a fake Bot API server", () => {
  beforeEach(async () => {
    await startHarness();
  });
  afterEach(async () => {
    await stopHarness();
  });

  it("answers a question with the answer text and a sources button", async () => {
    harness.server.push(privateText(allowedUser, "Ai chủ trì nền tảng dữ liệu dùng chung?"));
    await waitUntil(() => harness.server.sent().length >= 1, 1500, "an answer");
    const [reply] = harness.server.sent();
    expect(reply?.["chat_id"]).toBe(allowedUser);
    expect(String(reply?.["text"])).toContain("Sở Khoa học và Công nghệ chủ trì");
    const keyboard = reply?.["reply_markup"] as { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> };
    const button = keyboard.inline_keyboard[0]?.[0];
    expect(button?.text).toBe("📄 Nguồn");
    expect(Buffer.byteLength(button?.callback_data ?? "")).toBeLessThan(64);
    expect(harness.server.sent("sendChatAction").some((payload) => payload["action"] === "typing")).toBe(true);
    expect(harness.server.calls.some((call) => call.method === "deleteWebhook")).toBe(true);
  });

  it("opens the sources from the inline button", async () => {
    harness.server.push(privateText(allowedUser, "Ai chủ trì nền tảng dữ liệu?"));
    await waitUntil(() => harness.server.sent().length >= 1);
    const keyboard = harness.server.sent()[0]?.["reply_markup"] as { inline_keyboard: Array<Array<{ callback_data: string }>> };
    harness.server.push(callbackQuery(allowedUser, keyboard.inline_keyboard[0]?.[0]?.callback_data ?? ""));
    await waitUntil(() => harness.server.sent().length >= 2, 1500, "the sources");
    expect(texts()[1]).toContain("Phụ lục III, mục 5");
    expect(texts()[1]).toContain("«Xây dựng nền tảng dữ liệu dùng chung");
    expect(texts()[1]).toContain("dòng 655");
    expect(harness.server.calls.some((call) => call.method === "answerCallbackQuery")).toBe(true);
    harness.server.push(callbackQuery(allowedUser, "nguon:unknownkey"));
    await waitUntil(() => harness.server.sent().length >= 3);
    expect(texts()[2]).toContain("không còn lưu");
  });

  it("handles every command", async () => {
    const commands = ["/start", "/help", "/nguon", "/tailieu", "/han 3/2026 Sở KH&CN", "/han", "/phanhoi Thiếu cơ quan phối hợp", "/phanhoi", "/reload", "/thongke", "/khongco"];
    harness.server.push(privateText(allowedUser, "Câu hỏi đầu tiên?"));
    for (const command of commands) harness.server.push(privateText(allowedUser, command));
    await waitUntil(() => harness.server.sent().length >= commands.length + 1, 1800, "all command replies");
    const [answer, start, help, sources, documents, deadline, deadlineUsage, feedback, feedbackUsage, reload, stats, unknown] = texts();
    expect(answer).toContain("Câu hỏi đầu tiên?");
    expect(start).toContain("Xin chào Lan");
    expect(start).toContain("• ");
    expect(help).toContain("/han");
    expect(help).not.toContain("/reload");
    expect(sources).toContain("Kế hoạch 429/KH-UBND");
    expect(documents).toContain("1. Kế hoạch 429/KH-UBND — ngày 20/01/2026");
    expect(documents).toContain("2. Chương trình — năm 2026");
    expect(deadline).toContain("Việc đến hạn 3/2026 Sở KH&CN");
    expect(harness.assistant.deadlineQueries).toEqual([{ text: "3/2026 Sở KH&CN" }]);
    expect(deadlineUsage).toContain("Cách dùng: /han");
    expect(feedback).toContain("Cảm ơn");
    expect(feedbackUsage).toContain("Cách dùng: /phanhoi");
    expect(reload).toBe("Lệnh này chỉ dành cho quản trị viên.");
    expect(stats).toBe("Lệnh này chỉ dành cho quản trị viên.");
    expect(unknown).toContain("/khongco");
    const stored = (await readFile(join(harness.dataDir, "feedback.jsonl"), "utf8")).trim().split("\n");
    expect(stored).toHaveLength(1);
    const record = JSON.parse(stored[0] ?? "{}") as Record<string, unknown>;
    expect(record).toMatchObject({ feedback: "Thiếu cơ quan phối hợp", question: "/han 3/2026 Sở KH&CN", userId: String(allowedUser) });
    expect(String(record["answer"])).toContain("Việc đến hạn 3/2026");
  });

  it("runs admin commands for an admin", async () => {
    harness.server.push(privateText(adminUser, "/reload"));
    harness.server.push(privateText(adminUser, "/thongke"));
    harness.server.push(privateText(adminUser, "/help"));
    await waitUntil(() => harness.server.sent().length >= 3);
    expect(texts()[0]).toContain("5 văn bản");
    expect(harness.assistant.reloads).toBe(1);
    expect(texts()[1]).toContain("Thống kê sử dụng");
    expect(texts()[1]).toContain("Lệnh: 2");
    expect(texts()[2]).toContain("/reload");
  });

  it("splits a long answer at paragraph boundaries and puts the button on the last part", async () => {
    harness.assistant.respond = (question) => longAnswer(question, 40);
    harness.server.push(privateText(allowedUser, "Liệt kê tất cả nhiệm vụ?"));
    await waitUntil(() => harness.server.sent().length >= 4, 1500, "the parts");
    await pause(30);
    const parts = harness.server.sent();
    for (const part of parts) expect(String(part["text"]).length).toBeLessThanOrEqual(4096);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(String(part["text"])).toMatch(/^Mục \d+\./);
    expect(parts.slice(0, -1).every((part) => part["reply_markup"] === undefined)).toBe(true);
    expect(parts.at(-1)?.["reply_markup"]).toBeDefined();
    const paragraphs = parts.flatMap((part) => String(part["text"]).split("\n\n"));
    expect(paragraphs).toHaveLength(40);
  });

  it("refuses an unknown user politely in Vietnamese without asking the assistant", async () => {
    harness.server.push(privateText(strangerUser, "Ai chủ trì?"));
    await waitUntil(() => harness.server.sent().length >= 1);
    expect(texts()[0]).toContain("chưa được cấp quyền");
    expect(texts()[0]).toContain(String(strangerUser));
    expect(harness.assistant.questions).toEqual([]);
  });

  it("explains that photos and stickers are not read", async () => {
    harness.server.push(privateMessage(allowedUser, { photo: [{ file_id: "p", file_unique_id: "u", width: 1, height: 1 }] }));
    harness.server.push(privateMessage(allowedUser, { sticker: { file_id: "s", file_unique_id: "s", type: "regular", width: 1, height: 1, is_animated: false, is_video: false } }));
    await waitUntil(() => harness.server.sent().length >= 2);
    expect(texts()[0]).toContain("chỉ đọc được tin nhắn dạng chữ");
    expect(texts()[1]).toContain("chỉ đọc được tin nhắn dạng chữ");
  });

  it("in a group answers commands, mentions and replies to the bot, and ignores other talk", async () => {
    harness.server.push(groupText(allowedGroup, strangerUser, "Chào mọi người"));
    harness.server.push(groupText(allowedGroup, strangerUser, "/tailieu@OtherBot"));
    harness.server.push(groupText(allowedGroup, strangerUser, "@QuangTriPlanBot ai chủ trì DTI?"));
    harness.server.push(groupText(allowedGroup, strangerUser, "thời hạn?", { reply_to_message: { message_id: 5, date: 1, chat: { id: allowedGroup, type: "supergroup" }, from: { id: 999, is_bot: true, first_name: "Bot" }, text: "…" } }));
    harness.server.push(groupText(allowedGroup, strangerUser, "/tailieu@QuangTriPlanBot"));
    await waitUntil(() => harness.server.sent().length >= 3);
    await pause(50);
    expect(harness.server.sent()).toHaveLength(3);
    expect(harness.assistant.questions).toEqual(["ai chủ trì DTI?", "thời hạn?"]);
    expect(texts()[2]).toContain("Các văn bản");
    expect(harness.server.sent()[0]?.["reply_parameters"]).toBeDefined();
  });

  it("ignores a malformed update without crashing and keeps answering", async () => {
    harness.server.push({ message: { message_id: 1, chat: null, text: 42 } });
    harness.server.push({ something_else: { strange: true } });
    harness.server.push(privateText(allowedUser, "Còn hoạt động không?"));
    await waitUntil(() => harness.server.sent().length >= 1, 1500, "the answer after malformed updates");
    expect(texts()[0]).toContain("Còn hoạt động không?");
  });

  it("retries a send refused with 429, honouring retry_after", async () => {
    harness.server.failNext("sendMessage", 429, { ok: false, error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } });
    const started = Date.now();
    harness.server.push(privateText(allowedUser, "Hỏi khi bị giới hạn?"));
    await waitUntil(() => harness.server.sent().length >= 2, 1900, "the retried send");
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(texts()[1]).toContain("Hỏi khi bị giới hạn?");
  });

  it("answers the messages of one chat in order even when answers take time", async () => {
    let call = 0;
    harness.assistant.respond = (question) => ({ ...longAnswer(question, 1), text: `Trả lời: ${question}` });
    const original = harness.assistant.answer.bind(harness.assistant);
    harness.assistant.answer = async (question) => {
      call += 1;
      await pause(call === 1 ? 120 : 5);
      return original(question);
    };
    harness.server.push(privateText(allowedUser, "một"));
    harness.server.push(privateText(allowedUser, "hai"));
    harness.server.push(privateText(allowedUser, "ba"));
    await waitUntil(() => harness.server.sent().length >= 3);
    expect(texts()).toEqual(["Trả lời: một", "Trả lời: hai", "Trả lời: ba"]);
  });

  it("cuts an over-long question and says so", async () => {
    harness.server.push(privateText(allowedUser, `${"chuyển đổi số ".repeat(200)}?`));
    await waitUntil(() => harness.server.sent().length >= 2);
    expect(texts()[0]).toContain("dài hơn 1000 ký tự");
    expect(harness.assistant.questions[0]?.length).toBeLessThanOrEqual(1000);
  });
});

describe("Telegram rate limit", () => {
  afterEach(async () => {
    await stopHarness();
  });

  it("answers at most the limit per minute and tells the user once", async () => {
    await startHarness({ rateLimitPerMinute: 3 });
    for (let index = 0; index < 8; index += 1) harness.server.push(privateText(allowedUser, `câu ${index}`));
    await waitUntil(() => harness.server.sent().length >= 4);
    await pause(50);
    expect(harness.assistant.questions).toEqual(["câu 0", "câu 1", "câu 2"]);
    const notices = texts().filter((text) => text.includes("gửi quá nhanh"));
    expect(notices).toHaveLength(1);
    expect(harness.server.sent()).toHaveLength(4);
  });
});
