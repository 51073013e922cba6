import { mkdtemp, rm } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { ChatCore } from "../../bot/core/chat-core.js";
import { createChatCore } from "../../bot/core/create-chat-core.js";
import { createTelegramBot } from "../../bot/telegram/telegram-bot.js";
import { startTelegram, type TelegramRunner } from "../../bot/telegram/telegram-runner.js";
import { WebhookServer } from "../../bot/webhook-server.js";
import { ZaloClient } from "../../bot/zalo/zalo-client.js";
import { startZalo, type ZaloRunner } from "../../bot/zalo/zalo-runner.js";
import { FakeAssistant } from "./fake-assistant.js";
import { FakeTelegramServer } from "./fake-telegram-server.js";
import { FakeZaloServer, zaloText } from "./fake-zalo-server.js";
import { pause, waitUntil } from "./http-helpers.js";
import { privateText } from "./telegram-updates.js";

const secret = "tg_secret_abcdef";
const openAccess = { mode: "open" as const, allowedUserIds: [], allowedChatIds: [], adminUserIds: [] };
const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function makeCore(logs: string[]): Promise<{ core: ChatCore; assistant: FakeAssistant }> {
  const dataDir = await mkdtemp(join(tmpdir(), "bot-faults-"));
  const assistant = new FakeAssistant();
  const core = await createChatCore({ access: openAccess, rateLimitPerMinute: 100, maxQuestionChars: 1000, dataDir }, assistant, { log: (line) => logs.push(line) });
  cleanups.push(async () => {
    await core.drain();
    await rm(dataDir, { recursive: true, force: true });
  });
  return { core, assistant };
}

async function telegramPlatform(token = "123:TEST") {
  const server = new FakeTelegramServer("123:TEST");
  await server.start();
  cleanups.push(() => server.close());
  const logs: string[] = [];
  const { core, assistant } = await makeCore(logs);
  const bot = createTelegramBot(core, { token, apiRoot: server.apiRoot, log: (line) => logs.push(line), retry: { baseDelayMilliseconds: 10, maxRetryAfterSeconds: 2 } });
  return { server, logs, core, assistant, bot };
}

async function telegramWebhook() {
  const platform = await telegramPlatform();
  const webhookServer = new WebhookServer((line) => platform.logs.push(line));
  const port = await webhookServer.listen(0);
  cleanups.push(() => webhookServer.close());
  const url = `http://127.0.0.1:${port}/telegram`;
  const runner = await startTelegram(platform.bot, { url, secret }, webhookServer, (line) => platform.logs.push(line));
  cleanups.push(() => runner.stop());
  const post = async (body: string | Uint8Array, headers: Record<string, string> = { "X-Telegram-Bot-Api-Secret-Token": secret }) => {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : new Blob([new Uint8Array(body)]) });
    await response.arrayBuffer();
    return response.status;
  };
  return { ...platform, webhookServer, url, post };
}

async function telegramPolling() {
  const platform = await telegramPlatform();
  const runner: TelegramRunner = await startTelegram(platform.bot, undefined, undefined, (line) => platform.logs.push(line));
  cleanups.push(() => runner.stop());
  return platform;
}

async function zaloPolling(options: { maxRetryAfterSeconds?: number; requestTimeoutSeconds?: number } = {}) {
  const server = new FakeZaloServer("zalo-token");
  await server.start();
  cleanups.push(() => server.close());
  const logs: string[] = [];
  const { core, assistant } = await makeCore(logs);
  const client = new ZaloClient({ token: "zalo-token", apiRoot: server.apiRoot, requestTimeoutSeconds: options.requestTimeoutSeconds ?? 2 });
  const runner: ZaloRunner = await startZalo(client, core, {
    pollTimeoutSeconds: 1,
    log: (line) => logs.push(line),
    retryBaseMilliseconds: 10,
    maxRetryAfterSeconds: options.maxRetryAfterSeconds ?? 5,
  });
  cleanups.push(() => runner.stop());
  return { server, logs, assistant };
}

