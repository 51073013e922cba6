import type { EvalLoad } from "./eval-source.js";
import type { ReviewData } from "./review-data.js";
import { documentsTable } from "./render-document.js";
import { evalSummary } from "./render-eval.js";
import { escapeHtml, renderPage } from "./render-layout.js";
import { localTime } from "../eval/report/report-words.js";

/** The front page: the documents read, the search box, and the latest eval results. */
export function renderHome(data: ReviewData, evalLoad: EvalLoad): string {
  return renderPage(
    "Văn bản đã nạp",
    `<h1>Trợ lý kế hoạch đã đọc được gì</h1>
<p class="ghi-chu">Chỉ mục dựng lúc ${escapeHtml(localTime(data.builtAt))}. Bấm vào một văn bản để xem các bảng, bản ghi mỗi dòng bảng trở thành (chủ trì, phối hợp, thời hạn, giá trị) bên cạnh dòng nguồn nguyên văn, cảnh báo và các dòng chưa đọc được.</p>
<h2>Văn bản (${data.files.length})</h2>
${documentsTable(data)}
<h2>Kết quả kiểm tra</h2>
${evalSummary(evalLoad)}`,
  );
}

/** The page shown when the index in use is damaged or from another version of the program. */
export function renderUnusableIndex(indexDir: string, problem: string): string {
  return renderPage(
    "Chỉ mục không dùng được",
    `<h1>Chỉ mục không dùng được</h1>
<p class="canh-bao">Chỉ mục trong <code>${escapeHtml(indexDir)}</code> bị hỏng hoặc được dựng bằng phiên bản khác của chương trình. Hãy chạy <code>npm run ingest -- --force</code> để dựng lại, rồi tải lại trang này.</p>
<p class="ghi-chu">Chi tiết: ${escapeHtml(problem)}</p>`,
  );
}

/** The page shown when no index has been built yet. */
export function renderNoIndex(indexDir: string): string {
  return renderPage(
    "Chưa có chỉ mục",
    `<h1>Chưa có chỉ mục</h1>
<p class="canh-bao">Không tìm thấy chỉ mục đã dựng trong thư mục <code>${escapeHtml(indexDir)}</code>. Hãy chạy <code>npm run ingest</code> để đọc các văn bản trong thư mục nguồn, rồi tải lại trang này.</p>`,
  );
}
