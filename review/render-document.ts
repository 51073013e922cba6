import type { DocumentFindings, TableFound } from "../ingest/document-findings.js";
import type { DocumentInfo, KnowledgeRecord } from "../ingest/records/schemas.js";
import type { ReviewData } from "./review-data.js";
import { documentName } from "./document-name.js";
import { reviewWords } from "./review-words.js";
import { dayText, escapeHtml, href, renderPage } from "./render-layout.js";
import { recordsTable, sourceLinesHtml } from "./render-records.js";
import { searchForm } from "./render-search.js";


function metadata(file: string, info: DocumentInfo | undefined, cited: { number: string; dateText: string; by: string } | undefined): string {
  if (!info) return `<p class="canh-bao">Không đọc được thông tin văn bản (loại, số, ngày, tiêu đề) của tệp ${escapeHtml(file)}.</p>`;
  const date = info.date ? `${dayText(info.date)}${info.dateText ? ` (${info.dateText})` : ""}` : info.dateText || "không ghi ngày";
  const rows: [string, string][] = [
    ["Loại văn bản", info.kind],
    ["Số hiệu", info.number ?? (cited ? `chưa ghi trong văn bản; ${cited.by} dẫn là số ${cited.number}, ${cited.dateText}` : "chưa có số")],
    ["Ngày", date],
    ["Cơ quan ban hành", info.issuer],
    ["Trích yếu", info.title],
    ["Tên gọi khác", info.aliases.join("; ")],
    ["Tệp", file],
  ];
  return `<table class="thong-tin">${rows.map(([name, value]) => `<tr><th>${escapeHtml(name)}</th><td>${escapeHtml(value)}</td></tr>`).join("")}</table>`;
}

function citedBy(data: ReviewData, file: string) {
  const cited = data.cited.get(file);
  return cited ? { number: cited.number, dateText: cited.dateText, by: documentName(data, cited.citedIn) } : undefined;
}

const within = (record: KnowledgeRecord, table: TableFound) => record.locator.line >= table.startLine && record.locator.line <= table.endLine;

function tableSection(table: TableFound, position: number, records: KnowledgeRecord[]): string {
  const words = reviewWords();
  const place = [...table.breadcrumb, table.unit ? `đơn vị: ${table.unit}` : ""].filter(Boolean).join(" › ");
  const dataRows = table.rows - table.groupRows;
  return `<section class="bang" id="bang-${position}">
<h3>Bảng ${position} — dòng ${table.startLine}–${table.endLine} (${escapeHtml(words.layouts[table.layout] ?? words.otherLayout)})</h3>
<p class="ghi-chu">${escapeHtml(place)}${place ? "<br>" : ""}Cột: ${escapeHtml(table.headers.filter(Boolean).join(" | "))}<br>${dataRows} dòng dữ liệu, ${table.groupRows} dòng nhóm → ${records.length} bản ghi</p>
${recordsTable(records)}
</section>`;
}

function findingsSections(findings: DocumentFindings, records: KnowledgeRecord[]): string {
  const tables = findings.tables.map((table, index) => tableSection(table, index + 1, records.filter((record) => within(record, table))));
  const outside = records.filter((record) => !findings.tables.some((table) => within(record, table)));
  const warnings = findings.warnings.map((warning) => `<p class="canh-bao">⚠ ${escapeHtml(warning)}</p>`).join("\n");
  const unparsed = findings.unparsed
    .map((row) => `<tr class="dong-chua-doc"><td>${row.sourceLines[0]?.line ?? ""}</td><td>${escapeHtml(row.reason)}</td><td>${sourceLinesHtml(row.sourceLines)}</td></tr>`)
    .join("\n");
  return `<h2>Cảnh báo khi nạp (${findings.warnings.length})</h2>
${warnings || `<p class="ghi-chu">Không có cảnh báo.</p>`}
<h2>Dòng bảng chưa đọc được (${findings.unparsed.length})</h2>
${unparsed ? `<table class="chua-doc"><tr><th>Dòng</th><th>Lý do</th><th>Nguyên văn</th></tr>${unparsed}</table>` : `<p class="ghi-chu">Mọi dòng bảng đều đã đọc được.</p>`}
<h2>Các bảng tìm thấy (${findings.tables.length})</h2>
${tables.join("\n") || `<p class="ghi-chu">Không tìm thấy bảng nào.</p>`}
<h2>Bản ghi ngoài bảng — nhiệm vụ viết trong văn bản (${outside.length})</h2>
${recordsTable(outside)}`;
}

/** One document: its metadata, the tables found with the records each row became beside its source lines, warnings and unread rows. */
export function renderDocument(data: ReviewData, file: string): string {
  const records = data.records.get(file) ?? [];
  const findings = data.findings.get(file) ?? null;
  const body = findings
    ? findingsSections(findings, records)
    : `<p class="canh-bao">Chỉ mục này được dựng trước khi lưu các bảng, cảnh báo và dòng chưa đọc được. Chạy <code>npm run ingest -- --force</code> rồi tải lại trang.</p>
<h2>Bản ghi (${records.length})</h2>${recordsTable(records)}`;
  return renderPage(
    documentName(data, file),
    `<h1>${escapeHtml(documentName(data, file))}</h1>
${metadata(file, data.documents.get(file), citedBy(data, file))}
<p><a href="${href("/tim", { tep: file })}">Tìm trong văn bản này theo cơ quan, thời hạn</a> · ${records.length} bản ghi</p>
${body}`,
  );
}

/** The documents of the index, one row each with what was found in it. */
export function documentsTable(data: ReviewData): string {
  const rows = data.files.map((file) => {
    const info = data.documents.get(file);
    const findings = data.findings.get(file);
    const count = (value: number | undefined) => (value === undefined ? "–" : String(value));
    return `<tr><td><a href="${href("/van-ban", { tep: file })}">${escapeHtml(documentName(data, file))}</a></td><td>${escapeHtml(info?.kind ?? "")}</td><td>${escapeHtml(info?.number ?? data.cited.get(file)?.number ?? "")}</td><td>${escapeHtml(info?.date ? dayText(info.date) : (info?.dateText ?? ""))}</td><td>${escapeHtml(info?.title ?? "")}</td><td>${escapeHtml(file)}</td><td>${count(findings?.tables.length)}</td><td>${(data.records.get(file) ?? []).length}</td><td>${count(findings?.warnings.length)}</td><td>${count(findings?.unparsed.length)}</td></tr>`;
  });
  return `<table class="van-ban"><tr><th>Văn bản</th><th>Loại</th><th>Số hiệu</th><th>Ngày</th><th>Trích yếu</th><th>Tệp</th><th>Bảng</th><th>Bản ghi</th><th>Cảnh báo</th><th>Dòng chưa đọc</th></tr>
${rows.join("\n")}</table>
${searchForm({ agency: "", deadline: "", file: null }, data)}`;
}
