import { documentName } from "../eval/report/failure-groups.js";
import { failureGroupsHtml } from "../eval/report/render-failures.js";
import { summaryTable, tallyCharts } from "../eval/report/render-html.js";
import { localTime, reportWords } from "../eval/report/report-words.js";
import type { EvalLoad } from "./eval-source.js";
import { escapeHtml, renderPage } from "./render-layout.js";

/** Where the eval report stands, for a page that has no report to show. */
function notReady(load: Exclude<EvalLoad, { status: "ready" }>): string {
  if (load.status === "missing") {
    return `<p class="canh-bao">Chưa có kết quả kiểm tra (không thấy ${escapeHtml(load.path)}). Chạy <code>npm run eval</code> rồi tải lại trang.</p>`;
  }
  return `<p class="canh-bao loi">Không đọc được kết quả kiểm tra ${escapeHtml(load.path)} (${escapeHtml(load.problem)}). Chạy lại <code>npm run eval</code>.</p>`;
}

/** The short summary on the front page: when, pass rate, and a link to the full results. */
export function evalSummary(load: EvalLoad): string {
  if (load.status !== "ready") return `<section id="kiem-tra">${notReady(load)}</section>`;
  const { report } = load;
  return `<section id="kiem-tra"><p>Lần kiểm tra gần nhất: ${escapeHtml(localTime(report.createdAt))} — ${report.summary.cases} tình huống, ${report.summary.questions} câu hỏi.</p>
${summaryTable(report.summary)}
<p><a href="/kiem-tra">Xem kết quả theo loại câu hỏi, theo văn bản và các câu không đạt</a></p></section>`;
}

/** The eval page: summary, pass rates by kind and document, regressions, failures grouped by cause with their evidence lines. */
export function renderEval(load: EvalLoad): string {
  if (load.status !== "ready") return renderPage("Kết quả kiểm tra", `<h1>Kết quả kiểm tra</h1>\n${notReady(load)}`);
  const { report } = load;
  const words = reportWords();
  const regressions = report.regressions.map((regression) => `<li>${escapeHtml(regression.caseId)}: ${escapeHtml(regression.question)}</li>`).join("");
  const stale = report.cases.filter((evalCase) => evalCase.evidence.status !== "ok");
  const staleList = stale
    .map((evalCase) => `<li>${escapeHtml(evalCase.id)} — ${escapeHtml(documentName(report, evalCase.document))}, dòng ${evalCase.evidenceLine ?? "?"}: ${escapeHtml(words.evidenceStates[evalCase.evidence.status] ?? "")}${evalCase.evidence.newLine ? `, nay ở dòng ${evalCase.evidence.newLine}` : ""}</li>`)
    .join("");
  return renderPage(
    "Kết quả kiểm tra",
    `<h1>Kết quả kiểm tra gần nhất</h1>
<p>${escapeHtml(localTime(report.createdAt))} — ${report.summary.cases} tình huống, ${report.summary.questions} câu hỏi (kể cả các cách hỏi khác). <a href="/kiem-tra/bao-cao.html">Mở báo cáo gốc</a></p>
<section id="tom-tat"><h2>Tóm tắt</h2>${summaryTable(report.summary, words)}</section>
${tallyCharts(report, words)}
<h2>Tụt hạng so với lần trước (${report.regressions.length})</h2>${regressions ? `<ul>${regressions}</ul>` : `<p class="ghi-chu">Không có.</p>`}
<h2>Tình huống lỗi thời (${stale.length})</h2>${staleList ? `<ul>${staleList}</ul>` : `<p class="ghi-chu">Không có.</p>`}
<section id="khong-dat"><h2>Câu không đạt, theo nguyên nhân (${report.summary.questions - report.summary.passed})</h2>
${failureGroupsHtml(report, words)}</section>`,
  );
}
