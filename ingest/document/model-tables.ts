import type { SourceLine } from "../read/source-text.js";
import { columnRole } from "../structure/column-roles.js";
import { appendixFor } from "../structure/layouts/tab-separated/appendix-heading.js";
import { findUnit } from "../structure/layouts/tab-separated/unit-above.js";
import type { ParsedTable } from "../structure/table-model.js";
import type { TableBlock } from "./document-model.js";
import { layoutGrid, type GridRow } from "./table-grid.js";
import { finishModelRows } from "./table-groups.js";

/**
 * Turns a table of the document model — whatever format it was read from — into the generic
 * `ParsedTable` that one record builder reads: column names from the header rows (several
 * header rows combined, "Kinh phí - Tổng số"), the header repeated at page breaks and column
 * numbering rows ("(1) (2) (3)") dropped, item numbers, group rows and the verbatim source
 * lines of every row.
 */
export interface ModelTableInput {
  file: string;
  lines: SourceLine[];
  breadcrumbAt: (line: number) => string[];
}

export type ModelTableResult = { table: ParsedTable } | { skipped: string; startLine: number; endLine: number };

const clean = (text: string) => text.replace(/[\s\u00a0]+/g, " ").trim();
const signature = (row: GridRow) => row.cells.map((cell) => clean(cell.text).toLowerCase()).join("|");

/** A row of only numbers or "(n)" labels in order: the column numbering printed under a header. */
function isColumnNumbering(row: GridRow): boolean {
  const filled = row.cells.map((cell) => clean(cell.text)).filter((text) => text !== "");
  if (filled.length < 3) return false;
  return filled.every((text, index) => text.replace(/[()]/g, "") === String(index + 1));
}

/** A first row that names columns: no numbers, and at least two cells whose wording has a known column meaning. */
function readsAsHeader(row: GridRow): boolean {
  const filled = row.cells.map((cell) => clean(cell.text)).filter((text) => text !== "");
  if (filled.length < 2 || filled.some((text) => /^[\d.,%\s]+$/.test(text))) return false;
  return filled.filter((text) => columnRole(text).role !== "other").length >= 2;
}

/** Column names: the header rows' texts top to bottom, a label repeated over a span written once. */
function combineHeaderRows(rows: GridRow[], width: number): string[] {
  return Array.from({ length: width }, (_unused, column) => {
    const parts: string[] = [];
    for (const row of rows) {
      const text = clean(row.cells[column]?.text ?? "");
      if (text !== "" && parts.at(-1) !== text) parts.push(text);
    }
    return parts.join(" - ");
  });
}

export function tableFromModel(block: TableBlock, input: ModelTableInput): ModelTableResult {
  const grid = layoutGrid(block);
  let headerCount = 0;
  while (headerCount < grid.length && grid[headerCount]?.kind === "header") headerCount += 1;
  if (headerCount === 0 && grid[0] && readsAsHeader(grid[0])) headerCount = 1;
  const { startLine, endLine } = block.provenance;
  if (headerCount === 0) return { skipped: "bảng không có dòng tiêu đề cột nhận ra được", startLine, endLine };
  const headerRows = grid.slice(0, headerCount);
  const headers = combineHeaderRows(headerRows, block.columnCount);
  const headerSignatures = new Set(headerRows.map(signature));
  const body = grid.slice(headerCount).filter((row) => !headerSignatures.has(signature(row)) && !isColumnNumbering(row));
  if (body.length === 0) return { skipped: "bảng chỉ có dòng tiêu đề, không có dòng dữ liệu", startLine, endLine };
  const headerLine = headerRows[0]?.startLine ?? startLine;
  const breadcrumb = input.breadcrumbAt(headerLine);
  const linesOf = (row: GridRow) => input.lines.slice(row.startLine - 1, row.endLine).filter((line) => line.text.trim() !== "");
  const rows = finishModelRows(body, headers, linesOf);
  return {
    table: {
      layout: "document-table",
      breadcrumb,
      appendix: appendixFor(breadcrumb, input.lines, headerLine),
      headers,
      unit: findUnit(input.lines, headerLine, headers),
      rows,
      unparsed: [],
      startLine,
      endLine: Math.max(endLine, startLine),
    },
  };
}
