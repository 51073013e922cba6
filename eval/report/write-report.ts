import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderHtml } from "./render-html.js";
import { EvalReport } from "./report-schema.js";
import type { Verdict } from "./verdict.js";

export const REPORT_FILE = "report.json";
export const PREVIOUS_FILE = "previous.json";
export const HTML_FILE = "report.html";

/**
 * The last run's report, to compare with: `report.json` of the folder (the run before this
 * one), else `previous.json`; null when there is none or it cannot be read.
 */
export function readPreviousReport(folder: string): EvalReport | null {
  for (const name of [REPORT_FILE, PREVIOUS_FILE]) {
    const path = join(folder, name);
    if (!existsSync(path)) continue;
    try {
      return EvalReport.parse(JSON.parse(readFileSync(path, "utf8")));
    } catch {
      continue;
    }
  }
  return null;
}

/** Keeps the last run as `previous.json`, then writes `report.json` and `report.html`. */
export function writeReport(folder: string, report: EvalReport, verdict: Verdict): { json: string; html: string } {
  mkdirSync(folder, { recursive: true });
  const json = join(folder, REPORT_FILE);
  const html = join(folder, HTML_FILE);
  if (existsSync(json)) copyFileSync(json, join(folder, PREVIOUS_FILE));
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(html, renderHtml(report, verdict));
  return { json, html };
}
