import { loadSettings } from "../config/settings.js";
import { DEFAULT_CLI_OPTIONS } from "../eval/cli-options.js";
import { errorMessage } from "../errors/error-message.js";
import { loadGlossary } from "../vietnamese/glossary/glossary.js";
import { startReviewServer } from "./server.js";

/** `npm run review`: the staff review page on 127.0.0.1 (REVIEW_PORT, 8787 by default), until Ctrl-C. */
async function main(): Promise<void> {
  const settings = loadSettings();
  const server = await startReviewServer({
    indexDir: settings.indexDir,
    reportsDir: DEFAULT_CLI_OPTIONS.reportsDir,
    glossary: loadGlossary(),
    timeZone: settings.timeZone,
    host: "127.0.0.1",
    port: settings.reviewPort,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`Trang kiểm tra cho cán bộ: ${server.url} (Ctrl-C để dừng)\n`);
  const stop = () => {
    void server.close().then(() => process.stdout.write("Đã dừng trang kiểm tra.\n"));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  const message = errorMessage(error);
  const busy = /EADDRINUSE/.test(message) ? " Cổng đang được dùng: đặt REVIEW_PORT khác, ví dụ REVIEW_PORT=8788 npm run review." : "";
  process.stderr.write(`Không mở được trang kiểm tra: ${message}.${busy}\n`);
  process.exitCode = 1;
});
