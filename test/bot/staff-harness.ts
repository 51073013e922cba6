import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ChatCore } from "../../bot/core/chat-core.js";
import { createChatCore } from "../../bot/core/create-chat-core.js";
import { createTelegramBot } from "../../bot/telegram/telegram-bot.js";
import { startTelegram, type TelegramRunner } from "../../bot/telegram/telegram-runner.js";
import { ZaloClient } from "../../bot/zalo/zalo-client.js";
import { startZalo, type ZaloRunner } from "../../bot/zalo/zalo-runner.js";
import type { Assistant } from "../../knowledge/answer/answer-types.js";
import type { Clock } from "../../knowledge/deadlines/clock.js";
import { FakeTelegramServer } from "./fake-telegram-server.js";
import { FakeZaloServer, zaloText } from "./fake-zalo-server.js";
import { waitUntil } from "./http-helpers.js";
import { privateText } from "./telegram-updates.js";

export const telegramUser = 111;
export const zaloUser = "u-allowed";

/** The chat core over a given assistant, reached through a fake Telegram and a fake Zalo server on 127.0.0.1. */
export interface StaffHarness {
  telegram: FakeTelegramServer;
  zalo: FakeZaloServer;
  core: ChatCore;
  dataDir: string;
  logs: string[];
  stop(): Promise<void>;
}

export async function startStaffHarness(assistant: Assistant, options: { clock?: Clock } = {}): Promise<StaffHarness> {
  const telegram = new FakeTelegramServer("123:TEST");
  const zalo = new FakeZaloServer("zalo-token");
  await telegram.start();
  await zalo.start();
  const dataDir = await mkdtemp(join(tmpdir(), "bot-staff-"));
  const logs: string[] = [];
  const log = (line: string) => logs.push(line);
  const core = await createChatCore(
    {
      access: { mode: "allowlist", allowedUserIds: [String(telegramUser), `zalo:${zaloUser}`], allowedChatIds: [], adminUserIds: [] },
      rateLimitPerMinute: 100,
      maxQuestionChars: 1000,
      dataDir,
    },
    assistant,
    { log, ...(options.clock ? { clock: options.clock } : {}) },
  );
  const bot = createTelegramBot(core, { token: "123:TEST", apiRoot: telegram.apiRoot, log, retry: { baseDelayMilliseconds: 10 } });
  const telegramRunner: TelegramRunner = await startTelegram(bot, undefined, undefined, log);
  const client = new ZaloClient({ token: "zalo-token", apiRoot: zalo.apiRoot, requestTimeoutSeconds: 2 });
  const zaloRunner: ZaloRunner = await startZalo(client, core, { pollTimeoutSeconds: 1, log, retryBaseMilliseconds: 10 });
  return {
    telegram,
    zalo,
    core,
    dataDir,
    logs,
    async stop() {
      await telegramRunner.stop();
      await zaloRunner.stop();
      await core.drain();
      await telegram.close();
      await zalo.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export const sentTexts = (server: FakeTelegramServer | FakeZaloServer): string[] => server.sent().map((payload) => String(payload["text"]));

/** Sends one Telegram message from the allowed user and returns the text of the replies it gets. */
export async function askTelegram(harness: StaffHarness, text: string): Promise<string> {
  const before = harness.telegram.sent().length;
  harness.telegram.push(privateText(telegramUser, text));
  await waitUntil(() => harness.telegram.sent().length > before, 5000, `a reply to ${text}`);
  return sentTexts(harness.telegram).slice(before).join("\n");
}

/** The same on Zalo. */
export async function askZalo(harness: StaffHarness, text: string): Promise<string> {
  const before = harness.zalo.sent().length;
  harness.zalo.push(zaloText(zaloUser, text));
  await waitUntil(() => harness.zalo.sent().length > before, 5000, `a Zalo reply to ${text}`);
  return sentTexts(harness.zalo).slice(before).join("\n");
}
