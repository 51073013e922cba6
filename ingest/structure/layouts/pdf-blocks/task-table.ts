import { foldText } from "../../../../vietnamese/fold.js";
import type { ParsedTable, TableCell, TableRow, UnparsedRow } from "../../table-model.js";
import type { BlockRole } from "./cell-costs.js";
import { assignColumns } from "./column-assignment.js";
import { rowSourceLines, segmentRows, type RawRow } from "./row-segmentation.js";
import type { TableRegion } from "./table-body.js";
import { collapseSpaces } from "./text-shapes.js";
import { WordPairs } from "./word-pairs.js";

export interface TableContext {
  breadcrumb: string[];
  appendix: string | null;
}

/** Role of each column after the item number column, from the header wording. */
export function blockRoles(headers: string[]): BlockRole[] {
  return headers.slice(1).map((header, index) => {
    const folded = foldText(header);
    if (index === 0) return "name";
    if (/chu tri|phoi hop|co quan|don vi/.test(folded)) return "agency";
    if (/^(thoi gian|thoi han)|hoan thanh/.test(folded)) return "deadline";
    return "result";
  });
}

/** A row with too poor a fit is not trusted: it goes to `unparsed`. */
const maximumTrustedCost = 12;

function groupLabel(row: RawRow): string {
  const title = row.pieces.flat().filter((unit) => !unit.empty).map((unit) => unit.text).join(" ");
  return collapseSpaces(`${row.item.itemNumber} ${title}`);
}

export function groupTitle(row: RawRow): string {
  return collapseSpaces(row.pieces.flat().filter((unit) => !unit.empty).map((unit) => unit.text).join(" "));
}

/** Rebuilds the rows of a task table (TT, name, owner, coordinators, result, deadline…). */
export function parseTaskTable(region: TableRegion, context: TableContext): ParsedTable {
  const headers = region.header.cells;
  const roles = blockRoles(headers);
  const { rows: rawRows, leading } = segmentRows(region.body);
  const pairs = new WordPairs(region.body.flatMap((bodyLine) => (bodyLine.kind === "text" ? [bodyLine.text] : [])));
  const rows: TableRow[] = [];
  const unparsed: UnparsedRow[] = [];
  if (leading.length > 0) unparsed.push({ reason: "dòng đứng trước số thứ tự đầu tiên của bảng", sourceLines: leading });
  let groupPath: string[] = [];
  for (const raw of rawRows) {
    const sourceLines = rowSourceLines(raw);
    if (raw.item.roman) {
      groupPath = [groupLabel(raw)];
      rows.push({ itemNumber: raw.item.itemNumber, groupPath: [], isGroup: true, cells: [{ column: 1, text: groupTitle(raw) }], sourceLines });
      continue;
    }
    const assignment = assignColumns(raw.pieces, roles, pairs);
    if (!Number.isFinite(assignment.cost) || assignment.cost > maximumTrustedCost) {
      unparsed.push({ reason: `không tách được các cột của dòng (độ lệch ${assignment.cost.toFixed(1)})`, sourceLines });
      continue;
    }
    const cells: TableCell[] = [];
    assignment.cells.forEach((lines, index) => {
      const text = collapseSpaces(lines.join(" "));
      if (text !== "") cells.push({ column: index + 1, text });
    });
    rows.push({ itemNumber: raw.item.itemNumber, groupPath: [...groupPath], isGroup: false, cells, sourceLines });
  }
  return {
    layout: "pdf-blocks",
    breadcrumb: context.breadcrumb,
    appendix: context.appendix,
    headers,
    unit: null,
    rows,
    unparsed,
    startLine: region.startLine,
    endLine: region.endLine,
  };
}
