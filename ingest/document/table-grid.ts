import { layoutGrid as layoutSpans } from "../read/table-grid.js";
import type { TableBlock } from "./document-model.js";

/**
 * Lays a table's cells out on a rectangular grid, resolving row and column spans:
 * - a header cell spanning several columns labels each of them ("Kinh phí" over Tổng số /
 *   Ngân sách Trung ương / Ngân sách địa phương), so it is repeated across its columns;
 * - a body cell spanning several rows (one owner for three tasks) holds for every row it covers;
 * - a body cell spanning several columns is written once, in its first column.
 */
export interface GridCell {
  text: string;
  bold: boolean;
  /** True where the cell is a copy made for a span, not the cell as written. */
  spanned: boolean;
}

export interface GridRow {
  kind: "header" | "body";
  cells: GridCell[];
  startLine: number;
  endLine: number;
  /** True when one written cell covers the whole row (a caption or group row). */
  singleCell: boolean;
}

const emptyCell = (): GridCell => ({ text: "", bold: false, spanned: false });

/** The table on a grid: span positions come from the readers' one layout (`ingest/read/table-grid.ts`). */
export function layoutGrid(table: TableBlock): GridRow[] {
  const layout = layoutSpans(table.rows.map((row) => row.cells));
  const width = Math.max(table.columnCount, layout.columnCount);
  const carried: ({ cell: GridCell; rowsLeft: number } | null)[] = Array.from({ length: width }, () => null);
  return table.rows.map((row, rowIndex) => {
    const cells: GridCell[] = Array.from({ length: width }, emptyCell);
    carried.forEach((carry, column) => {
      if (!carry) return;
      cells[column] = { ...carry.cell, spanned: true };
      carry.rowsLeft -= 1;
      if (carry.rowsLeft <= 0) carried[column] = null;
    });
    row.cells.forEach((written, cellIndex) => {
      const column = layout.starts[rowIndex]?.[cellIndex] ?? 0;
      const cell: GridCell = { text: written.text, bold: written.bold, spanned: false };
      const span = Math.min(written.colSpan, width - column);
      for (let offset = 0; offset < span; offset += 1) {
        // A header label holds for every column it spans; a body cell is written once.
        const copy = row.kind === "header" || offset === 0 ? cell : emptyCell();
        cells[column + offset] = offset === 0 ? cell : { ...copy, spanned: true };
        if (written.rowSpan > 1) carried[column + offset] = { cell: copy, rowsLeft: written.rowSpan - 1 };
      }
    });
    const writtenCells = row.cells.filter((cell) => cell.text.trim() !== "");
    const singleCell = writtenCells.length === 1 && (writtenCells[0]?.colSpan ?? 1) >= width && width > 1;
    return { kind: row.kind, cells, startLine: row.provenance.startLine, endLine: row.provenance.endLine, singleCell };
  });
}
