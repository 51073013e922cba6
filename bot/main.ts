import { loadSettings, SettingsError, type Settings } from "../config/settings.js";
import { createAssistant } from "../knowledge/assistant.js";
import { assistantSettingsFrom } from "../knowledge/assistant-settings.js";
import { runConsoleChat } from "./console/console-chat.js";
import type { ChatCore } from "./core/chat-core.js";
import { createChatCore } from "./core/create-chat-core.js";
import { backoffDelay, sleep } from "./shared-backoff.js";
import { createTelegramBot } from "./telegram/telegram-bot.js";
import { startTelegram } from "./telegram/telegram-runner.js";
import { WebhookServer } from "./webhook-server.js";
import { systemClock } from "../knowledge/deadlines/clock.js";
import { telegramSender, zaloSender } from "./reminders/platform-senders.js";
import { createDigestScheduler } from "./reminders/start-reminders.js";
import { ZaloClient } from "./zalo/zalo-client.js";
import { startZalo } from "./zalo/zalo-runner.js";
import { errorDetails, errorMessage } from "../errors/error-message.js";

/**
 * `npm start`: runs every bot whose token is set (Telegram, Zalo) in one process, or the
 * console chat when none is. SIGTERM/SIGINT stop receiving, finish replies in flight, exit.
 */
const log = (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`);
const drainLimitMilliseconds = 25_000;

type Stopper = () => Promise<void>;

async function main(): Promise<void> {
  let settings: Settings;
  try {
    settings = loadSettings();
  } catch (error) {
    if (error instanceof SettingsError) {
      log(error.message);
      process.exit(2);
    }
    throw error;
  }
  const assistant = await createAssistant({ ...assistantSettingsFrom(settings), log });
  const core = await createChatCore(settings, assistant, { log });

  if (!settings.telegram && !settings.zalo) {
    log("Không có TELEGRAM_BOT_TOKEN hay ZALO_BOT_TOKEN: chạy trò chuyện trên dòng lệnh / no bot token: console chat.");
    await runConsoleChat(core);
    await core.drain();
    return;
  }

  const needsWebhookServer = Boolean(settings.telegram?.webhook || settings.zalo?.webhook);
  const webhookServer = needsWebhookServer ? new WebhookServer(log) : undefined;
  if (webhookServer) {
    const port = await webhookServer.listen(settings.webhookPort, settings.webhookHost);
    log(`[webhook] listening on ${settings.webhookHost}:${port}`);
  }

  const stoppers: Stopper[] = [];
  const digest = createDigestScheduler(settings, core, assistant, systemClock, log);
  const stopDigest = digest?.start();
  if (stopDigest) stoppers.push(async () => stopDigest());
  const starting: Array<Promise<void>> = [];
  let shuttingDown = false;

  /** Starts a bot, retrying with backoff when the platform cannot be reached; never throws. */
  const keepTrying = (name: string, start: () => Promise<Stopper>) =>
    starting.push(
      (async () => {
        for (let attempt = 1; !shuttingDown; attempt += 1) {
          try {
            stoppers.push(await start());
            return;
          } catch (error) {
            const delay = backoffDelay(attempt, 2_000, 120_000);
            log(`[${name}] could not start (${errorMessage(error)}); retrying in ${Math.round(delay / 1000)} s`);
            await sleep(delay);
          }
        }
      })(),
    );

  const { telegram, zalo } = settings;
  if (telegram) {
    keepTrying("telegram", async () => {
      const bot = createTelegramBot(core, { token: telegram.token, apiRoot: telegram.apiRoot, log });
      const runner = await startTelegram(bot, telegram.webhook, webhookServer, log);
      digest?.register("telegram", telegramSender(bot.api));
      return () => runner.stop();
    });
  }
  if (zalo) {
    keepTrying("zalo", async () => {
      const client = new ZaloClient({ token: zalo.token, apiRoot: zalo.apiRoot });
      const runner = await startZalo(client, core, { webhook: zalo.webhook, server: webhookServer, log });
      digest?.register("zalo", zaloSender(client));
      return () => runner.stop();
    });
  }

  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log(`${signal}: stopping, finishing replies in flight…`);
    await Promise.allSettled(stoppers.map((stop) => stop()));
    await Promise.race([drain(core), sleep(drainLimitMilliseconds)]);
    await webhookServer?.close();
    process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.on("unhandledRejection", (reason) => log(`[bot] unhandled rejection: ${String(reason)}`));
  await Promise.all(starting);
}

async function drain(core: ChatCore): Promise<void> {
  await core.drain();
}

main().catch((error: unknown) => {
  log(`Không khởi động được / could not start: ${errorDetails(error)}`);
  process.exit(1);
});
