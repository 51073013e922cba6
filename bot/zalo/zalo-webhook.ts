import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RouteHandler } from "../webhook-server.js";
import { ZaloWebhookBody, type ZaloUpdate } from "./zalo-schemas.js";
import { readLimitedBody, refuseTooLarge } from "../webhook-body.js";

export const zaloSecretHeader = "x-bot-api-secret-token";

/** Compares secrets in constant time (both sides hashed first, so lengths always match). */
export function secretMatches(received: string | undefined, expected: string): boolean {
  if (received === undefined) return false;
  const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();
  return timingSafeEqual(digest(received), digest(expected));
}

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
    const header = request.headers[zaloSecretHeader];
    if (!secretMatches(Array.isArray(header) ? header[0] : header, secret)) {
      request.resume();
      respond(response, 403, { ok: false, description: "wrong secret token" });
      return;
    }
    const text = await readLimitedBody(request);
    if (text === null) {
      refuseTooLarge(request, response, { ok: false, description: "body too large" });
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      respond(response, 400, { ok: false, description: "body is not JSON" });
      return;
    }
    const parsed = ZaloWebhookBody.safeParse(body);
    respond(response, 200, { ok: true });
    if (!parsed.success) {
      log(`[zalo] ignored a webhook update of unknown shape: ${text.slice(0, 200)}`);
      return;
    }
    onUpdate(parsed.data);
  };
}

function respond(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}
