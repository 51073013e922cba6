import type { Assistant } from "../knowledge/answer/answer-types.js";
import type { EvalCase } from "./case-schema.js";
import type { CliOptions } from "./cli-options.js";
import { formatTable } from "./report/format-table.js";
import { formatSplitLines } from "./report/split-lines.js";
import { decideVerdict, type Verdict } from "./report/verdict.js";
import { readPreviousReport, writeReport } from "./report/write-report.js";
import type { EvalReport } from "./report/report-schema.js";
import { runSuite } from "./run-suite.js";

export interface EvalIo {
  sourcesDir: string;
  /** Standard output (the table, or the JSON summary with --json). */
  write: (text: string) => void;
  /** Progress lines (standard error). */
  progress: (text: string) => void;
}

/** The CLI's work without the process: run, judge, write the report files, print. Returns the exit code. */
export async function runEval(
  assistant: Assistant,
  cases: EvalCase[],
  options: CliOptions,
  io: EvalIo,
): Promise<{ exitCode: 0 | 1; report: EvalReport; verdict: Verdict }> {
  const previous = readPreviousReport(options.reportsDir);
  const report = await runSuite(assistant, cases, {
    sourcesDir: io.sourcesDir,
    previous,
    includeRewordings: options.includeRewordings,
    onProgress: (done, total) => {
      if (done % 50 === 0 || done === total) io.progress(`  ${done}/${total} câu hỏi\n`);
    },
  });
  const verdict = decideVerdict(report, options);
  const files = writeReport(options.reportsDir, report, verdict);
  if (options.json) {
    io.write(`${JSON.stringify({ summary: report.summary, regressions: report.regressions, verdict, files })}\n`);
  } else {
    io.write(`${formatTable(report, verdict)}\n\n${formatSplitLines(report.summary)}\nBáo cáo: ${files.html}\n`);
  }
  return { exitCode: verdict.exitCode, report, verdict };
}
