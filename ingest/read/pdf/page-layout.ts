import type { TableCellBlock } from "../../document/document-model.js";
import { centreX, centreY, contains, type Box, type PageContent, type Word } from "./geometry.js";
import { findRuledTables, type RuledTable } from "./ruling-tables.js";

/**
 * Lays one page out: the ruled tables with the words that fall in each cell, and the remaining
 * words rebuilt into text lines (words on one baseline, left to right), top to bottom.
 */

export interface TextLine extends Box {
  text: string;
  size: number;
  bold: boolean;
}

export interface PageTableRow {
  cells: TableCellBlock[];
  /** Grid column where each cell starts. */
  starts: number[];
}

export interface PageTable extends Box {
  /** Column boundaries (columnCount + 1 values). */
  xs: number[];
  rows: PageTableRow[];
}

export type PageItem = { kind: "line"; line: TextLine } | { kind: "table"; table: PageTable };

export interface PageLayout {
  number: number;
  width: number;
  height: number;
  items: PageItem[];
}

/** Groups words into lines by baseline and joins each line's words left to right. */
export function wordsToLines(words: Word[]): TextLine[] {
  const sorted = [...words].sort((left, right) => left.bottom - right.bottom || left.x0 - right.x0);
  const groups: Word[][] = [];
  for (const word of sorted) {
    const group = groups[groups.length - 1];
    const last = group?.[group.length - 1];
    if (group && last && Math.abs(word.bottom - last.bottom) <= Math.max(1.5, 0.3 * Math.min(word.size, last.size))) group.push(word);
    else groups.push([word]);
  }
  return groups.map((group) => {
    const ordered = [...group].sort((left, right) => left.x0 - right.x0);
    let text = "";
    let previous: Word | null = null;
    for (const word of ordered) {
      if (previous && word.x0 - previous.x1 > 0.1 * Math.min(word.size, previous.size)) text += " ";
      text += word.text;
      previous = word;
    }
    const boldChars = ordered.filter((word) => word.bold).reduce((sum, word) => sum + word.text.length, 0);
    return {
      text,
      x0: Math.min(...ordered.map((word) => word.x0)),
      x1: Math.max(...ordered.map((word) => word.x1)),
      top: Math.min(...ordered.map((word) => word.top)),
      bottom: Math.max(...ordered.map((word) => word.bottom)),
      size: Math.max(...ordered.map((word) => word.size)),
      bold: boldChars * 2 > text.replace(/\s/g, "").length,
    };
  });
}

/**
 * Joins a cell's lines with spaces, except where the line break cut a word:
 * - after a hyphen inside a word ("09-" / "KH/TU" → "09-KH/TU");
 * - where an abbreviation or number wider than the cell was broken ("ST" / "T" in a narrow
 *   "STT" column): the line is one word filling the cell from padding to padding, and the word
 *   put back together has no lower-case letter. Vietnamese syllables are short and spaced, so a
 *   lower-case word that fills a line was wrapped, not broken ("Thường" / "xuyên" stays two
 *   words); a word broken inside a longer token ("phận/đầ" / "u") is left spaced.
 */
function cellText(lines: TextLine[], cell: Box): string {
  let text = "";
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (previous) {
      const left = previous.x0 - cell.x0;
      const right = cell.x1 - previous.x1;
      const fills = !previous.text.includes(" ") && left <= 0.6 * previous.size && right <= Math.max(left, 0) + 0.5 * previous.size;
      const rejoined = previous.text + (line.text.split(" ")[0] ?? "");
      const closed = /[,.;:!?)]$/.test(previous.text);
      const broken = (fills && !closed && !/\p{Ll}/u.test(rejoined)) || /[\p{L}\p{N}]-$/u.test(previous.text);
      if (!broken) text += " ";
    }
    text += line.text;
  });
  return text;
}

function fillTable(table: RuledTable, words: Word[]): PageTable {
  const inCell = table.cells.map(() => [] as Word[]);
  for (const word of words) {
    const index = table.cells.findIndex((cell) => contains(cell, centreX(word), centreY(word)));
    if (index >= 0) inCell[index]?.push(word);
  }
  const rows: PageTableRow[] = [];
  const rowCount = table.ys.length - 1;
  for (let row = 0; row < rowCount; row += 1) {
    const cells = table.cells.map((cell, index) => ({ cell, index })).filter(({ cell }) => cell.row === row);
    if (cells.length === 0) continue;
    rows.push({
      starts: cells.map(({ cell }) => cell.column),
      cells: cells.map(({ cell, index }) => {
        const lines = wordsToLines(inCell[index] ?? []);
        const text = cellText(lines, cell);
        return { text, rowSpan: cell.rowSpan, colSpan: cell.colSpan, header: false, bold: text !== "" && lines.every((line) => line.bold) };
      }),
    });
  }
  return { x0: table.x0, x1: table.x1, top: table.top, bottom: table.bottom, xs: table.xs, rows };
}

export function layoutPage(page: PageContent): PageLayout {
  const tables = findRuledTables(page.edges);
  const inTable = (word: Word) => tables.findIndex((table) => contains(table, centreX(word), centreY(word), 1));
  const tableWords = tables.map(() => [] as Word[]);
  const bodyWords: Word[] = [];
  for (const word of page.words) {
    const index = inTable(word);
    if (index >= 0) tableWords[index]?.push(word);
    else bodyWords.push(word);
  }
  const items: PageItem[] = [
    ...wordsToLines(bodyWords).map((line): PageItem => ({ kind: "line", line })),
    ...tables.map((table, index): PageItem => ({ kind: "table", table: fillTable(table, tableWords[index] ?? []) })),
  ].filter((item) => item.kind === "line" || item.table.rows.some((row) => row.cells.some((cell) => cell.text !== "")));
  const topOf = (item: PageItem) => (item.kind === "line" ? item.line.top : item.table.top);
  items.sort((left, right) => topOf(left) - topOf(right));
  return { number: page.number, width: page.width, height: page.height, items };
}
