import type { SourceLine } from "../../read/source-text.js";
import type { LayoutParser, LayoutParserInput, ParsedTable, UnparsedRow } from "../table-model.js";
import { blankMergedRepeats } from "./cell-per-line/merged-cells.js";
import { isCellLine, readBlock, skipEmptyLines, type CellBlock } from "./cell-per-line/row-blocks.js";
import { appendixFor } from "./tab-separated/appendix-heading.js";
import { cleanCellText } from "./tab-separated/cell-text.js";
import { combineHeaders, headerSignature, isHeaderRow, isSubHeaderRow, itemNumberColumn } from "./tab-separated/header-row.js";
import { readItemNumber } from "./tab-separated/item-number.js";
import { finishRows, type PlacedRow } from "./tab-separated/table-rows.js";
import { findUnit } from "./tab-separated/unit-above.js";

/**
 * Tables exported from DOCX with one cell per line (each starting with a tab) and an empty line
 * between rows; a two-line header (spanning "Dự toán Kinh phí" over Vốn đầu tư / Vốn sự
 * nghiệp / Vốn hợp pháp khác) is combined into full column names.
 */
interface FoundTable {
  header: CellBlock;
  subHeader: CellBlock | null;
  rows: CellBlock[];
  endLine: number;
}

function readTable(lines: SourceLine[], header: CellBlock, after: number): { table: FoundTable; next: number } {
  const signature = headerSignature(header.cells);
  const table: FoundTable = { header, subHeader: null, rows: [], endLine: header.lines.at(-1)?.line ?? 1 };
  let index = skipEmptyLines(lines, after);
  while (index < lines.length && isCellLine(lines[index]?.text ?? "")) {
    const { block, next } = readBlock(lines, index);
    index = skipEmptyLines(lines, next);
    if (block.lines.length === 0) break;
    table.endLine = block.lines.at(-1)?.line ?? table.endLine;
    if (headerSignature(block.cells) === signature) continue;
    if (table.rows.length === 0 && !table.subHeader && isSubHeaderRow(header.cells, block.cells)) table.subHeader = block;
    else table.rows.push(block);
  }
  return { table, next: index };
}

function findTables(lines: SourceLine[]): FoundTable[] {
  const tables: FoundTable[] = [];
  let index = 0;
  while (index < lines.length) {
    if (!isCellLine(lines[index]?.text ?? "") || (index > 0 && (lines[index - 1]?.text ?? "") !== "" && isCellLine(lines[index - 1]?.text ?? ""))) {
      index += 1;
      continue;
    }
    const { block, next } = readBlock(lines, index);
    if (block.cells.length >= 3 && isHeaderRow(block.cells)) {
      const found = readTable(lines, block, next);
      tables.push(found.table);
      index = Math.max(found.next, next);
    } else index = Math.max(next, index + 1);
  }
  return tables;
}

function toParsedTable(input: LayoutParserInput, found: FoundTable): ParsedTable {
  const headers = combineHeaders(found.header.cells, found.subHeader?.cells ?? null);
  const itemColumn = itemNumberColumn(headers);
  const placed: PlacedRow[] = [];
  const unparsed: UnparsedRow[] = [];
  for (const block of found.rows) {
    if (block.cells.length !== headers.length) {
      unparsed.push({ reason: `dòng có ${block.cells.length} ô trong khi tiêu đề có ${headers.length} cột`, sourceLines: block.lines });
      continue;
    }
    const cells = blankMergedRepeats(block.cells);
    if (cells.every((cell) => cell === "")) continue;
    placed.push({ itemNumber: readItemNumber(cleanCellText(cells[itemColumn] ?? "")), cells, sourceLines: block.lines });
  }
  const startLine = found.header.lines[0]?.line ?? 1;
  const breadcrumb = input.breadcrumbAt(startLine);
  return {
    layout: "cell-per-line",
    breadcrumb,
    appendix: appendixFor(breadcrumb, input.lines, startLine),
    headers,
    unit: findUnit(input.lines, startLine, headers),
    rows: finishRows(placed, headers),
    unparsed,
    startLine,
    endLine: found.endLine,
  };
}

export const cellPerLineLayout: LayoutParser = {
  name: "cell-per-line",
  parse: (input) => findTables(input.lines).map((found) => toParsedTable(input, found)),
};
