import { webhookCallback, type Bot } from "grammy";
import { backoffDelay, sleep } from "../shared-backoff.js";
import type { WebhookServer } from "../webhook-server.js";
import { errorMessage } from "../../errors/error-message.js";

export interface TelegramRunner {
  /** Stops receiving updates (replies in flight are finished by the chat core's drain). */
  stop(): Promise<void>;
}

/**
 * Long polling by default. If a webhook is configured, registers it with Telegram (with the
 * secret token) and serves it on the shared webhook server; grammY then rejects requests
 * whose X-Telegram-Bot-Api-Secret-Token header differs (401). Never both at once.
 */
export async function startTelegram(
  bot: Bot,
  webhook: { url: string; secret: string } | undefined,
  server: WebhookServer | undefined,
  log: (line: string) => void = (line) => console.error(line),
): Promise<TelegramRunner> {
  if (webhook) {
    if (!server) throw new Error("A Telegram webhook needs the webhook server; set WEBHOOK_PORT.");
    const path = new URL(webhook.url).pathname;
    const callback = webhookCallback(bot, "http", { secretToken: webhook.secret, onTimeout: "return" });
    server.route(path, async (request, response) => {
      await callback(request, response);
    });
    await bot.init();
    await bot.api.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: ["message", "callback_query"] });
    log(`[telegram] @${bot.botInfo.username}: webhook ${webhook.url}`);
    return { stop: async () => server.unroute(path) };
  }
  let stopped = false;
  const stopSignal = new AbortController();
  const polling = (async () => {
    for (let attempt = 1; !stopped; attempt += 1) {
      try {
        await bot.start({
          allowed_updates: ["message", "callback_query"],
          onStart: (info) => {
            attempt = 0;
            log(`[telegram] @${info.username}: long polling`);
          },
        });
      } catch (error) {
        if (stopped) break;
        const delay = backoffDelay(attempt, 1_000, 60_000);
        log(`[telegram] polling stopped (${errorMessage(error)}); retrying in ${Math.round(delay / 1000)} s`);
        await sleep(delay, stopSignal.signal);
      }
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      stopSignal.abort();
      if (bot.isRunning()) await bot.stop().catch(() => undefined);
      await polling;
    },
  };
}
