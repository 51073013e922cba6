import { escapeHtml } from "./escape-html.js";
import { documentName } from "./failure-groups.js";
import { failureGroupsHtml } from "./render-failures.js";
import type { EvalReport, Summary, Tally } from "./report-schema.js";
import { byKindInOrder, byNameInOrder, localTime, outcomeLabel, reportWords, variantLabel, type ReportWords } from "./report-words.js";
import type { Verdict } from "./verdict.js";

export { escapeHtml };

function percent(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

/** A horizontal bar chart as inline SVG: one bar per row, filled by its pass rate. */
export function barChart(title: string, rows: Record<string, Tally>): string {
  const entries = Object.entries(rows);
  const labelWidth = 330;
  const barWidth = 360;
  const rowHeight = 26;
  const height = entries.length * rowHeight + 34;
  const bars = entries
    .map(([name, tally], index) => {
      const y = 30 + index * rowHeight;
      const filled = Math.round(tally.rate * barWidth);
      const colour = tally.rate >= 0.95 ? "#2e7d32" : tally.rate >= 0.8 ? "#f9a825" : "#c62828";
      return [
        `<text x="0" y="${y + 15}" font-size="13">${escapeHtml(name)}</text>`,
        `<rect x="${labelWidth}" y="${y}" width="${barWidth}" height="18" fill="#eee"/>`,
        `<rect x="${labelWidth}" y="${y}" width="${filled}" height="18" fill="${colour}"/>`,
        `<text x="${labelWidth + barWidth + 8}" y="${y + 15}" font-size="13">${tally.passed}/${tally.total} (${percent(tally.rate)})</text>`,
      ].join("");
    })
    .join("\n");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${labelWidth + barWidth + 140}" height="${height}" role="img" aria-label="${escapeHtml(title)}">
<text x="0" y="18" font-size="15" font-weight="bold">${escapeHtml(title)}</text>
${bars}
</svg>`;
}

/** The headline figures, then tune and holdout apart. */
export function summaryTable(summary: Summary, words: ReportWords = reportWords()): string {
  const rows: [string, string][] = [
    ["Tỉ lệ đạt", `${summary.passed}/${summary.questions} (${percent(summary.passRate)})${summary.bySplit.tune && summary.bySplit.holdout ? " — mọi câu, cả hai phần dưới đây" : ""}`],
    ["Trích dẫn đúng văn bản", `${summary.citations.passed}/${summary.citations.total} (${percent(summary.citations.rate)})`],
    ["Từ chối đúng (câu ngoài phạm vi)", `${summary.refusals.passed}/${summary.refusals.total}`],
    ["Sai mà tự tin (khẳng định nhưng sai)", String(summary.confidentWrong)],
    ["Tình huống lỗi thời", String(summary.staleCases)],
    ["Thời gian trả lời", `p50 ${summary.latencyMs.p50.toFixed(0)} ms, p95 ${summary.latencyMs.p95.toFixed(0)} ms`],
    ["Kết quả từng câu", Object.entries(summary.byOutcome).map(([outcome, count]) => `${outcomeLabel(outcome, words)} ${count}`).join(", ")],
  ];
  const splits = (["tune", "holdout"] as const).flatMap((split) => {
    const figures = summary.bySplit[split];
    if (!figures) return [];
    return [
      `<tr><td>${escapeHtml(words.splits[split])}</td><td>${figures.passed}/${figures.questions} (${percent(figures.passRate)})</td><td>${figures.confidentWrong} (${percent(figures.confidentWrongRate)} câu có đáp án)</td><td>${figures.notFound}/${figures.answerable}</td><td>${figures.refusals.passed}/${figures.refusals.total}</td></tr>`,
    ];
  });
  const splitTable =
    splits.length === 0
      ? ""
      : `<table class="phan"><tr><th>Phần</th><th>Đạt</th><th>Sai mà tự tin</th><th>Từ chối nhầm</th><th>Từ chối đúng ngoài phạm vi</th></tr>${splits.join("")}</table>`;
  return `<table class="tom-tat">${rows.map(([name, value]) => `<tr><th>${escapeHtml(name)}</th><td>${escapeHtml(value)}</td></tr>`).join("\n")}</table>
${splitTable}`;
}

/** The pass rates by kind and by document, as bar charts. */
export function tallyCharts(report: EvalReport, words: ReportWords = reportWords()): string {
  return `${barChart("Tỉ lệ đạt theo loại câu hỏi", Object.fromEntries(byKindInOrder(report.summary.byKind, words)))}
${barChart("Tỉ lệ đạt theo văn bản", Object.fromEntries(byNameInOrder(report.summary.byDocument, (file) => documentName(report, file))))}`;
}

/** A self-contained HTML page (inline CSS and SVG, no external assets). */
export function renderHtml(report: EvalReport, verdict: Verdict): string {
  const { summary } = report;
  const words = reportWords();
  const when = localTime(report.createdAt);
  const stale = report.cases.filter((evalCase) => evalCase.evidence.status !== "ok");
  const staleRows = stale
    .map(
      (evalCase) =>
        `<tr><td>${escapeHtml(evalCase.id)}</td><td>${escapeHtml(documentName(report, evalCase.document))}</td><td>${evalCase.evidenceLine ?? ""}</td><td>${escapeHtml(words.evidenceStates[evalCase.evidence.status] ?? evalCase.evidence.status)}</td><td>${evalCase.evidence.newLine ?? ""}</td></tr>`,
    )
    .join("\n");
  const regressionRows = report.regressions
    .map(
      (regression) =>
        `<tr><td>${escapeHtml(regression.caseId)}</td><td>${escapeHtml(variantLabel(regression.variant, words))}</td><td>${escapeHtml(regression.question)}</td><td>${escapeHtml(outcomeLabel(regression.outcome, words))}</td></tr>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Kiểm tra trợ lý kế hoạch — ${escapeHtml(when)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:24px;color:#222}
table{border-collapse:collapse;margin:8px 0 24px}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;font-size:13px;text-align:left}
pre{white-space:pre-wrap;margin:0;max-width:520px}.verdict-ok{color:#2e7d32}.verdict-fail{color:#c62828}
.check{background:#f3f6fa;padding:6px 10px;max-width:900px}
</style></head><body>
<h1>Kết quả bộ câu hỏi kiểm tra — Trợ lý kế hoạch</h1>
<p>${escapeHtml(when)} — ${summary.cases} tình huống, ${summary.questions} câu hỏi (kể cả các cách hỏi khác)</p>
<h2 class="${verdict.exitCode === 0 ? "verdict-ok" : "verdict-fail"}">${verdict.exitCode === 0 ? "ĐẠT" : "KHÔNG ĐẠT"}</h2>
<ul>${verdict.reasons.map((reason) => `<li>${escapeHtml(reason)}</li>`).join("")}</ul>
${summaryTable(summary, words)}
${tallyCharts(report, words)}
<h2>Tụt hạng so với lần trước (${report.regressions.length})</h2>
<table><tr><th>Tình huống</th><th>Cách hỏi</th><th>Câu hỏi</th><th>Nguyên nhân</th></tr>${regressionRows}</table>
<h2>Tình huống lỗi thời (${stale.length})</h2>
<table><tr><th>Tình huống</th><th>Văn bản</th><th>Dòng cũ</th><th>Trạng thái</th><th>Dòng mới</th></tr>${staleRows}</table>
<h2>Câu không đạt, theo nguyên nhân (${summary.questions - summary.passed})</h2>
${failureGroupsHtml(report, words)}
</body></html>
`;
}
