import type { KnowledgeRecord } from "../ingest/records/schemas.js";
import type { SourceLine } from "../ingest/read/source-text.js";
import { recordView } from "./record-view.js";
import { escapeHtml, href } from "./render-layout.js";

/** Verbatim source lines with their numbers, as the document has them. */
export function sourceLinesHtml(lines: readonly SourceLine[]): string {
  return `<pre class="nguon">${lines.map((line) => `<span class="so-dong">${line.line}</span>  ${escapeHtml(line.text)}`).join("\n")}</pre>`;
}

const list = (items: string[]) => items.map(escapeHtml).join("<br>");

/**
 * A table of records, each beside the source lines it was read from. With `documentName`, a
 * column names the document of each record and links to its page.
 */
export function recordsTable(records: readonly KnowledgeRecord[], documentName?: (file: string) => string): string {
  if (records.length === 0) return `<p class="ghi-chu">Không có bản ghi nào.</p>`;
  const documentHead = documentName ? "<th>Văn bản</th>" : "";
  const anchored = new Set<number>();
  const rows = records.map((record) => {
    const line = record.locator.line;
    const anchor = anchored.has(line) ? "" : ` id="dong-${line}"`;
    anchored.add(line);
    const view = recordView(record);
    const documentCell = documentName
      ? `<td><a href="${href("/van-ban", { tep: record.locator.file })}#dong-${record.locator.line}">${escapeHtml(documentName(record.locator.file))}</a></td>`
      : "";
    const place = [record.locator.appendix, ...record.locator.groupPath].filter(Boolean).join(" › ") || record.locator.breadcrumb.at(-1) || "";
    const where = place ? `<br><span class="ghi-chu">${escapeHtml(place)}</span>` : "";
    const inherited = view.inherited.length > 0 ? `<br><span class="ghi-chu">lấy từ dòng mục cha: ${escapeHtml(view.inherited.join(", "))}</span>` : "";
    return `<tr class="ban-ghi"${anchor}>${documentCell}<td>${escapeHtml(view.itemNumber ?? "")}</td><td>${escapeHtml(view.kind)}</td><td>${escapeHtml(view.title)}${where}${inherited}</td><td class="chu-tri">${list(view.owners)}</td><td class="phoi-hop">${list(view.coordinators)}</td><td class="thoi-han">${escapeHtml(view.deadline)}</td><td>${list(view.values)}</td><td>${sourceLinesHtml(record.sourceLines)}</td></tr>`;
  });
  return `<table class="ban-ghi-bang"><tr>${documentHead}<th>Mục</th><th>Loại</th><th>Nội dung</th><th>Chủ trì</th><th>Phối hợp</th><th>Thời hạn</th><th>Giá trị</th><th>Dòng nguồn (nguyên văn)</th></tr>
${rows.join("\n")}</table>`;
}
