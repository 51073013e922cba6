import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { errorMessage } from "../errors/error-message.js";

export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/**
 * One node:http server for every webhook of the process, routed by URL path
 * ("/telegram", "/zalo" — the paths of TELEGRAM_WEBHOOK_URL and ZALO_WEBHOOK_URL). A failing
 * handler answers 400/500 and never takes the process down.
 */
export class WebhookServer {
  private readonly routes = new Map<string, RouteHandler>();
  private readonly server: Server;

  constructor(private readonly log: (line: string) => void = (line) => console.error(line)) {
    this.server = createServer((request, response) => {
      void this.dispatch(request, response);
    });
  }

  route(path: string, handler: RouteHandler): void {
    this.routes.set(normalizePath(path), handler);
  }

  unroute(path: string): void {
    this.routes.delete(normalizePath(path));
  }

  /** Listens on `host` (WEBHOOK_HOST; 127.0.0.1 unless the receiver must be reached directly). */
  listen(port: number, host = "127.0.0.1"): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, host, () => {
        this.server.off("error", reject);
        resolve((this.server.address() as AddressInfo).port);
      });
    });
  }

  /** Where the server listens (after `listen`). */
  boundAddress(): AddressInfo {
    return this.server.address() as AddressInfo;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeIdleConnections();
    });
  }

  private async dispatch(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = normalizePath(new URL(request.url ?? "/", "http://localhost").pathname);
    const handler = this.routes.get(path);
    if (!handler || request.method !== "POST") {
      response.writeHead(handler ? 405 : 404).end();
      request.resume();
      return;
    }
    try {
      await handler(request, response);
    } catch (error) {
      this.log(`[webhook] ${path}: ${errorMessage(error)}`);
      if (!response.headersSent) response.writeHead(error instanceof SyntaxError ? 400 : 500);
      if (!response.writableEnded) response.end();
    }
  }
}

function normalizePath(path: string): string {
  const trimmed = path.replace(/\/+$/, "");
  return trimmed === "" ? "/" : trimmed;
}
