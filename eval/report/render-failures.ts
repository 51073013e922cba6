import { foldText } from "../../vietnamese/fold.js";
import { escapeHtml } from "./escape-html.js";
import { groupFailures, type Failure } from "./failure-groups.js";
import type { EvalReport } from "./report-schema.js";
import { variantLabel, type ReportWords } from "./report-words.js";

/** "Không tìm thấy" → "khong-tim-thay": a link target people can read. */
const anchorOf = (label: string) => foldText(label).replace(/ /g, "-");

function row(failure: Failure, words: ReportWords): string {
  const { result, evidence } = failure;
  const source = evidence
    ? `${escapeHtml(evidence.document)}, dòng ${evidence.line}${evidence.text ? `:<br>«${escapeHtml(evidence.text)}»` : ""}`
    : "— (phải từ chối)";
  return `<tr><td>${escapeHtml(result.caseId)}</td><td>${escapeHtml(variantLabel(result.variant, words))}</td><td>${escapeHtml(result.question)}</td><td>${source}</td><td>${escapeHtml(failure.missing)}</td><td><pre>${escapeHtml(result.answerHead)}</pre></td></tr>`;
}

/** The failed questions as HTML: one section per cause with what to check, one row per question with its evidence line. */
export function failureGroupsHtml(report: EvalReport, words: ReportWords): string {
  const { groups, holdoutFailed } = groupFailures(report, words);
  const sections = groups.map(
    (group) => `<section class="nguyen-nhan" id="${escapeHtml(anchorOf(group.label))}"><h3>${escapeHtml(group.label)} (${group.failures.length})</h3>
<p class="check"><b>Cần kiểm tra:</b> ${escapeHtml(group.check)}</p>
<table><tr><th>Tình huống</th><th>Cách hỏi</th><th>Câu hỏi</th><th>Dòng nguồn mong đợi</th><th>Còn thiếu</th><th>Đầu câu trả lời</th></tr>
${group.failures.map((failure) => row(failure, words)).join("\n")}</table></section>`,
  );
  if (holdoutFailed > 0) sections.push(`<p class="check">${holdoutFailed} câu giữ riêng không đạt: chỉ đếm, không liệt kê từng câu (không dùng để chỉnh).</p>`);
  if (sections.length === 0) sections.push("<p>Mọi câu đều đạt.</p>");
  return sections.join("\n");
}
