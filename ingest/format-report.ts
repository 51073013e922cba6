import type { IngestReport } from "./run-ingest.js";

const columns = ["sections", "tables", "rows", "tasks", "indicators", "criteria", "budgetLines", "passages", "unparsed"] as const;

/** The ingest report as a person reads it: one line per document, then every row not understood. */
export function formatIngestReport(report: IngestReport, options: { showUnparsed: boolean }): string {
  if (!report.rebuilt && report.indexError === null) return "Chỉ mục đã cập nhật, không có tài liệu nào thay đổi (index is up to date).";
  const lines: string[] = [];
  const header = ["document", ...columns, "status"];
  const rows = report.documents.map((document) => [
    document.file,
    ...columns.map((column) => String(document.counts?.[column] ?? "-")),
    document.error ? (document.keptPrevious ? "LỖI — giữ bản cũ" : "LỖI") : document.cached ? "không đổi" : "đã đọc",
  ]);
  const widths = header.map((title, index) => Math.max(title.length, ...rows.map((row) => (row[index] ?? "").length)));
  const format = (row: string[]) => row.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join("  ");
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
