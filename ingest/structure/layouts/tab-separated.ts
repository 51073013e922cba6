import type { LayoutParser, LayoutParserInput, ParsedTable } from "../table-model.js";
import { appendixFor } from "./tab-separated/appendix-heading.js";
import { combineHeaders, itemNumberColumn, titleColumn } from "./tab-separated/header-row.js";
import { assembleRows } from "./tab-separated/row-assembly.js";
import { finishRows } from "./tab-separated/table-rows.js";
import { findTabTables, type TabTable } from "./tab-separated/table-scan.js";
import { findUnit } from "./tab-separated/unit-above.js";

/**
 * Tables exported from DOCX as one tab-separated line per row (STT⇥Chỉ tiêu⇥…), with the
 * header repeated at page breaks, rows cut by page breaks, a possible two-line header and
 * cells holding HTML.
 */
function toParsedTable(input: LayoutParserInput, found: TabTable): ParsedTable {
  const top = found.header.text.split("\t");
  const sub = found.subHeader ? found.subHeader.text.split("\t") : null;
  const headers = combineHeaders(top, sub);
  const itemColumn = itemNumberColumn(headers);
  const { rows, unparsed } = assembleRows(found.dataLines, headers.length, itemColumn, titleColumn(headers));
  const breadcrumb = input.breadcrumbAt(found.header.line);
  return {
    layout: "tab-separated",
    breadcrumb,
    appendix: appendixFor(breadcrumb, input.lines, found.header.line),
    headers,
    unit: findUnit(input.lines, found.header.line, headers),
    rows: finishRows(rows, headers),
    unparsed,
    startLine: found.header.line,
    endLine: found.endLine,
  };
}

export const tabSeparatedLayout: LayoutParser = {
  name: "tab-separated",
  parse: (input) => findTabTables(input.lines).map((found) => toParsedTable(input, found)),
};
