import type { Server, ServerResponse } from "node:http";
import { closeServer, listenLocally, readRawBody } from "./http-helpers.js";

/** The raw request, for servers that accept multipart uploads (Telegram sendDocument). */
export interface RawRequest {
  contentType: string;
  body: Promise<Buffer>;
}

/**
 * What the fake Telegram and Zalo servers share: a server on 127.0.0.1 with a random port, and
 * long-poll waiters woken when an update is queued or the server closes. Each subclass speaks
 * its platform's HTTP protocol in `handle`.
 */
export abstract class FakeBotApiServer {
  private server?: Server;
  private url = "";
  protected waiters: Array<() => void> = [];

  get apiRoot(): string {
    return this.url;
  }

  async start(): Promise<void> {
    const { server, url } = await listenLocally((request, response) => {
      const body = readRawBody(request);
      const raw = { contentType: String(request.headers["content-type"] ?? ""), body };
      void this.handle(request.url ?? "", body.then((bytes) => bytes.toString("utf8")), response, raw);
    });
    this.server = server;
    this.url = url;
  }

  async close(): Promise<void> {
    this.wakeWaiters();
    if (this.server) await closeServer(this.server);
  }

  protected wakeWaiters(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  protected abstract handle(path: string, bodyText: Promise<string>, response: ServerResponse, raw: RawRequest): Promise<void>;
}
