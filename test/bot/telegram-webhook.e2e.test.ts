import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ChatCore } from "../../bot/core/chat-core.js";
import { createChatCore } from "../../bot/core/create-chat-core.js";
import { createTelegramBot } from "../../bot/telegram/telegram-bot.js";
import { startTelegram, type TelegramRunner } from "../../bot/telegram/telegram-runner.js";
import { WebhookServer } from "../../bot/webhook-server.js";
import { FakeAssistant } from "./fake-assistant.js";
import { FakeTelegramServer } from "./fake-telegram-server.js";
import { pause, waitUntil } from "./http-helpers.js";
import { privateText } from "./telegram-updates.js";

const secret = "tg_secret_abcdef";
let server: FakeTelegramServer;
let webhookServer: WebhookServer;
let core: ChatCore;
let runner: TelegramRunner;
let assistant: FakeAssistant;
let dataDir: string;
let webhookUrl: string;

beforeEach(async () => {
  server = new FakeTelegramServer("123:TEST");
  await server.start();
  dataDir = await mkdtemp(join(tmpdir(), "bot-telegram-webhook-"));
  assistant = new FakeAssistant();
  const log = () => undefined;
  core = await createChatCore(
    { access: { mode: "open", allowedUserIds: [], allowedChatIds: [], adminUserIds: [] }, rateLimitPerMinute: 30, maxQuestionChars: 1000, dataDir },
    assistant,
    { log },
  );
  webhookServer = new WebhookServer(log);
  const port = await webhookServer.listen(0, "127.0.0.1");
  webhookUrl = `http://127.0.0.1:${port}/telegram`;
  const bot = createTelegramBot(core, { token: "123:TEST", apiRoot: server.apiRoot, log });
  runner = await startTelegram(bot, { url: webhookUrl, secret }, webhookServer, log);
});

afterEach(async () => {
  await runner.stop();
  await core.drain();
  await webhookServer.close();
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function deliver(body: string, headers: Record<string, string>): Promise<number> {
  const response = await fetch(webhookUrl, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  await response.arrayBuffer();
  return response.status;
}

describe("Telegram webhook mode", () => {
  it("registers the webhook with its secret token and does not poll", async () => {
    const [registration] = server.sent("setWebhook");
    expect(registration).toMatchObject({ url: webhookUrl, secret_token: secret });
    await pause(30);
    expect(server.calls.some((call) => call.method === "getUpdates")).toBe(false);
  });

  it("answers an update carrying the right secret (open access mode)", async () => {
    const status = await deliver(JSON.stringify({ update_id: 1, ...privateText(4242, "Ai chủ trì qua webhook?") }), {
      "X-Telegram-Bot-Api-Secret-Token": secret,
    });
    expect(status).toBe(200);
    await waitUntil(() => server.sent().length >= 1);
    expect(String(server.sent()[0]?.["text"])).toContain("Ai chủ trì qua webhook?");
  });

  it("rejects a wrong or missing secret with 401", async () => {
    const body = JSON.stringify({ update_id: 2, ...privateText(4242, "Giả mạo?") });
    expect(await deliver(body, { "X-Telegram-Bot-Api-Secret-Token": "wrong" })).toBe(401);
    expect(await deliver(body, {})).toBe(401);
    await pause(30);
    expect(assistant.questions).toEqual([]);
  });

  it("answers 400 to a body that is not JSON and keeps serving", async () => {
    expect(await deliver("{oops", { "X-Telegram-Bot-Api-Secret-Token": secret })).toBe(400);
    expect(await deliver(JSON.stringify({ update_id: 3, message: { text: 1 } }), { "X-Telegram-Bot-Api-Secret-Token": secret })).toBe(200);
    expect(await deliver(JSON.stringify({ update_id: 4, ...privateText(4242, "Vẫn chạy?") }), { "X-Telegram-Bot-Api-Secret-Token": secret })).toBe(200);
    await waitUntil(() => server.sent().length >= 1);
    expect(String(server.sent()[0]?.["text"])).toContain("Vẫn chạy?");
  });
});
