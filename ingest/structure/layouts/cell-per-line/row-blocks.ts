import type { SourceLine } from "../../../read/source-text.js";

/**
 * DOCX tables exported one cell per line: each cell line starts with a tab, a row's cells are
 * consecutive lines, rows are separated by an empty line. A blank cell is a tab plus a
 * non-breaking space, so only a truly empty line ends a row. A line without the leading tab
 * ends the block (and the table): body text often follows a table without an empty line.
 */
export interface CellBlock {
  cells: string[];
  lines: SourceLine[];
}

/** A cell line: a leading tab and no other tab (tab-separated rows have several). */
export function isCellLine(text: string): boolean {
  return text.startsWith("\t") && !text.slice(1).includes("\t");
}

/** Reads the block of cell lines starting at `start` (which must be a cell line); returns it and the index after it. */
export function readBlock(lines: SourceLine[], start: number): { block: CellBlock; next: number } {
  const block: CellBlock = { cells: [], lines: [] };
  let index = start;
  while (index < lines.length) {
    const line = lines[index] as SourceLine;
    if (line.text === "") break;
    if (!isCellLine(line.text)) break;
    block.cells.push(line.text.slice(1));
    block.lines.push(line);
    index += 1;
  }
  return { block, next: index };
}

/** Index of the next non-empty line at or after `from`. */
export function skipEmptyLines(lines: SourceLine[], from: number): number {
  let index = from;
  while (index < lines.length && (lines[index]?.text ?? "") === "") index += 1;
  return index;
}
