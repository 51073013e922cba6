import { AppError } from "../errors/app-error.js";
import type { SourceText } from "./read/source-text.js";

/**
 * What one source document may hold. A file over the size budget is refused (its previous parse
 * is kept) — a 30 MB text is almost always a wrong export, and reading it would hold the bots up
 * for minutes; a line over the length budget is cut there with a warning, since one such line
 * (a PDF without line breaks, a minified export) is still worth reading in part.
 */
export interface DocumentBudget {
  maxDocumentBytes: number;
  maxLineChars: number;
}

export const defaultDocumentBudget: DocumentBudget = { maxDocumentBytes: 20 * 1024 * 1024, maxLineChars: 20_000 };

export class DocumentTooLargeError extends AppError {
  constructor(
    readonly file: string,
    readonly bytes: number,
    readonly maxBytes: number,
  ) {
    super(
      "DOCUMENT_TOO_LARGE",
      `${file} is ${megabytes(bytes)} MB, over the budget of ${megabytes(maxBytes)} MB per document (INGEST_MAX_DOCUMENT_MB): ` +
        "split it into smaller files or check it is the right export, or raise INGEST_MAX_DOCUMENT_MB.",
    );
  }
}

export function checkDocumentSize(file: string, bytes: number, budget: DocumentBudget): void {
  if (bytes > budget.maxDocumentBytes) throw new DocumentTooLargeError(file, bytes, budget.maxDocumentBytes);
}

/** Cuts every line longer than the budget (at the last space before it) and says which lines were cut. */
export function limitLineLengths<Source extends SourceText>(source: Source, budget: DocumentBudget): { source: Source; warnings: string[] } {
  const long = source.lines.filter((line) => line.text.length > budget.maxLineChars);
  if (long.length === 0) return { source, warnings: [] };
  const warnings = long.map(
    (line) =>
      `Dòng ${line.line}: ${line.text.length.toLocaleString("vi-VN")} ký tự, quá ngân sách ` +
      `${budget.maxLineChars.toLocaleString("vi-VN")} ký tự mỗi dòng (INGEST_MAX_LINE_CHARS); chỉ đọc phần đầu — ` +
      "hãy xuất lại tệp có xuống dòng.",
  );
  const lines = source.lines.map((line) => (line.text.length > budget.maxLineChars ? { ...line, text: cutAtSpace(line.text, budget.maxLineChars) } : line));
  return { source: { ...source, lines }, warnings };
}

function cutAtSpace(text: string, limit: number): string {
  const head = text.slice(0, limit);
  const space = head.lastIndexOf(" ");
  return space > limit * 0.8 ? head.slice(0, space) : head;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