describe("Telegram webhook faults", () => {
  it("binds 127.0.0.1 unless told otherwise", async () => {
    const { webhookServer } = await telegramWebhook();
    expect(webhookServer.boundAddress().address).toBe("127.0.0.1");
  });

  it("refuses a body over the size limit with 413 without reading it, and keeps serving", async () => {
    const { post, server } = await telegramWebhook();
    expect(await post(new Uint8Array(5_000_000).fill(0x20))).toBe(413);
    expect(await post(JSON.stringify({ update_id: 10, ...privateText(4242, "Sau thân quá lớn?") }))).toBe(200);
    await waitUntil(() => server.sent().length >= 1);
    expect(String(server.sent()[0]?.["text"])).toContain("Sau thân quá lớn?");
  });

  it("answers 400 to any body that is not an update object", async () => {
    const { post, assistant } = await telegramWebhook();
    for (const body of ["null", "[]", "{}", '"text"', "42", '{"update_id":"1"}', '{"update_id":-1}']) expect(await post(body), body).toBe(400);
    await pause(30);
    expect(assistant.questions).toEqual([]);
  });

  it("answers an update_id delivered three times once", async () => {
    const { post, server, assistant } = await telegramWebhook();
    const body = JSON.stringify({ update_id: 77, ...privateText(4242, "Một lần thôi?") });
    for (let index = 0; index < 3; index += 1) expect(await post(body)).toBe(200);
    await waitUntil(() => server.sent().length >= 1);
    await pause(100);
    expect(assistant.questions).toEqual(["Một lần thôi?"]);
    expect(server.sent()).toHaveLength(1);
  });

  it("with a refused token names TELEGRAM_BOT_TOKEN and takes no update in", async () => {
    const platform = await telegramPlatform("999:WRONG");
    const webhookServer = new WebhookServer(() => undefined);
    const port = await webhookServer.listen(0);
    cleanups.push(() => webhookServer.close());
    const url = `http://127.0.0.1:${port}/telegram`;
    await expect(startTelegram(platform.bot, { url, secret }, webhookServer, () => undefined)).rejects.toThrow(/TELEGRAM_BOT_TOKEN/);
    const status = await new Promise<number>((resolve) => {
      const request = httpRequest(url, { method: "POST", headers: { "X-Telegram-Bot-Api-Secret-Token": secret } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.end(JSON.stringify({ update_id: 1, ...privateText(1, "x") }));
    });
    expect(status).toBe(404);
  });
});

describe("Telegram send faults", () => {
  it("in polling mode logs a refused token naming TELEGRAM_BOT_TOKEN", async () => {
    const platform = await telegramPlatform("999:WRONG");
    const runner = await startTelegram(platform.bot, undefined, undefined, (line) => platform.logs.push(line));
    cleanups.push(() => runner.stop());
    await waitUntil(() => platform.logs.some((line) => line.includes("TELEGRAM_BOT_TOKEN")), 3000, "the token log line");
  });

  it("gives up a retry_after above the cap at once, with a log line", async () => {
    const { server, logs } = await telegramPolling();
    server.failNext("sendMessage", 429, { ok: false, error_code: 429, description: "Too Many Requests", parameters: { retry_after: 600 } });
    server.push(privateText(4242, "Bị chặn lâu?"));
    await waitUntil(() => logs.some((line) => line.includes("more than the 2 s cap")), 3000, "the give-up log line");
    await pause(100);
    expect(server.sent()).toHaveLength(1);
  });

  it("retries a 200 whose body is not JSON", async () => {
    const { server } = await telegramPolling();
    server.failNextRaw("sendMessage", 200, "<html>proxy error</html>");
    server.push(privateText(4242, "Qua proxy hỏng?"));
    await waitUntil(() => server.sent().length >= 2, 3000, "the retried send");
    expect(String(server.sent()[1]?.["text"])).toContain("Qua proxy hỏng?");
  });
});

describe("Zalo send faults", () => {
  it("names ZALO_BOT_TOKEN when the token is refused at start", async () => {
    const server = new FakeZaloServer("zalo-token");
    await server.start();
    cleanups.push(() => server.close());
    const { core } = await makeCore([]);
    const client = new ZaloClient({ token: "wrong", apiRoot: server.apiRoot });
    await expect(startZalo(client, core, { log: () => undefined })).rejects.toThrow(/ZALO_BOT_TOKEN/);
  });

  it("honours retry_after on a 429", async () => {
    const { server } = await zaloPolling();
    server.failNext("sendMessage", 429, { ok: false, error_code: 429, description: "Too Many Requests", parameters: { retry_after: 1 } });
    const started = Date.now();
    server.push(zaloText("u1", "Zalo bị giới hạn?"));
    await waitUntil(() => server.sent().length >= 2, 4000, "the retried send");
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(String(server.sent()[1]?.["text"])).toContain("Zalo bị giới hạn?");
  });

  it("gives up a retry_after above the cap, with a log line", async () => {
    const { server, logs } = await zaloPolling({ maxRetryAfterSeconds: 2 });
    server.failNext("sendMessage", 429, { ok: false, error_code: 429, description: "Too Many Requests", parameters: { retry_after: 3 } });
    server.push(zaloText("u1", "Chờ lâu quá?"));
    await waitUntil(() => logs.some((line) => line.includes("more than the 2 s cap")), 3000, "the give-up log line");
    await pause(100);
    expect(server.sent()).toHaveLength(1);
  });

  it("retries a 200 whose body is not JSON, and delivers once", async () => {
    const { server } = await zaloPolling();
    server.failNextRaw("sendMessage", 200, "<html>gateway</html>");
    server.push(zaloText("u1", "Zalo trả rác?"));
    await waitUntil(() => server.sent().length >= 2, 3000, "the retried send");
    await pause(100);
    expect(server.sent()).toHaveLength(2);
    expect(String(server.sent()[1]?.["text"])).toContain("Zalo trả rác?");
  });

  it("does not send again a message whose send timed out after it left", async () => {
    const { server, logs } = await zaloPolling({ requestTimeoutSeconds: 1 });
    server.delayNext("sendMessage", 1_500);
    server.push(zaloText("u1", "Gửi chậm?"));
    await waitUntil(() => logs.some((line) => line.includes("could not deliver")), 4000, "the delivery failure log line");
    await pause(700);
    expect(server.sent()).toHaveLength(1);
  });
});
