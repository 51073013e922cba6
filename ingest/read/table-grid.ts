import type { TableCellBlock } from "../document/document-model.js";

type Spanned = Pick<TableCellBlock, "rowSpan" | "colSpan">;

export interface GridLayout {
  /** Number of grid columns once every span is laid out. */
  columnCount: number;
  /** For each row, the grid column where each of its cells starts. */
  starts: number[][];
}

/**
 * Lays rows of spanning cells out on a grid, as HTML does: a cell starts at the first column
 * not covered by a cell above that spans rows down into this row.
 */
export function layoutGrid(rows: Spanned[][]): GridLayout {
  const covered = new Map<number, number>(); // column → rows still covered below
  const starts: number[][] = [];
  let columnCount = 0;
  for (const cells of rows) {
    const taken = new Set<number>();
    for (const [column, remaining] of covered) if (remaining > 0) taken.add(column);
    const rowStarts: number[] = [];
    let column = 0;
    for (const cell of cells) {
      while (taken.has(column)) column += 1;
      rowStarts.push(column);
      for (let offset = 0; offset < cell.colSpan; offset += 1) {
        taken.add(column + offset);
        if (cell.rowSpan > 1) covered.set(column + offset, cell.rowSpan);
      }
      column += cell.colSpan;
    }
    columnCount = Math.max(columnCount, column, ...[...taken].map((taken) => taken + 1));
    for (const [key, remaining] of covered) covered.set(key, remaining - 1);
    starts.push(rowStarts);
  }
  return { columnCount: Math.max(1, columnCount), starts };
}

/** One text line per row: the grid's cells separated by tabs, covered positions left empty. */
export function gridRowTexts(rows: TableCellBlock[][], layout: GridLayout): string[] {
  return rows.map((cells, rowIndex) => {
    const slots = Array.from({ length: layout.columnCount }, () => "");
    cells.forEach((cell, cellIndex) => {
      const start = layout.starts[rowIndex]?.[cellIndex] ?? 0;
      slots[start] = cell.text.replace(/\t/g, " ");
    });
    return slots.join("\t");
  });
}
