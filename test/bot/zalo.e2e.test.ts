import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { ChatCore } from "../../bot/core/chat-core.js";
import { createChatCore } from "../../bot/core/create-chat-core.js";
import { WebhookServer } from "../../bot/webhook-server.js";
import { ZaloClient } from "../../bot/zalo/zalo-client.js";
import { startZalo, type ZaloRunner } from "../../bot/zalo/zalo-runner.js";
import { FakeAssistant, longAnswer } from "./fake-assistant.js";
import { FakeZaloServer, zaloSticker, zaloText } from "./fake-zalo-server.js";
import { pause, waitUntil } from "./http-helpers.js";

const allowedUser = "u-allowed";
const secret = "zalo_secret_123456";

interface Harness {
  server: FakeZaloServer;
  assistant: FakeAssistant;
  core: ChatCore;
  runner: ZaloRunner;
  webhookServer?: WebhookServer;
  webhookUrl?: string;
  dataDir: string;
  logs: string[];
}

let harness: Harness | undefined;

async function startHarness(mode: "polling" | "webhook", rateLimitPerMinute = 30): Promise<Harness> {
  const server = new FakeZaloServer("zalo-token");
  await server.start();
  const dataDir = await mkdtemp(join(tmpdir(), "bot-zalo-"));
  const assistant = new FakeAssistant();
  const logs: string[] = [];
  const log = (line: string) => logs.push(line);
  const core = await createChatCore(
    {
      access: { mode: "allowlist", allowedUserIds: [`zalo:${allowedUser}`], allowedChatIds: ["g-allowed"], adminUserIds: [] },
      rateLimitPerMinute,
      maxQuestionChars: 1000,
      dataDir,
    },
    assistant,
    { log },
  );
  const client = new ZaloClient({ token: "zalo-token", apiRoot: server.apiRoot, requestTimeoutSeconds: 2 });
  let webhookServer: WebhookServer | undefined;
  let webhookUrl: string | undefined;
  if (mode === "webhook") {
    webhookServer = new WebhookServer(log);
    const port = await webhookServer.listen(0, "127.0.0.1");
    webhookUrl = `http://127.0.0.1:${port}/zalo`;
  }
  const runner = await startZalo(client, core, {
    webhook: webhookUrl ? { url: webhookUrl, secret } : undefined,
    server: webhookServer,
    pollTimeoutSeconds: 1,
    log,
    retryBaseMilliseconds: 10,
  });
  harness = { server, assistant, core, runner, dataDir, logs, ...(webhookServer ? { webhookServer } : {}), ...(webhookUrl ? { webhookUrl } : {}) };
  return harness;
}

afterEach(async () => {
  if (!harness) return;
  await harness.runner.stop();
  await harness.core.drain();
  await harness.webhookServer?.close();
  await harness.server.close();
  await rm(harness.dataDir, { recursive: true, force: true });
  harness = undefined;
});

const sentTexts = (h: Harness) => h.server.sent().map((payload) => String(payload["text"]));

describe("Zalo bot, long polling against a fake Zalo Bot API", () => {
  it("answers a question, with the /nguon hint, and the sources as a follow-up", async () => {
    const h = await startHarness("polling");
    expect(h.server.calls.map((call) => call.method).slice(0, 2)).toEqual(["getMe", "deleteWebhook"]);
    h.server.push(zaloText(allowedUser, "Ai chủ trì nền tảng dữ liệu?"));
    await waitUntil(() => h.server.sent().length >= 1);
    expect(h.server.sent()[0]?.["chat_id"]).toBe(allowedUser);
    expect(sentTexts(h)[0]).toContain("Sở Khoa học và Công nghệ chủ trì");
    expect(sentTexts(h)[0]).toContain("/nguon");
    expect(h.server.sent("sendChatAction")[0]).toEqual({ chat_id: allowedUser, action: "typing" });
    h.server.push(zaloText(allowedUser, "/nguon"));
    await waitUntil(() => h.server.sent().length >= 2);
    expect(sentTexts(h)[1]).toContain("«Xây dựng nền tảng dữ liệu dùng chung");
    expect(h.server.calls.some((call) => call.method === "setWebhook")).toBe(false);
  });

  it("keeps polling through HTTP 408 (no update) and answers what comes after", async () => {
    const h = await startHarness("polling");
    await waitUntil(() => h.server.pollTimeouts >= 2, 1500, "two empty polls");
    h.server.push(zaloText(allowedUser, "Sau khi chờ?"));
    await waitUntil(() => h.server.sent().length >= 1);
    expect(sentTexts(h)[0]).toContain("Sau khi chờ?");
    expect(h.logs.filter((line) => line.includes("getUpdates failed"))).toEqual([]);
  });

  it("recovers from a failing getUpdates and retries a failing send", async () => {
    const h = await startHarness("polling");
    h.server.failNext("getUpdates", 502, { ok: false, error_code: 502, description: "Bad Gateway" });
    h.server.failNext("sendMessage", 500, { ok: false, error_code: 500, description: "Internal" });
    h.server.push(zaloText(allowedUser, "Còn chạy không?"));
    await waitUntil(() => h.server.sent().length >= 2, 1900, "the retried send");
    expect(sentTexts(h)[1]).toContain("Còn chạy không?");
    expect(h.logs.some((line) => line.includes("getUpdates failed"))).toBe(true);
  });

  it("splits a long answer into messages of at most 2000 characters", async () => {
    const h = await startHarness("polling");
    h.assistant.respond = (question) => longAnswer(question, 30);
    h.server.push(zaloText(allowedUser, "Liệt kê nhiệm vụ?"));
    await waitUntil(() => h.server.sent().length >= 5);
    await pause(30);
    const parts = sentTexts(h);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(2000);
    const paragraphs = parts.flatMap((part) => part.split("\n\n"));
    expect(paragraphs.filter((paragraph) => paragraph.startsWith("Mục "))).toHaveLength(30);
    expect(parts.at(-1)).toContain("/nguon");
  });

  it("explains stickers, refuses unknown users, and answers groups only when addressed", async () => {
    const h = await startHarness("polling");
    h.server.push(zaloSticker(allowedUser));
    h.server.push(zaloText("u-stranger", "Ai chủ trì?"));
    h.server.push(zaloText("u-stranger", "chuyện phiếm", { id: "g-allowed", chat_type: "GROUP" }));
    h.server.push(zaloText("u-stranger", "@Trợ lý thời hạn nộp báo cáo?", { id: "g-allowed", chat_type: "GROUP" }));
    await waitUntil(() => h.server.sent().length >= 3);
    await pause(30);
    expect(sentTexts(h)[0]).toContain("chỉ đọc được tin nhắn dạng chữ");
    expect(sentTexts(h)[1]).toContain("chưa được cấp quyền");
    expect(h.assistant.questions).toEqual(["thời hạn nộp báo cáo?"]);
    expect(h.server.sent()).toHaveLength(3);
  });

  it("rate-limits a burst", async () => {
    const h = await startHarness("polling", 2);
    for (let index = 0; index < 5; index += 1) h.server.push(zaloText(allowedUser, `câu ${index}`));
    await waitUntil(() => h.server.sent().length >= 3);
    await pause(200);
    expect(h.assistant.questions).toEqual(["câu 0", "câu 1"]);
    expect(sentTexts(h).filter((text) => text.includes("gửi quá nhanh"))).toHaveLength(1);
  });
});

