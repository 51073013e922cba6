import { foldText } from "../../../../vietnamese/fold.js";
import type { SourceLine } from "../../../read/source-text.js";
import type { TableCell, TableRow } from "../../table-model.js";
import { hasWords } from "./cell-text.js";
import { itemNumberColumn, titleColumn } from "./header-row.js";
import { GroupStack } from "../../group-stack.js";
import { isSubItemNumber } from "./item-number.js";
import { tableWords } from "./table-words.js";

/**
 * Turns rows whose cells are already in place into `TableRow`s: which rows are group headings
 * ("I  Nhóm nhiệm vụ chung", "1  Phát triển hạ tầng", "Kinh phí đầu tư công" with subtotals),
 * which are totals ("Tổng cộng"), and the group path of every row.
 */
export interface PlacedRow {
  itemNumber: string | null;
  /** Cleaned text per column (index = header column). */
  cells: string[];
  sourceLines: SourceLine[];
}

const totalsPattern = new RegExp(`^(${tableWords.totalsLabels.join("|")})( [\\d ]*)?$`);

function otherCellsHaveWords(row: PlacedRow, itemColumn: number, titleIndex: number): boolean {
  return row.cells.some((text, column) => column !== itemColumn && column !== titleIndex && hasWords(text));
}

function cellsOf(row: PlacedRow): TableCell[] {
  return row.cells.map((text, column) => ({ column, text })).filter((cell) => cell.text !== "");
}

export function finishRows(rows: PlacedRow[], headers: string[]): TableRow[] {
  const itemColumn = itemNumberColumn(headers);
  const titleIndex = titleColumn(headers);
  const groups = new GroupStack();
  const finished: TableRow[] = [];
  let previousWasGroup = false;
  rows.forEach((row, index) => {
    const title = row.cells[titleIndex] ?? "";
    const headingLike = title !== "" && !otherCellsHaveWords(row, itemColumn, titleIndex);
    const base = { itemNumber: row.itemNumber, cells: cellsOf(row), sourceLines: row.sourceLines };
    if (headingLike && row.itemNumber === null && totalsPattern.test(foldText(title))) {
      finished.push({ ...base, groupPath: [], isGroup: false });
      previousWasGroup = false;
      return;
    }
    const isGroup =
      headingLike && !isSubItemNumber(row.itemNumber) && (row.itemNumber !== null || index === 0 || previousWasGroup);
    if (isGroup) {
      const enclosing = groups.enterGroup(row.itemNumber, row.itemNumber === null ? title : `${row.itemNumber} ${title}`);
      finished.push({ ...base, groupPath: enclosing, isGroup: true });
    } else {
      groups.noteRow(row.itemNumber);
      finished.push({ ...base, groupPath: groups.path(), isGroup: false });
    }
    previousWasGroup = isGroup;
  });
  return finished;
}
