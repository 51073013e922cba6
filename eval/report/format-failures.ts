import { groupFailures } from "./failure-groups.js";
import type { EvalReport } from "./report-schema.js";
import { variantLabel, type ReportWords } from "./report-words.js";

const oneLine = (text: string, limit: number) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > limit ? `${flat.slice(0, limit - 1)}…` : flat;
};

/**
 * The failed questions for the terminal, by cause: what to check, then each question with the
 * evidence line it should rest on, what was missing and how the answer began (`perGroup` at most).
 */
export function formatFailures(report: EvalReport, words: ReportWords, perGroup: number): string[] {
  const { groups, holdoutFailed } = groupFailures(report, words);
  const lines: string[] = [];
  if (groups.length === 0 && holdoutFailed === 0) return lines;
  lines.push("", "Câu không đạt, theo nguyên nhân:");
  for (const group of groups) {
    lines.push("", `${group.label} (${group.failures.length})`, `  Cần kiểm tra: ${group.check}`);
    for (const failure of group.failures.slice(0, perGroup)) {
      const { result, evidence } = failure;
      lines.push(`  • ${result.caseId} [${variantLabel(result.variant, words)}] ${oneLine(result.question, 100)}`);
      lines.push(
        evidence
          ? `      dòng nguồn: ${evidence.document}, dòng ${evidence.line}${evidence.text ? `: «${oneLine(evidence.text, 90)}»` : ""}`
          : "      dòng nguồn: — (phải từ chối)",
      );
      if (failure.missing !== "") lines.push(`      còn thiếu: ${oneLine(failure.missing, 100)}`);
      lines.push(`      đầu câu trả lời: ${oneLine(result.answerHead, 100)}`);
    }
    if (group.failures.length > perGroup) lines.push(`  … và ${group.failures.length - perGroup} câu nữa (xem report.html)`);
  }
  if (holdoutFailed > 0) lines.push("", `${holdoutFailed} câu giữ riêng không đạt: chỉ đếm, không liệt kê từng câu.`);
  return lines;
}
