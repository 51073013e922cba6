import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { EvalReport } from "../eval/report/report-schema.js";
import { HTML_FILE, REPORT_FILE } from "../eval/report/write-report.js";
import { errorMessage } from "../errors/error-message.js";

export type EvalLoad =
  | { status: "ready"; report: EvalReport; htmlPath: string }
  | { status: "missing"; path: string }
  | { status: "invalid"; path: string; problem: string };

/** The latest eval report (`npm run eval` writes it under `.reports/eval`), validated. */
export async function loadEvalReport(reportsDir: string): Promise<EvalLoad> {
  const path = join(reportsDir, REPORT_FILE);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return { status: "missing", path };
  }
  try {
    const parsed = EvalReport.safeParse(JSON.parse(text));
    if (!parsed.success) return { status: "invalid", path, problem: parsed.error.message.slice(0, 300) };
    return { status: "ready", report: parsed.data, htmlPath: join(reportsDir, HTML_FILE) };
  } catch (error) {
    return { status: "invalid", path, problem: errorMessage(error) };
  }
}
