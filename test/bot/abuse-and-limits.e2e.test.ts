import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runConsoleChat } from "../../bot/console/console-chat.js";
import type { ChatCore } from "../../bot/core/chat-core.js";
import { createChatCore } from "../../bot/core/create-chat-core.js";
import { createTelegramBot } from "../../bot/telegram/telegram-bot.js";
import { startTelegram, type TelegramRunner } from "../../bot/telegram/telegram-runner.js";
import { FakeAssistant } from "./fake-assistant.js";
import { FakeTelegramServer } from "./fake-telegram-server.js";
import { pause, waitUntil } from "./http-helpers.js";
import { callbackQuery, privateText } from "./telegram-updates.js";

const allowedUser = 111;
const strangerUser = 333;

let server: FakeTelegramServer;
let assistant: FakeAssistant;
let core: ChatCore;
let runner: TelegramRunner;
let dataDir: string;

const texts = () => server.sent().map((payload) => String(payload["text"]));

beforeEach(async () => {
  server = new FakeTelegramServer("123:TEST");
  await server.start();
  dataDir = await mkdtemp(join(tmpdir(), "bot-abuse-"));
  assistant = new FakeAssistant();
  const log = () => undefined;
  core = await createChatCore(
    {
      access: { mode: "allowlist", allowedUserIds: [String(allowedUser)], allowedChatIds: [], adminUserIds: [] },
      rateLimitPerMinute: 100,
      maxQuestionChars: 300,
      maxFeedbackChars: 500,
      refusalQuietMinutes: 10,
      dataDir,
    },
    assistant,
    { log },
  );
  const bot = createTelegramBot(core, { token: "123:TEST", apiRoot: server.apiRoot, log, retry: { baseDelayMilliseconds: 10 } });
  runner = await startTelegram(bot, undefined, undefined, log);
});

afterEach(async () => {
  await runner.stop();
  await core.drain();
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe("abuse: refusals, button presses, sizes", () => {
  it("explains a refusal once, then stays silent, and keeps no id of the refused user", async () => {
    for (let index = 0; index < 30; index += 1) server.push(privateText(strangerUser, `câu ${index}`));
    server.push(privateText(allowedUser, "/help"));
    await waitUntil(() => server.sent().length >= 2, 3000, "the refusal and the help");
    await pause(100);
    const refusals = texts().filter((text) => text.includes("chưa được cấp quyền"));
    expect(refusals).toHaveLength(1);
    expect(server.sent()).toHaveLength(2);
    expect(assistant.questions).toEqual([]);
    await core.drain();
    const stats = JSON.parse(await readFile(join(dataDir, "stats.json"), "utf8")) as { counts: Record<string, number>; users: string[] };
    expect(stats.counts["refused"]).toBe(30);
    expect(stats.users).toEqual([`telegram:${allowedUser}`]);
    expect(JSON.stringify(stats)).not.toContain(String(strangerUser));
  });

  it("puts a button press from a user not allowed through the same policy: no sources sent", async () => {
    server.push(privateText(allowedUser, "Ai chủ trì nền tảng dữ liệu?"));
    await waitUntil(() => server.sent().length >= 1);
    const keyboard = server.sent()[0]?.["reply_markup"] as { inline_keyboard: Array<Array<{ callback_data: string }>> };
    const data = keyboard.inline_keyboard[0]?.[0]?.callback_data ?? "";
    server.push(callbackQuery(strangerUser, data));
    server.push(callbackQuery(strangerUser, data));
    await waitUntil(() => server.sent("answerCallbackQuery").length >= 2, 2000, "both button presses answered");
    await pause(50);
    expect(server.sent()).toHaveLength(1);
    const [first, second] = server.sent("answerCallbackQuery");
    expect(String(first?.["text"])).toContain("chưa được cấp quyền");
    expect(second?.["text"]).toBeUndefined();
  });

  it("refuses over-long feedback and command arguments, and stores line-breaking characters escaped", async () => {
    server.push(privateText(allowedUser, `/phanhoi ${"góp ý ".repeat(200)}`));
    server.push(privateText(allowedUser, `/han tháng 3${" ".repeat(100_000)}/2026`));
    server.push(privateText(allowedUser, "/phanhoi dòng một\u2028dòng hai\u2029ba\u0085bốn"));
    await waitUntil(() => server.sent().length >= 3, 3000, "three replies");
    const [feedback, deadline, stored] = texts();
    expect(feedback).toContain("Góp ý dài quá 500 ký tự");
    expect(deadline).toContain("dài quá 300 ký tự");
    expect(stored).toContain("Cảm ơn");
    expect(assistant.deadlineQueries).toEqual([]);
    const file = await readFile(join(dataDir, "feedback.jsonl"), "utf8");
    expect(file.trimEnd().split("\n")).toHaveLength(1);
    expect(file).not.toMatch(/[\u2028\u2029\u0085]/);
    expect((JSON.parse(file) as { feedback: string }).feedback).toBe("dòng một\u2028dòng hai\u2029ba\u0085bốn");
  });
});

describe("console chat input", () => {
  it("reads a 1 MB line in bounded memory, cuts the question and answers the next line", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = "";
    output.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
    const running = runConsoleChat(core, input, output);
    input.write("chuyển đổi số ".repeat(80_000));
    input.end("\nCâu sau?\n");
    await running;
    await core.drain();
    expect(printed).toContain("dài hơn 300 ký tự");
    expect(assistant.questions).toHaveLength(2);
    expect(assistant.questions[0]?.length).toBeLessThanOrEqual(300);
    expect(assistant.questions[1]).toBe("Câu sau?");
  });
});
