import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { readFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { localDate, systemClock, type Clock } from "../knowledge/deadlines/clock.js";
import { errorDetails } from "../errors/error-message.js";
import type { Glossary } from "../vietnamese/glossary/glossary.js";
import { loadEvalReport } from "./eval-source.js";
import { ReviewSource } from "./review-data.js";
import { renderDocument } from "./render-document.js";
import { renderEval } from "./render-eval.js";
import { renderHome, renderNoIndex, renderUnusableIndex } from "./render-home.js";
import { escapeHtml, renderPage } from "./render-layout.js";
import { renderSearch } from "./render-search.js";

export interface ReviewServerOptions {
  indexDir: string;
  /** Where `npm run eval` writes report.json and report.html. */
  reportsDir: string;
  glossary: Glossary;
  /** The province's time zone, for "tháng này" in the deadline box. */
  timeZone: string;
  host: string;
  /** 0 picks a free port. */
  port: number;
  clock?: Clock;
  log?: (line: string) => void;
}

export interface ReviewServer {
  url: string;
  close(): Promise<void>;
}

/** Inline styles and SVG only: nothing is loaded from elsewhere, no script runs. */
const securityHeaders = {
  "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
};

function send(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", ...securityHeaders });
  response.end(html);
}

const notFound = (what: string) => renderPage("Không tìm thấy", `<h1>Không tìm thấy</h1><p>${escapeHtml(what)}</p><p><a href="/">Về danh sách văn bản</a></p>`);

/** The staff review page: a small server-rendered site on the loopback address. */
export async function startReviewServer(options: ReviewServerOptions): Promise<ReviewServer> {
  const source = new ReviewSource(options.indexDir);
  const clock = options.clock ?? systemClock;
  const log = options.log ?? (() => undefined);

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" });
      response.end("Chỉ đọc: trang này không nhận dữ liệu gửi lên.");
      return;
    }
    const url = new URL(request.url ?? "/", "http://review.local");
    const query = (name: string) => url.searchParams.get(name) ?? "";
    if (url.pathname === "/kiem-tra") return send(response, 200, renderEval(await loadEvalReport(options.reportsDir)));
    if (url.pathname === "/kiem-tra/bao-cao.html") {
      const evalLoad = await loadEvalReport(options.reportsDir);
      const html = evalLoad.status === "ready" ? await readFile(evalLoad.htmlPath, "utf8").catch(() => null) : null;
      return html === null ? send(response, 404, notFound("Chưa có báo cáo kiểm tra: chạy npm run eval.")) : send(response, 200, html);
    }
    const loaded = await source.load();
    if (loaded.status === "missing") return send(response, 503, renderNoIndex(options.indexDir));
    if (loaded.status === "unusable") return send(response, 503, renderUnusableIndex(options.indexDir, loaded.problem));
    const { data } = loaded;
    if (url.pathname === "/") return send(response, 200, renderHome(data, await loadEvalReport(options.reportsDir)));
    if (url.pathname === "/van-ban") {
      const file = query("tep");
      if (!data.files.includes(file)) return send(response, 404, notFound(`Chỉ mục không có văn bản «${file}».`));
      return send(response, 200, renderDocument(data, file));
    }
    if (url.pathname === "/tim") {
      const file = query("tep");
      const search = { agency: query("co-quan"), deadline: query("han"), file: data.files.includes(file) ? file : null };
      return send(response, 200, renderSearch(data, search, { glossary: options.glossary, today: localDate(clock.now(), options.timeZone) }));
    }
    send(response, 404, notFound(`Không có trang ${url.pathname}.`));
  }

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      log(`review page: ${request.url ?? ""} failed: ${errorDetails(error)}`);
      if (!response.headersSent) send(response, 500, renderPage("Lỗi", `<h1>Lỗi</h1><p>Không hiển thị được trang này. Xem log của lệnh npm run review; nếu chỉ mục hỏng, chạy lại <code>npm run ingest -- --force</code>.</p>`));
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
