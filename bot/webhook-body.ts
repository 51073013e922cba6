import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

/** Platform updates are small (a Telegram update is a few KB); more than this is refused unread. */
export const maxWebhookBodyBytes = 1_000_000;

/**
 * The request body as text, or null when it is larger than `maxBytes`: refused from its
 * Content-Length when it declares one, else as soon as that many bytes have come; nothing past
 * the limit is kept.
 */
export function readLimitedBody(request: IncomingMessage, maxBytes = maxWebhookBodyBytes): Promise<string | null> {
  const declared = Number(request.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        request.off("data", onData);
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    request.on("data", onData);
    request.once("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.once("error", reject);
  });
}

/** Answers 413 and closes the connection, so the rest of an oversized body is never read. */
export function refuseTooLarge(request: IncomingMessage, response: ServerResponse, body: unknown): void {
  response.writeHead(413, { "content-type": "application/json", connection: "close" });
  response.end(JSON.stringify(body), () => request.destroy());
}

export function respondJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

/** Compares secrets in constant time (both sides hashed first, so lengths always match). */
export function secretMatches(received: string | undefined, expected: string): boolean {
  if (received === undefined) return false;
  const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();
  return timingSafeEqual(digest(received), digest(expected));
}

export interface WebhookGate {
  /** Header that carries the secret, and the status a wrong secret gets (Telegram 401, Zalo 403). */
  secretHeader: string;
  secret: string;
  wrongSecretStatus: number;
}

/** Marks a request already answered (wrong secret, too large, not JSON). */
export const answered = Symbol("answered");

/**
 * What every platform webhook does first: a wrong secret is refused without reading the body, a
 * body over the limit gets 413, a body that is not JSON gets 400; otherwise the parsed JSON.
 */
export async function readWebhookJson(request: IncomingMessage, response: ServerResponse, gate: WebhookGate): Promise<unknown> {
  const header = request.headers[gate.secretHeader];
  if (!secretMatches(Array.isArray(header) ? header[0] : header, gate.secret)) {
    request.resume();
    respondJson(response, gate.wrongSecretStatus, { ok: false, description: "wrong secret token" });
    return answered;
  }
  const text = await readLimitedBody(request);
  if (text === null) {
    refuseTooLarge(request, response, { ok: false, description: "body too large" });
    return answered;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    respondJson(response, 400, { ok: false, description: "body is not JSON" });
    return answered;
  }
}
