import type { TableCellBlock } from "../../document/document-model.js";
import { centreX, centreY, contains, type Box, type PageContent, type Word } from "./geometry.js";
import { findRuledTables, type RuledTable } from "./ruling-tables.js";
import { cellText, wordsToLines, type TextLine } from "./text-lines.js";
import { findTextTables } from "./text-tables.js";

export type { TextLine } from "./text-lines.js";

/**
 * Lays one page out: the ruled tables with the words that fall in each cell, and the remaining
 * words rebuilt into text lines (words on one baseline, left to right), top to bottom.
 */

export interface PageTableRow {
  cells: TableCellBlock[];
  /** Grid column where each cell starts. */
  starts: number[];
}

export interface PageTable extends Box {
  /** Column boundaries (columnCount + 1 values). */
  xs: number[];
  rows: PageTableRow[];
  /** "ruling": cells drawn by ruling lines; "text": columns found from the alignment of the words. */
  found: "ruling" | "text";
  /** For a table found from its text: the blank x ranges between its columns, left to right. */
  gutters?: { from: number; to: number }[];
}

export type PageItem = { kind: "line"; line: TextLine } | { kind: "table"; table: PageTable };

export interface PageLayout {
  number: number;
  width: number;
  height: number;
  items: PageItem[];
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
  return { x0: table.x0, x1: table.x1, top: table.top, bottom: table.bottom, xs: table.xs, rows, found: "ruling" };
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
  return { number: page.number, width: page.width, height: page.height, items: sortItems(items) };
}

function sortItems(items: PageItem[]): PageItem[] {
  const topOf = (item: PageItem) => (item.kind === "line" ? item.line.top : item.table.top);
  return [...items].sort((left, right) => topOf(left) - topOf(right));
}

/**
 * Finds the tables drawn without rulings among a laid-out page's lines and puts them in place of
 * their lines. `furniture` (keys "page:index" from findFurniture) names the lines that are page
 * furniture by their place: a table keeps them only where they fill its columns (a repeated head).
 */
export function addTextTables(page: PageLayout, furniture: Set<string>): PageLayout {
  const words = page.items.flatMap((item) => (item.kind === "line" ? (item.line.words ?? []) : []));
  const furnitureWords = new Set(page.items.flatMap((item, index) => (item.kind === "line" && furniture.has(`${page.number}:${index}`) ? (item.line.words ?? []) : [])));
  const found = findTextTables(words, furnitureWords);
  if (found.tables.length === 0) return page;
  const rest = new Set(found.rest);
  const items = page.items.filter((item) => item.kind === "table" || (item.line.words ?? []).every((word) => rest.has(word)));
  const kept = new Set(items.flatMap((item) => (item.kind === "line" ? (item.line.words ?? []) : [])));
  const cut = wordsToLines(found.rest.filter((word) => !kept.has(word))).map((line): PageItem => ({ kind: "line", line }));
  return { ...page, items: sortItems([...items, ...cut, ...found.tables.map((table): PageItem => ({ kind: "table", table }))]) };
}
