import { readFileSync } from "node:fs";
import { toSourceLines, type SourceLine } from "../../../read/source-text.js";
import type { LayoutParser, ParsedTable, TableRow } from "../../table-model.js";
import { appendixBreadcrumbs } from "./appendix-heading.js";

/** Helpers for the layout tests: parse a real source file and read rows by item number and header. */
export const sourcesFolder = new URL("../../../../knowledge/sources/", import.meta.url);

export function readSource(file: string): SourceLine[] {
  return toSourceLines(readFileSync(new URL(file, sourcesFolder), "utf8"));
}

export function parseSource(parser: LayoutParser, file: string): ParsedTable[] {
  const lines = readSource(file);
  return parser.parse({ file, lines, breadcrumbAt: appendixBreadcrumbs(lines) });
}

export function tableFor(tables: ParsedTable[], appendix: string): ParsedTable {
  const table = tables.find((candidate) => candidate.appendix === appendix);
  if (!table) throw new Error(`no table in ${appendix}; found ${tables.map((candidate) => candidate.appendix).join(", ")}`);
  return table;
}

/** The row with this item number (and, when numbering restarts, whose group path ends with `group`). */
export function rowNumbered(table: ParsedTable, itemNumber: string, group?: string): TableRow {
  const row = table.rows.find(
    (candidate) => candidate.itemNumber === itemNumber && (group === undefined || (candidate.groupPath.at(-1) ?? "").startsWith(group)),
  );
  if (!row) throw new Error(`no row ${itemNumber} ${group ?? ""}`);
  return row;
}

export function rowStartingAt(table: ParsedTable, line: number): TableRow {
  const row = table.rows.find((candidate) => candidate.sourceLines[0]?.line === line);
  if (!row) throw new Error(`no row starting at line ${line}`);
  return row;
}

/** The text of a row's cell under the first header that starts with `headerStart`, or "". */
export function cell(table: ParsedTable, row: TableRow, headerStart: string): string {
  const column = table.headers.findIndex((header) => header.startsWith(headerStart));
  if (column === -1) throw new Error(`no header starting with ${headerStart}: ${table.headers.join(" | ")}`);
  return row.cells.find((candidate) => candidate.column === column)?.text ?? "";
}
