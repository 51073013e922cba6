import type { IncomingMessage, ServerResponse } from "node:http";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import { z } from "zod";
import { errorMessage } from "../../errors/error-message.js";
import { BoundedMap } from "../core/bounded-map.js";
import { answered, readWebhookJson, respondJson } from "../webhook-body.js";
import type { RouteHandler } from "../webhook-server.js";

export const telegramSecretHeader = "x-telegram-bot-api-secret-token";

/** What every Telegram update is: an object with a non-negative integer update_id. */
const UpdateEnvelope = z.looseObject({ update_id: z.number().int().nonnegative() });

/**
 * The Telegram webhook receiver: 401 for a wrong secret, 413 for a body over the size limit
 * (updates are small), 400 for a body that is not an update object (`null`, a list, no
 * update_id), 200 otherwise — at once, before the update is handled, so a slow answer or a
 * failing send never makes Telegram deliver it again. An update_id seen before (Telegram
 * redelivers after a timeout) is acknowledged and not handled twice.
 */
export function telegramWebhookHandler(bot: Bot, secret: string, log: (line: string) => void): RouteHandler {
  const seen = new BoundedMap<number, true>(5000);
  return async (request: IncomingMessage, response: ServerResponse) => {
    const body = await readWebhookJson(request, response, { secretHeader: telegramSecretHeader, secret, wrongSecretStatus: 401 });
    if (body === answered) return;
    const update = UpdateEnvelope.safeParse(body);
    if (!update.success) {
      respondJson(response, 400, { ok: false, description: "body is not a Telegram update" });
      return;
    }
    respondJson(response, 200, { ok: true });
    const id = update.data.update_id;
    if (seen.has(id)) return;
    seen.set(id, true);
    bot.handleUpdate(update.data as unknown as Update).catch((error: unknown) => {
      log(`[telegram] update ${id} failed: ${errorMessage(error)}`);
    });
  };
}
