import type { IncomingMessage, ServerResponse } from "node:http";
import type { RouteHandler } from "../webhook-server.js";
import { ZaloWebhookBody, type ZaloUpdate } from "./zalo-schemas.js";
import { answered, readWebhookJson, respondJson } from "../webhook-body.js";

export const zaloSecretHeader = "x-bot-api-secret-token";

/**
 * The Zalo webhook receiver: 403 when the X-Bot-Api-Secret-Token header is wrong, 400 for a
 * body that is not JSON, 200 otherwise (an update of unknown shape is logged and ignored, so
 * Zalo does not redeliver it).
 */
export function zaloWebhookHandler(
  secret: string,
  onUpdate: (update: ZaloUpdate) => void,
  log: (line: string) => void = (line) => console.error(line),
): RouteHandler {
  return async (request: IncomingMessage, response: ServerResponse) => {
    const body = await readWebhookJson(request, response, { secretHeader: zaloSecretHeader, secret, wrongSecretStatus: 403 });
    if (body === answered) return;
    const parsed = ZaloWebhookBody.safeParse(body);
    respondJson(response, 200, { ok: true });
    if (!parsed.success) {
      log(`[zalo] ignored a webhook update of unknown shape: ${JSON.stringify(body).slice(0, 200)}`);
      return;
    }
    onUpdate(parsed.data);
  };
}
