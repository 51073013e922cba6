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

export function layoutGrid(table: TableBlock): GridRow[] {
  const width = table.columnCount;
  const carried: ({ cell: GridCell; rowsLeft: number } | null)[] = Array.from({ length: width }, () => null);
  const grid: GridRow[] = [];
  for (const row of table.rows) {
    const cells: GridCell[] = Array.from({ length: width }, emptyCell);
    const taken = new Set<number>();
    carried.forEach((carry, column) => {
      if (!carry) return;
      cells[column] = { ...carry.cell, spanned: true };
      taken.add(column);
      carry.rowsLeft -= 1;
      if (carry.rowsLeft <= 0) carried[column] = null;
    });
    let column = 0;
    for (const written of row.cells) {
      while (taken.has(column)) column += 1;
      if (column >= width) break;
      const cell: GridCell = { text: written.text, bold: written.bold, spanned: false };
      const span = Math.min(written.colSpan, width - column);
      for (let offset = 0; offset < span; offset += 1) {
        const copy = row.kind === "header" || offset === 0 ? cell : emptyCell();
        cells[column + offset] = offset === 0 ? cell : { ...copy, spanned: true };
        if (written.rowSpan > 1) carried[column + offset] = { cell: copy, rowsLeft: written.rowSpan - 1 };
        taken.add(column + offset);
      }
      column += span;
    }
    const writtenCells = row.cells.filter((cell) => cell.text.trim() !== "");
    const singleCell = writtenCells.length === 1 && (writtenCells[0]?.colSpan ?? 1) >= width && width > 1;
    grid.push({ kind: row.kind, cells, startLine: row.provenance.startLine, endLine: row.provenance.endLine, singleCell });
  }
  return grid;
}
