import type { SourceLine } from "../read/source-text.js";
import { columnRole } from "../structure/column-roles.js";
import { GroupStack } from "../structure/group-stack.js";
import { readItemNumber } from "../structure/layouts/tab-separated/item-number.js";
import type { TableCell, TableRow } from "../structure/table-model.js";
import type { GridRow } from "./table-grid.js";

/**
 * Item numbers and group rows of a model table. A group row names what the rows under it belong
 * to ("I. Nhóm nhiệm vụ…", "**1.1 Milestone 1.1: …**", "**Đến năm 2030**", a caption spanning
 * the whole row) and carries no task of its own: apart from its number it fills one cell, and
 * it is set apart as a heading — bold, a Roman numeral, a cell spanning the row, or a number that
 * the next row's number extends ("1.1" above "1.1.1").
 */
const leadingNumber = /^(\d+(?:\.\d+)*|[IVXLC]+)[.)]?\s+(?=\S)/;

interface RowReading {
  row: GridRow;
  itemNumber: string | null;
  texts: string[];
}

function readRow(row: GridRow, itemColumn: number): RowReading {
  const texts = row.cells.map((cell) => cell.text.replace(/[\s\u00a0]+/g, " ").trim());
  let itemNumber = itemColumn >= 0 ? readItemNumber(texts[itemColumn] ?? "") : null;
  if (itemColumn >= 0 && itemNumber !== null) texts[itemColumn] = "";
  if (itemNumber === null) {
    const first = texts.findIndex((text) => text !== "");
    const match = first === -1 ? null : leadingNumber.exec(texts[first] ?? "");
    if (match?.[1] && (texts[first]?.length ?? 0) > match[0].length) {
      itemNumber = match[1];
      texts[first] = (texts[first] ?? "").slice(match[0].length);
    }
  }
  return { row, itemNumber, texts };
}

/** Columns holding words; amounts beside a group's name (its subtotals) do not count. */
const wordColumns = (reading: RowReading) => reading.texts.flatMap((text, column) => (/\p{L}/u.test(text) ? [column] : []));

function isGroupRow(reading: RowReading, next: RowReading | undefined, previousWasGroup: boolean, index: number): boolean {
  if (reading.row.singleCell) return true;
  const filled = wordColumns(reading);
  if (filled.length !== 1) return false;
  const bold = reading.row.cells[filled[0] ?? 0]?.bold === true;
  const number = reading.itemNumber;
  if (bold) return true;
  if (number !== null && /^[IVXLC]+$/.test(number)) return true;
  if (number !== null && next?.itemNumber?.startsWith(`${number}.`)) return true;
  return number === null && (index === 0 || previousWasGroup);
}

export function finishModelRows(body: GridRow[], headers: string[], linesOf: (row: GridRow) => SourceLine[]): TableRow[] {
  const itemColumn = headers.findIndex((header) => columnRole(header).role === "itemNumber");
  const readings = body.map((row) => readRow(row, itemColumn));
  const groups = new GroupStack();
  const rows: TableRow[] = [];
  let previousWasGroup = false;
  readings.forEach((reading, index) => {
    const cells: TableCell[] = reading.texts.flatMap((text, column) => (text === "" ? [] : [{ column, text }]));
    const own = linesOf(reading.row);
    const sourceLines = own.length > 0 ? own : [{ line: reading.row.startLine, text: cells.map((cell) => cell.text).join("\t") }];
    const group = isGroupRow(reading, readings[index + 1], previousWasGroup, index);
    if (group) {
      const title = wordColumns(reading).map((column) => reading.texts[column]).join(" ");
      const label = reading.itemNumber === null ? title : `${reading.itemNumber} ${title}`;
      const enclosing = groups.enterGroup(reading.itemNumber, label);
      rows.push({ itemNumber: reading.itemNumber, groupPath: enclosing, isGroup: true, cells, sourceLines });
    } else {
      groups.noteRow(reading.itemNumber);
      rows.push({ itemNumber: reading.itemNumber, groupPath: groups.path(), isGroup: false, cells, sourceLines });
    }
    previousWasGroup = group;
  });
  return rows;
}
