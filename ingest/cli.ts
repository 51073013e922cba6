import { loadSettings } from "../config/settings.js";
import { ingestSettingsFrom } from "./ingest-settings.js";
import { formatIngestReport } from "./format-report.js";
import { runIngest } from "./run-ingest.js";
import { errorMessage } from "../errors/error-message.js";

/** `npm run ingest [-- --force]`: builds the index and prints, per document, what was understood. */
async function main(): Promise<void> {
  const settings = ingestSettingsFrom(loadSettings());
  const force = process.argv.includes("--force");
  const report = await runIngest(settings, { force, onProgress: (line) => process.stderr.write(`${line}\n`) });
  console.log(formatIngestReport(report, { showUnparsed: !process.argv.includes("--quiet") }));
  if (report.rebuilt) console.log("Xem từng bảng, bản ghi bên cạnh dòng nguồn và các dòng chưa đọc được: npm run review");
  if (report.indexError !== null || report.documents.some((document) => document.error !== null)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(errorMessage(error));
  process.exitCode = 1;
});
