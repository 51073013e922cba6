import type { ReviewData } from "./review-data.js";
import { dayText, escapeHtml, renderPage } from "./render-layout.js";
import { recordsTable } from "./render-records.js";
import { documentName } from "./document-name.js";
import { searchRecords, type SearchContext, type SearchQuery, type SearchResult } from "./search-records.js";

const MAX_SHOWN = 500;

/** The search box: agency and deadline, optionally limited to one document. */
export function searchForm(query: SearchQuery, data: ReviewData): string {
  const options = data.files
    .map((file) => `<option value="${escapeHtml(file)}"${file === query.file ? " selected" : ""}>${escapeHtml(documentName(data, file))}</option>`)
    .join("");
  return `<form class="tim" method="get" action="/tim" role="search">
<label>Cơ quan (chủ trì hoặc phối hợp)<input name="co-quan" value="${escapeHtml(query.agency)}" placeholder="Sở KH&amp;CN, so y te…"></label>
<label>Thời hạn<input name="han" value="${escapeHtml(query.deadline)}" placeholder="quý 3/2026, 6/2026, 2026, tháng này…"></label>
<label>Văn bản<select name="tep"><option value="">Mọi văn bản</option>${options}</select></label>
<button type="submit">Tìm</button>
</form>`;
}

function explanation(query: SearchQuery, result: SearchResult, data: ReviewData): string {
  const parts: string[] = [];
  if (query.agency.trim() !== "") {
    parts.push(result.agency ? `cơ quan ${escapeHtml(result.agency)} (chủ trì hoặc phối hợp)` : `cơ quan có tên chứa «${escapeHtml(query.agency.trim())}» (không có trong danh mục cơ quan)`);
  }
  if (result.deadline?.kind === "period") parts.push(`đến hạn từ ${dayText(result.deadline.from)} đến ${dayText(result.deadline.to)}`);
  if (result.deadline?.kind === "words") parts.push(`thời hạn ghi «${escapeHtml(query.deadline.trim())}»`);
  if (query.file) parts.push(`trong ${escapeHtml(documentName(data, query.file))}`);
  return parts.length === 0 ? "mọi bản ghi" : parts.join(", ");
}

/** The search page: the form, how the boxes were read, and the matching records beside their source lines. */
export function renderSearch(data: ReviewData, query: SearchQuery, context: SearchContext): string {
  const empty = query.agency.trim() === "" && query.deadline.trim() === "";
  const records = [...data.records.values()].flat();
  const result = empty ? null : searchRecords(records, query, context);
  const shown = result?.records.slice(0, MAX_SHOWN) ?? [];
  const more = result && result.records.length > shown.length ? `<p class="ghi-chu">Chỉ hiện ${shown.length} bản ghi đầu; hãy thu hẹp tìm kiếm.</p>` : "";
  const body = result
    ? `<p class="ket-qua">Tìm thấy <b>${result.records.length}</b> bản ghi: ${explanation(query, result, data)}.</p>${more}${recordsTable(shown, (file) => documentName(data, file))}`
    : `<p class="ghi-chu">Gõ tên cơ quan (có dấu hay không dấu, viết tắt cũng được) và/hoặc thời hạn, rồi bấm Tìm.</p>`;
  return renderPage("Tìm bản ghi", `<h1>Tìm bản ghi theo cơ quan và thời hạn</h1>\n${searchForm(query, data)}\n${body}`);
}
