import type { Server, ServerResponse } from "node:http";
import { closeServer, listenLocally, readBody } from "./http-helpers.js";

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
      void this.handle(request.url ?? "", readBody(request), response);
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

  protected abstract handle(path: string, bodyText: Promise<string>, response: ServerResponse): Promise<void>;
}
