import type { EvalReport, QuestionResult } from "./report-schema.js";
import { variantLabel, type ReportWords } from "./report-words.js";

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The short name of a document file ("Kế hoạch 429/KH-UBND"), or the file name when the report has none. */
export function documentName(report: EvalReport, file: string): string {
  if (file === "none") return "không thuộc văn bản nào";
  return report.documentNames[file] ?? file;
}

/**
 * The failed questions grouped by cause (không tìm thấy, sai sự kiện, sai tài liệu, sự kiện không
 * đứng đầu), each group with what to check, each case with the evidence line it should rest on.
 */
export function failureGroups(report: EvalReport, words: ReportWords): string {
  const evidenceOf = new Map(report.cases.map((evalCase) => [evalCase.id, evalCase]));
  const failed = report.results.filter((result) => !result.passed);
  const sections = words.causes.map((cause) => {
    const rows = failed.filter((result) => result.outcome === cause.outcome);
    if (rows.length === 0) return "";
    return `<h3>${escape(cause.label)} (${rows.length})</h3>
<p class="check"><b>Cần kiểm tra:</b> ${escape(cause.check)}</p>
<table><tr><th>Tình huống</th><th>Cách hỏi</th><th>Câu hỏi</th><th>Dòng nguồn mong đợi</th><th>Còn thiếu</th><th>Đầu câu trả lời</th></tr>
${rows.map((result) => row(report, result, evidenceOf.get(result.caseId), words)).join("\n")}</table>`;
  });
  return sections.join("\n");
}

function row(report: EvalReport, result: QuestionResult, evalCase: EvalReport["cases"][number] | undefined, words: ReportWords): string {
  const line = evalCase?.evidenceLine;
  const evidence =
    line !== null && line !== undefined
      ? `${escape(documentName(report, result.document))}, dòng ${line}${evalCase?.evidenceText ? `:<br>«${escape(evalCase.evidenceText)}»` : ""}`
      : "— (phải từ chối)";
  const missing = result.missingGroups.length > 0 ? result.missingGroups.join("; ") : result.citationOk === false ? "trích dẫn đúng văn bản" : "";
  return `<tr><td>${escape(result.caseId)}</td><td>${escape(variantLabel(result.variant, words))}</td><td>${escape(result.question)}</td><td>${evidence}</td><td>${escape(missing)}</td><td><pre>${escape(result.answerHead)}</pre></td></tr>`;
}
