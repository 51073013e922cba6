import { readFileSync } from "node:fs";
import { toSourceLines, type SourceLine } from "../../../read/source-text.js";
import type { ParsedTable, TableRow } from "../../table-model.js";
import { pdfCriteriaLayout } from "./index.js";

/** Test helpers: parse a shipped source or a literal text, and read cells by header wording. */

export function parseSource(file: string): { lines: SourceLine[]; tables: ParsedTable[] } {
  const text = readFileSync(new URL(`../../../../knowledge/sources/${file}`, import.meta.url), "utf8");
  return parseText(file, text);
}

export function parseText(file: string, text: string): { lines: SourceLine[]; tables: ParsedTable[] } {
  const lines = toSourceLines(text);
  return { lines, tables: pdfCriteriaLayout.parse({ file, lines, breadcrumbAt: () => [] }) };
}

/** The text of the row's cell whose header contains `headerPart`, or undefined. */
export function cellOf(table: ParsedTable, row: TableRow, headerPart: string): string | undefined {
  const column = table.headers.findIndex((header) => header.includes(headerPart));
  return row.cells.find((cell) => cell.column === column)?.text;
}

export interface CriterionView {
  item: string | null;
  group: string | undefined;
  name: string | undefined;
  points: string | undefined;
  implementing: string | undefined;
  confirming: string | undefined;
  deadline: string | undefined;
}

export function criterionView(table: ParsedTable, row: TableRow): CriterionView {
  return {
    item: row.itemNumber,
    group: row.groupPath[0],
    name: cellOf(table, row, "Chỉ số") ?? cellOf(table, row, "Tiêu chí") ?? cellOf(table, row, "Tên"),
    points: cellOf(table, row, "Điểm"),
    implementing: cellOf(table, row, "chủ trì") ?? cellOf(table, row, "thực hiện"),
    confirming: cellOf(table, row, "xác nhận"),
    deadline: cellOf(table, row, "Thời"),
  };
}

/** The criterion whose name starts with `namePrefix`. */
export function findCriterion(table: ParsedTable, namePrefix: string): CriterionView & { row: TableRow } {
  const row = table.rows.find((candidate) => !candidate.isGroup && (criterionView(table, candidate).name ?? "").startsWith(namePrefix));
  if (!row) throw new Error(`no criterion starting with "${namePrefix}"`);
  return { ...criterionView(table, row), row };
}
