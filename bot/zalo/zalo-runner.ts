import type { ChatCore } from "../core/chat-core.js";
import type { WebhookServer } from "../webhook-server.js";
import { ZaloBot } from "./zalo-bot.js";
import type { ZaloClient } from "./zalo-client.js";
import { ZaloPoller } from "./zalo-poller.js";
import { zaloWebhookHandler } from "./zalo-webhook.js";
import { errorMessage } from "../../errors/error-message.js";

export interface ZaloRunner {
  stop(): Promise<void>;
}

export interface ZaloRunOptions {
  webhook?: { url: string; secret: string } | undefined;
  server?: WebhookServer | undefined;
  pollTimeoutSeconds?: number;
  log?: (line: string) => void;
  retryBaseMilliseconds?: number;
  maxRetryAfterSeconds?: number;
}

/**
 * Starts the Zalo bot: webhook mode when a webhook URL is configured (setWebhook with the
 * secret; the receiver checks it), long polling otherwise (after deleteWebhook). Never both.
 */
export async function startZalo(client: ZaloClient, core: ChatCore, options: ZaloRunOptions = {}): Promise<ZaloRunner> {
  const log = options.log ?? ((line: string) => console.error(line));
  const info = await client.getMe();
  const mentionName = info.display_name ?? info.account_name;
  const bot = new ZaloBot(client, core, {
    log,
    ...(mentionName ? { mentionName } : {}),
    ...(options.retryBaseMilliseconds !== undefined ? { retryBaseMilliseconds: options.retryBaseMilliseconds } : {}),
    ...(options.maxRetryAfterSeconds !== undefined ? { maxRetryAfterSeconds: options.maxRetryAfterSeconds } : {}),
  });
  const onUpdate = (update: Parameters<ZaloBot["handleUpdate"]>[0]) => bot.handleUpdate(update);
  if (options.webhook) {
    const { server, webhook } = options;
    if (!server) throw new Error("A Zalo webhook needs the webhook server; set WEBHOOK_PORT.");
    const path = new URL(webhook.url).pathname;
    server.route(path, zaloWebhookHandler(webhook.secret, onUpdate, log));
    await client.setWebhook({ url: webhook.url, secret_token: webhook.secret });
    log(`[zalo] ${mentionName ?? info.id}: webhook ${webhook.url}`);
    return { stop: async () => server.unroute(path) };
  }
  await client.deleteWebhook().catch((error: unknown) => {
    log(`[zalo] deleteWebhook failed (${errorMessage(error)}); polling anyway`);
  });
  const poller = new ZaloPoller(client, onUpdate, {
    log,
    ...(options.pollTimeoutSeconds !== undefined ? { pollTimeoutSeconds: options.pollTimeoutSeconds } : {}),
  });
  poller.start();
  log(`[zalo] ${mentionName ?? info.id}: long polling`);
  return { stop: () => poller.stop() };
}
