import { GrammyError, type Bot } from "grammy";
import { AppError } from "../../errors/app-error.js";
import { telegramWebhookHandler } from "./telegram-webhook.js";
import { backoffDelay, sleep } from "../shared-backoff.js";
import type { WebhookServer } from "../webhook-server.js";
import { errorMessage } from "../../errors/error-message.js";

export interface TelegramRunner {
  /** Stops receiving updates (replies in flight are finished by the chat core's drain). */
  stop(): Promise<void>;
}

/**
 * Long polling by default. If a webhook is configured, registers it with Telegram (with the
 * secret token) and serves it on the shared webhook server (telegram-webhook.ts). Never both.
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
    // Served only once the token is known to work: with a refused token no update is taken in.
    await initialise(bot);
    await bot.api.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: ["message", "callback_query"] });
    server.route(path, telegramWebhookHandler(bot, webhook.secret, log));
    log(`[telegram] @${bot.botInfo.username}: webhook ${webhook.url}`);
    return { stop: async () => server.unroute(path) };
  }
  let stopped = false;
  const stopSignal = new AbortController();
  const polling = (async () => {
    for (let attempt = 1; !stopped; attempt += 1) {
      try {
        await initialise(bot);
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

/** Telegram refused the token (401 Unauthorized, or 404 for a token of the wrong form). */
export class TelegramTokenError extends AppError {
  constructor(cause: GrammyError) {
    super(
      "TELEGRAM_TOKEN_REFUSED",
      `Telegram refused the bot token (${cause.error_code} ${cause.description}): check TELEGRAM_BOT_TOKEN — copy it again from @BotFather.`,
      { cause },
    );
  }
}

/** getMe, with a refused token reported as such (naming TELEGRAM_BOT_TOKEN). */
async function initialise(bot: Bot): Promise<void> {
  try {
    await bot.init();
  } catch (error) {
    if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404)) throw new TelegramTokenError(error);
    throw error;
  }
}
