import type { IngestReport } from "./run-ingest.js";

const columns = ["sections", "tables", "rows", "tasks", "indicators", "criteria", "budgetLines", "passages", "unparsed"] as const;
/** The column titles people read, in the order of `columns`. */
const titles: Record<(typeof columns)[number], string> = {
  sections: "mục",
  tables: "bảng",
  rows: "dòng bảng",
  tasks: "nhiệm vụ",
  indicators: "chỉ tiêu",
  criteria: "tiêu chí",
  budgetLines: "kinh phí",
  passages: "đoạn",
  unparsed: "chưa đọc",
};

/** The ingest report as a person reads it: one line per document, then every row not understood. */
export function formatIngestReport(report: IngestReport, options: { showUnparsed: boolean }): string {
  if (!report.rebuilt && report.indexError === null) return "Chỉ mục đã cập nhật, không có tài liệu nào thay đổi.";
  const lines: string[] = [];
  const header = ["văn bản", ...columns.map((column) => titles[column]), "trạng thái"];
  const rows = report.documents.map((document) => [
    document.file,
    ...columns.map((column) => String(document.counts?.[column] ?? "-")),
    document.error ? (document.keptPrevious ? "LỖI — giữ bản cũ" : "LỖI") : document.cached ? "không đổi" : "đã đọc",
  ]);
  const width = (text: string) => [...text.normalize("NFC")].length;
  const widths = header.map((title, index) => Math.max(width(title), ...rows.map((row) => width(row[index] ?? ""))));
  const format = (row: string[]) => row.map((cell, index) => cell + " ".repeat(Math.max(0, (widths[index] ?? 0) - width(cell)))).join("  ").trimEnd();
  lines.push(format(header), ...rows.map(format));
  for (const document of report.documents) {
    if (document.error) lines.push("", `✗ ${document.file}: ${document.error}`);
    for (const warning of document.warnings) lines.push(`⚠ ${document.file}: ${warning}`);
    if (options.showUnparsed && document.unparsed.length > 0) {
      lines.push("", `Dòng chưa đọc được trong ${document.file} (${document.unparsed.length}):`);
      for (const row of document.unparsed) {
        const first = row.sourceLines[0];
        lines.push(`  dòng ${first?.line ?? "?"}: ${row.reason} — ${(first?.text ?? "").trim().slice(0, 100)}`);
      }
    }
  }
  if (report.indexError !== null) lines.push("", `✗ ${indexNotWritten(report.indexError)}`);
  lines.push("", `Thời gian: ${(report.milliseconds / 1000).toFixed(2)} s`);
  return lines.join("\n");
}

/** The index could not be written: what happened, and that the index in use (if any) is unchanged. */
export function indexNotWritten(cause: string): string {
  return `Không ghi được chỉ mục mới, chỉ mục đang dùng (nếu có) giữ nguyên — index not written: ${cause}`;
}
