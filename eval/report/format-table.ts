import type { EvalReport, Tally } from "./report-schema.js";
import type { Verdict } from "./verdict.js";

function percent(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

function tallyTable(title: string, rows: Record<string, Tally>): string[] {
  const names = Object.keys(rows);
  const width = Math.max(title.length, ...names.map((name) => name.length)) + 2;
  const lines = [`${pad(title, width)}${pad("đạt", 10)}tỉ lệ`];
  for (const [name, row] of Object.entries(rows)) {
    lines.push(`${pad(name, width)}${pad(`${row.passed}/${row.total}`, 10)}${percent(row.rate)}`);
  }
  return lines;
}

const MAX_LISTED = 25;

/** The console report: totals, pass rate by kind and document, regressions, stale cases, verdict. */
export function formatTable(report: EvalReport, verdict: Verdict): string {
  const { summary } = report;
  const lines: string[] = [];
  lines.push(`Eval ${report.createdAt}: ${summary.cases} case, ${summary.questions} câu hỏi (kể cả cách hỏi khác)`);
  lines.push(`Đạt: ${summary.passed}/${summary.questions} = ${percent(summary.passRate)}; case đạt mọi cách hỏi: ${summary.casesPassed}/${summary.cases}`);
  lines.push(`Trích dẫn đúng tài liệu: ${summary.citations.passed}/${summary.citations.total} = ${percent(summary.citations.rate)}`);
  lines.push(`Từ chối đúng (ngoài phạm vi): ${summary.refusals.passed}/${summary.refusals.total}`);
  lines.push(`Trả lời sai mà vẫn khẳng định: ${summary.confidentWrong}`);
  lines.push(`Case lỗi thời (bằng chứng không còn ở dòng cũ): ${summary.staleCases}`);
  lines.push(`Thời gian trả lời: p50 ${summary.latencyMs.p50.toFixed(0)} ms, p95 ${summary.latencyMs.p95.toFixed(0)} ms`);
  lines.push("");
  lines.push(...tallyTable("Loại câu hỏi", summary.byKind));
  lines.push("");
  lines.push(...tallyTable("Tài liệu", summary.byDocument));
  lines.push("");
  lines.push(`Kết quả: ${Object.entries(summary.byOutcome).map(([outcome, count]) => `${outcome} ${count}`).join(", ")}`);
  const stale = report.cases.filter((evalCase) => evalCase.evidence.status !== "ok");
  if (stale.length > 0) {
    lines.push("", "Case lỗi thời (sửa evidence.line hoặc viết lại case):");
    for (const evalCase of stale.slice(0, MAX_LISTED)) {
      const where = evalCase.evidence.newLine === undefined ? evalCase.evidence.status : `nay ở dòng ${evalCase.evidence.newLine}`;
      lines.push(`  ${evalCase.id} (${evalCase.document}:${evalCase.evidenceLine ?? "?"}) → ${where}`);
    }
    if (stale.length > MAX_LISTED) lines.push(`  … và ${stale.length - MAX_LISTED} case nữa (xem report.html)`);
  }
  if (report.comparedWithPrevious) {
    lines.push("", `So với lần chạy trước: ${report.regressions.length} câu tụt hạng, ${report.fixed.length} câu mới đạt.`);
    for (const regression of report.regressions.slice(0, MAX_LISTED)) {
      lines.push(`  ✗ ${regression.caseId} [${regression.variant}] ${regression.question} → ${regression.outcome}`);
    }
  }
  lines.push("");
  lines.push(verdict.exitCode === 0 ? "KẾT LUẬN: ĐẠT" : "KẾT LUẬN: KHÔNG ĐẠT");
  for (const reason of verdict.reasons) lines.push(`  - ${reason}`);
  return lines.join("\n");
}
