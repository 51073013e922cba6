import type { LayoutParser, LayoutParserInput, ParsedTable } from "../../table-model.js";
import { appendixAbove } from "./appendix.js";
import { parseIndicatorTables } from "./indicator-table.js";
import { findTableRegions } from "./table-body.js";
import { parseTaskTable } from "./task-table.js";

/**
 * Tables of raw PDF text where each cell is split over several lines and nothing separates the
 * columns: task tables (TT | Tên nhiệm vụ | chủ trì | phối hợp | Kết quả | Thời gian) and
 * indicator tables (STT | Chỉ tiêu | Đơn vị tính | Kết quả yêu cầu | Cơ quan chủ trì), recognised
 * by their header; other tables are left to other layouts.
 */
function parse(input: LayoutParserInput): ParsedTable[] {
  const tables: ParsedTable[] = [];
  for (const region of findTableRegions(input.lines)) {
    const context = { breadcrumb: input.breadcrumbAt(region.startLine), appendix: appendixAbove(input.lines, region.startLine) };
    if (region.header.kind === "tasks") tables.push(parseTaskTable(region, context));
    if (region.header.kind === "indicators") tables.push(...parseIndicatorTables(region, context));
  }
  return tables;
}

export const pdfBlocksLayout: LayoutParser = {
  name: "pdf-blocks",
  parse,
};
