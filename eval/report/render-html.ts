import { documentName, failureGroups } from "./failure-groups.js";
import type { EvalReport, Tally } from "./report-schema.js";
import { localTime, reportWords, variantLabel } from "./report-words.js";
import type { Verdict } from "./verdict.js";

const staleWords: Record<string, string> = { moved: "dòng đã dời", missing: "không còn trong văn bản", "no-document": "không có văn bản", ok: "còn nguyên" };

/** Chart rows under people's names: kinds and documents in Vietnamese. */
function renamed(rows: Record<string, Tally>, name: (key: string) => string): Record<string, Tally> {
  return Object.fromEntries(Object.entries(rows).map(([key, tally]) => [name(key), tally]));
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

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

/** A self-contained HTML page (inline CSS and SVG, no external assets). */
export function renderHtml(report: EvalReport, verdict: Verdict): string {
  const { summary } = report;
  const words = reportWords();
  const causeLabel = (outcome: string) => words.causes.find((cause) => cause.outcome === outcome)?.label ?? outcome;
  const when = localTime(report.createdAt);
  const stale = report.cases.filter((evalCase) => evalCase.evidence.status !== "ok");
  const staleRows = stale
    .map(
      (evalCase) =>
        `<tr><td>${escapeHtml(evalCase.id)}</td><td>${escapeHtml(documentName(report, evalCase.document))}</td><td>${evalCase.evidenceLine ?? ""}</td><td>${escapeHtml(staleWords[evalCase.evidence.status] ?? evalCase.evidence.status)}</td><td>${evalCase.evidence.newLine ?? ""}</td></tr>`,
    )
    .join("\n");
  const regressionRows = report.regressions
    .map(
      (regression) =>
        `<tr><td>${escapeHtml(regression.caseId)}</td><td>${escapeHtml(variantLabel(regression.variant, words))}</td><td>${escapeHtml(regression.question)}</td><td>${escapeHtml(causeLabel(regression.outcome))}</td></tr>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Kiểm tra trợ lý kế hoạch — ${escapeHtml(when)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:24px;color:#222}
table{border-collapse:collapse;margin:8px 0 24px}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;font-size:13px}
pre{white-space:pre-wrap;margin:0;max-width:520px}.verdict-ok{color:#2e7d32}.verdict-fail{color:#c62828}
.check{background:#f3f6fa;padding:6px 10px;max-width:900px}
</style></head><body>
<h1>Kết quả bộ câu hỏi kiểm tra — Trợ lý kế hoạch</h1>
<p>${escapeHtml(when)} — ${summary.cases} tình huống, ${summary.questions} câu hỏi (kể cả các cách hỏi khác)</p>
<h2 class="${verdict.exitCode === 0 ? "verdict-ok" : "verdict-fail"}">${verdict.exitCode === 0 ? "ĐẠT" : "KHÔNG ĐẠT"}</h2>
<ul>${verdict.reasons.map((reason) => `<li>${escapeHtml(reason)}</li>`).join("")}</ul>
<table>
<tr><th>Tỉ lệ đạt</th><td>${summary.passed}/${summary.questions} (${percent(summary.passRate)})</td></tr>
<tr><th>Trích dẫn đúng tài liệu</th><td>${summary.citations.passed}/${summary.citations.total} (${percent(summary.citations.rate)})</td></tr>
<tr><th>Từ chối đúng</th><td>${summary.refusals.passed}/${summary.refusals.total}</td></tr>
<tr><th>Trả lời sai mà vẫn khẳng định</th><td>${summary.confidentWrong}</td></tr>
<tr><th>Tình huống lỗi thời</th><td>${summary.staleCases}</td></tr>
<tr><th>Thời gian trả lời</th><td>p50 ${summary.latencyMs.p50.toFixed(0)} ms, p95 ${summary.latencyMs.p95.toFixed(0)} ms</td></tr>
</table>
${barChart("Tỉ lệ đạt theo loại câu hỏi", renamed(summary.byKind, (kind) => words.kinds[kind] ?? kind))}
${barChart("Tỉ lệ đạt theo văn bản", renamed(summary.byDocument, (file) => documentName(report, file)))}
<h2>Tụt hạng so với lần trước (${report.regressions.length})</h2>
<table><tr><th>Tình huống</th><th>Cách hỏi</th><th>Câu hỏi</th><th>Nguyên nhân</th></tr>${regressionRows}</table>
<h2>Tình huống lỗi thời (${stale.length})</h2>
<table><tr><th>Tình huống</th><th>Văn bản</th><th>Dòng cũ</th><th>Trạng thái</th><th>Dòng mới</th></tr>${staleRows}</table>
<h2>Câu không đạt, theo nguyên nhân (${summary.questions - summary.passed})</h2>
${failureGroups(report, words)}
</body></html>
`;
}
