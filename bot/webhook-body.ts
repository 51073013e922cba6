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
