import { readFileSync } from "node:fs";
import { toSourceLines } from "../../../read/source-text.js";
import type { ParsedTable, TableRow } from "../../table-model.js";
import { pdfBlocksLayout } from "./index.js";

/** Helpers for the pdf-blocks tests: parse a source file and read cells by header. */
const sourcesFolder = new URL("../../../../knowledge/sources/", import.meta.url);

export function parseText(file: string, text: string): ParsedTable[] {
  return pdfBlocksLayout.parse({ file, lines: toSourceLines(text), breadcrumbAt: () => [] });
}

export function parseSource(file: string): ParsedTable[] {
  return parseText(file, readFileSync(new URL(file, sourcesFolder), "utf8"));
}

export function rowAt(table: ParsedTable, itemNumber: string, line?: number): TableRow {
  const row = table.rows.find((candidate) => candidate.itemNumber === itemNumber && (line === undefined || candidate.sourceLines[0]?.line === line));
  if (!row) throw new Error(`no row ${itemNumber} ${line ?? ""}`);
  return row;
}

/** The cell text under the header that starts with `headerStart`, or undefined when the row leaves it empty. */
export function cellUnder(table: ParsedTable, row: TableRow, headerStart: string): string | undefined {
  const column = table.headers.findIndex((header) => header.startsWith(headerStart));
  if (column < 0) throw new Error(`no header ${headerStart} in ${table.headers.join(" | ")}`);
  return row.cells.find((cell) => cell.column === column)?.text;
}
