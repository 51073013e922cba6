import { documentName } from "./failure-groups.js";
import { formatFailures } from "./format-failures.js";
import type { EvalReport, Tally } from "./report-schema.js";
import { byKindInOrder, byNameInOrder, localTime, outcomeLabel, reportWords, variantLabel } from "./report-words.js";
import type { Verdict } from "./verdict.js";

function percent(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

/** Pads to a width counted in characters as seen (NFC), so Vietnamese names line up. */
function pad(text: string, width: number): string {
  const length = [...text.normalize("NFC")].length;
  return length >= width ? `${text} ` : text + " ".repeat(width - length);
}

function tallyTable(title: string, named: [string, Tally][]): string[] {
  const width = Math.max([...title].length, ...named.map(([label]) => [...label].length)) + 2;
  const lines = [`${pad(title, width)}${pad("đạt", 12)}tỉ lệ`];
  for (const [label, row] of named) lines.push(`${pad(label, width)}${pad(`${row.passed}/${row.total}`, 12)}${percent(row.rate)}`);
  return lines;
}

const MAX_LISTED = 25;
const FAILURES_PER_GROUP = 10;

/** The console report, in Vietnamese: totals, pass rate by kind and document, failures by cause, regressions, stale cases, verdict. */
export function formatTable(report: EvalReport, verdict: Verdict): string {
  const { summary } = report;
  const words = reportWords();
  const lines: string[] = [];
  lines.push(`Kiểm tra trợ lý kế hoạch — ${localTime(report.createdAt)}: ${summary.cases} tình huống, ${summary.questions} câu hỏi (kể cả cách hỏi khác)`);
  lines.push(`Đạt: ${summary.passed}/${summary.questions} = ${percent(summary.passRate)}; tình huống đạt mọi cách hỏi: ${summary.casesPassed}/${summary.cases}`);
  lines.push(`Trích dẫn đúng văn bản: ${summary.citations.passed}/${summary.citations.total} = ${percent(summary.citations.rate)}`);
  lines.push(`Từ chối đúng (câu ngoài phạm vi): ${summary.refusals.passed}/${summary.refusals.total}`);
  lines.push(`Sai mà tự tin (khẳng định nhưng sai): ${summary.confidentWrong}`);
  lines.push(`Tình huống lỗi thời (dòng nguồn không còn ở chỗ cũ): ${summary.staleCases}`);
  lines.push(`Thời gian trả lời: p50 ${summary.latencyMs.p50.toFixed(0)} ms, p95 ${summary.latencyMs.p95.toFixed(0)} ms`);
  lines.push("");
  lines.push(...tallyTable("Loại câu hỏi", byKindInOrder(summary.byKind, words)));
  lines.push("");
  lines.push(...tallyTable("Văn bản", byNameInOrder(summary.byDocument, (file) => documentName(report, file))));
  lines.push("");
  lines.push(`Kết quả từng câu: ${Object.entries(summary.byOutcome).map(([outcome, count]) => `${outcomeLabel(outcome, words)} ${count}`).join(", ")}`);
  lines.push(...formatFailures(report, words, FAILURES_PER_GROUP));
  const stale = report.cases.filter((evalCase) => evalCase.evidence.status !== "ok");
  if (stale.length > 0) {
    lines.push("", "Tình huống lỗi thời (sửa evidence.line hoặc viết lại tình huống):");
    for (const evalCase of stale.slice(0, MAX_LISTED)) {
      const where = evalCase.evidence.newLine === undefined ? (words.evidenceStates[evalCase.evidence.status] ?? evalCase.evidence.status) : `nay ở dòng ${evalCase.evidence.newLine}`;
      lines.push(`  ${evalCase.id} (${documentName(report, evalCase.document)}, dòng ${evalCase.evidenceLine ?? "?"}) → ${where}`);
    }
    if (stale.length > MAX_LISTED) lines.push(`  … và ${stale.length - MAX_LISTED} tình huống nữa (xem report.html)`);
  }
  if (report.comparedWithPrevious) {
    lines.push("", `So với lần chạy trước: ${report.regressions.length} câu tụt hạng, ${report.fixed.length} câu mới đạt.`);
    for (const regression of report.regressions.slice(0, MAX_LISTED)) {
      lines.push(`  ✗ ${regression.caseId} [${variantLabel(regression.variant, words)}] ${regression.question} → ${outcomeLabel(regression.outcome, words)}`);
    }
  }
  lines.push("");
  lines.push(verdict.exitCode === 0 ? "KẾT LUẬN: ĐẠT" : "KẾT LUẬN: KHÔNG ĐẠT");
  for (const reason of verdict.reasons) lines.push(`  - ${reason}`);
  return lines.join("\n");
}