describe("Zalo bot, webhook mode", () => {
  async function post(url: string, body: string, headers: Record<string, string>) {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
    return response.status;
  }

  it("registers the webhook with the secret and never polls", async () => {
    const h = await startHarness("webhook");
    expect(h.server.sent("setWebhook")).toEqual([{ url: h.webhookUrl, secret_token: secret }]);
    await pause(50);
    expect(h.server.calls.some((call) => call.method === "getUpdates")).toBe(false);
  });

  it("rejects a wrong or missing secret with 403", async () => {
    const h = await startHarness("webhook");
    const body = JSON.stringify(zaloText(allowedUser, "Câu hỏi giả mạo?"));
    expect(await post(h.webhookUrl ?? "", body, { "X-Bot-Api-Secret-Token": "wrong_secret_000" })).toBe(403);
    expect(await post(h.webhookUrl ?? "", body, {})).toBe(403);
    await pause(30);
    expect(h.assistant.questions).toEqual([]);
  });

  it("answers a delivery once even when Zalo delivers it twice", async () => {
    const h = await startHarness("webhook");
    const body = JSON.stringify(zaloText(allowedUser, "Một lần thôi?"));
    expect(await post(h.webhookUrl ?? "", body, { "X-Bot-Api-Secret-Token": secret })).toBe(200);
    expect(await post(h.webhookUrl ?? "", body, { "X-Bot-Api-Secret-Token": secret })).toBe(200);
    await waitUntil(() => h.server.sent().length >= 1);
    await pause(50);
    expect(h.assistant.questions).toEqual(["Một lần thôi?"]);
    expect(h.server.sent()).toHaveLength(1);
  });

  it("accepts the update wrapped as {ok, result}", async () => {
    const h = await startHarness("webhook");
    const body = JSON.stringify({ ok: true, result: zaloText(allowedUser, "Dạng bọc?") });
    expect(await post(h.webhookUrl ?? "", body, { "X-Bot-Api-Secret-Token": secret })).toBe(200);
    await waitUntil(() => h.server.sent().length >= 1);
    expect(sentTexts(h)[0]).toContain("Dạng bọc?");
  });

  it("ignores malformed deliveries without crashing", async () => {
    const h = await startHarness("webhook");
    const headers = { "X-Bot-Api-Secret-Token": secret };
    expect(await post(h.webhookUrl ?? "", "{not json", headers)).toBe(400);
    expect(await post(h.webhookUrl ?? "", JSON.stringify({ event_name: 5, message: "x" }), headers)).toBe(200);
    expect(await post(h.webhookUrl ?? "", JSON.stringify({ event_name: "message.text.received" }), headers)).toBe(200);
    expect(await post(h.webhookUrl ?? "", JSON.stringify(zaloText(allowedUser, "Vẫn sống?")), headers)).toBe(200);
    await waitUntil(() => h.server.sent().length >= 1);
    expect(sentTexts(h)[0]).toContain("Vẫn sống?");
    expect(h.logs.some((line) => line.includes("unknown shape"))).toBe(true);
  });
});
