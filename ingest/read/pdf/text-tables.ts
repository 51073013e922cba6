import type { Word } from "./geometry.js";
import type { PageTable, PageTableRow } from "./page-layout.js";
import { addToCoverage, columnOf, coverage, gutters, guttersOf, toWordLine, type Span, type WordLine } from "./text-columns.js";
import { cellText, groupByBaseline, wordsToLines } from "./text-lines.js";

/**
 * Finds the tables a page draws without ruling lines, from the alignment of their text alone
 * (pdfplumber's "text" strategy): a run of consecutive lines whose words keep clear of the same
 * gutters over the whole run is a table, its columns the ranges between the gutters; its rows
 * are told apart by the wider spacing between rows than between the wrapped lines of a cell
 * (cell padding), or — where rows are not spaced apart — by a new entry in the first column, the
 * lines below with text only in the other columns being the cells' wrapped lines.
 * Only strong evidence makes a table: several lines and rows, most rows with text in two columns
 * or more, at least three columns of which three hold text in most rows, each column aligned. Body text never does: over a few lines the gaps between its
 * words fall at different places, leaving no gutter.
 */

const minimumColumns = 3;
/** Lines and rows a run needs to be taken for a table (a table continued from the page before needs fewer). */
const minimumLines = 6;
const minimumRows = 3;
/**
 * Rows not spaced apart (each started by its first column) need more evidence: more rows, and
 * gutters no narrower than a word space (body text, whose lines are spaced evenly too, leaves
 * only slivers where the spaces of a few lines happen to meet).
 */
const minimumUnspacedRows = 5;
/** A gap between lines wider than this many font sizes ends a run (the table ended, or a footer). */
const maximumLeading = 3;
/** Consecutive lines further apart than this many cell line pitches start a new row. */
const rowBreak = 1.25;
/** An edge line further from the run than this many times its widest gap between rows is not part of it. */
const strayDistance = 1.25;

export interface TextTables {
  tables: PageTable[];
  /** The words outside the tables found. */
  rest: Word[];
}

/** Extends a run from `start` while its lines still leave room for `minimumColumns` columns. */
function grow(lines: WordLine[], start: number): number {
  let covered = coverage(lines.slice(start, start + 1));
  let end = start;
  for (let next = start + 1; next < lines.length; next += 1) {
    const line = lines[next];
    const previous = lines[end];
    if (!line || !previous || line.top - previous.bottom > maximumLeading * previous.size) break;
    const merged = addToCoverage(covered, line);
    if (gutters(merged).length + 1 < minimumColumns) break;
    covered = merged;
    end = next;
  }
  return end;
}

/** Distances between the tops of consecutive lines. */
function steps(lines: WordLine[]): number[] {
  return lines.slice(1).map((line, index) => line.top - (lines[index]?.top ?? line.top));
}

/**
 * True when an edge row of a run does not belong to the rest: it stands further apart than any
 * two rows of the rest; it writes into one of the rest's gutters with text in fewer than half of
 * its columns (a heading or a running header over the columns — a table's head fills most
 * columns, and its widest words may reach a little past its column's entries); or it is page furniture (a running
 * header, a page number) written as one phrase or in at most one column. A table's head
 * repeated on every page is furniture too by its place, but it fills the columns, apart.
 */
function strays(edge: WordLine[], rest: WordLine[], gap: number, furniture: Set<Word>): boolean {
  if (gap > strayDistance * Math.max(...steps(rest))) return true;
  const between = guttersOf(rest);
  const words = edge.flatMap((line) => line.words);
  const x0 = Math.min(...rest.flatMap((line) => line.words.map((word) => word.x0)));
  const x1 = Math.max(...rest.flatMap((line) => line.words.map((word) => word.x1)));
  const columns = new Set(words.map((word) => (word.x1 <= x0 ? -1 : word.x0 >= x1 ? Infinity : columnOf(word, between))));
  const inGutter = between.map((gutter) => words.reduce((sum, word) => sum + Math.max(0, Math.min(word.x1, gutter.to) - Math.max(word.x0, gutter.from)), 0));
  if (columns.size * 2 < between.length + 1 && between.some((gutter, index) => (inGutter[index] ?? 0) > 0.25 * (gutter.to - gutter.from))) return true;
  if (!words.every((word) => furniture.has(word))) return false;
  const space = 1.5 * wordSpace(rest, between);
  const phrase = edge.length === 1 && words.every((word, index) => index === 0 || word.x0 - (words[index - 1]?.x1 ?? word.x0) <= space);
  return columns.size <= 1 || phrase;
}

/** Drops the edge rows of a run that do not belong to it (see `strays`). */
function trim(run: WordLine[], furniture: Set<Word>): WordLine[] {
  let rows = splitRows(run, guttersOf(run)).rows;
  const gapAfter = (above: WordLine[] | undefined, below: WordLine[] | undefined) => (below?.[0]?.top ?? 0) - (above?.[above.length - 1]?.top ?? 0);
  while (rows.length >= 3) {
    const [first, second] = rows;
    const last = rows[rows.length - 1];
    const beforeLast = rows[rows.length - 2];
    if (first && strays(first, rows.slice(1).flat(), gapAfter(first, second), furniture)) rows = rows.slice(1);
    else if (last && strays(last, rows.slice(0, -1).flat(), gapAfter(beforeLast, last), furniture)) rows = rows.slice(0, -1);
    else break;
  }
  return rows.flat();
}

/** The pitch of a cell's wrapped lines: the usual distance between consecutive lines holding text in the same column. */
function cellPitch(lines: WordLine[], between: Span[]): number {
  const lastTop = new Map<number, number>();
  const distances: number[] = [];
  for (const line of lines) {
    for (const column of new Set(line.words.map((word) => columnOf(word, between)))) {
      const above = lastTop.get(column);
      if (above !== undefined && line.top - above > 0.5 * line.size) distances.push(line.top - above);
      lastTop.set(column, line.top);
    }
  }
  distances.sort((left, right) => left - right);
  return distances[Math.floor(distances.length / 4)] ?? Math.max(...lines.map((line) => line.size));
}

/** Splits a run's lines into table rows, and says whether the rows were told apart by their spacing. */
function splitRows(lines: WordLine[], between: Span[]): { rows: WordLine[][]; spaced: boolean } {
  const pitch = cellPitch(lines, between);
  const spacedRows: WordLine[][] = [];
  lines.forEach((line, index) => {
    const above = lines[index - 1];
    if (!above || line.top - above.top > rowBreak * pitch) spacedRows.push([line]);
    else spacedRows[spacedRows.length - 1]?.push(line);
  });
  if (spacedRows.length > 1) return { rows: spacedRows, spaced: true };
  const rows: WordLine[][] = [];
  for (const line of lines) {
    if (rows.length === 0 || line.words.some((word) => columnOf(word, between) === 0)) rows.push([line]);
    else rows[rows.length - 1]?.push(line);
  }
  return { rows, spaced: false };
}

function buildTable(lines: WordLine[], between: Span[], rowLines: WordLine[][]): PageTable {
  const words = lines.flatMap((line) => line.words);
  const columns = between.length + 1;
  // A column's box: its text's extent and the cell padding (half the narrowest gutter) around it.
  const pad = Math.min(...between.map((gutter) => gutter.to - gutter.from)) / 2;
  const x0 = Math.min(...words.map((word) => word.x0));
  const x1 = Math.max(...words.map((word) => word.x1));
  const lefts = [x0, ...between.map((gutter) => gutter.to)];
  const rights = [...between.map((gutter) => gutter.from), x1];
  const boxes = lefts.map((left, column) => ({ x0: left - pad, x1: (rights[column] ?? x1) + pad, top: 0, bottom: 0 }));
  const rows: PageTableRow[] = rowLines.map((row) => {
    const cells = Array.from({ length: columns }, (_, column) => {
      const cellLines = wordsToLines(row.flatMap((line) => line.words.filter((word) => columnOf(word, between) === column)));
      const text = cellText(cellLines, boxes[column] ?? { x0: 0, x1: 0, top: 0, bottom: 0 });
      return { text, rowSpan: 1, colSpan: 1, header: false, bold: text !== "" && cellLines.every((line) => line.bold) };
    });
    return { cells, starts: cells.map((_, index) => index) };
  });
  const top = lines[0]?.top ?? 0;
  const bottom = lines[lines.length - 1]?.bottom ?? top;
  return { x0, x1, top, bottom, xs: [x0, ...between.map((gutter) => gutter.to), x1], rows, found: "text", gutters: between };
}

/** Number of rows holding text in each column. */
function rowsPerColumn(rows: WordLine[][], between: Span[]): number[] {
  return Array.from({ length: between.length + 1 }, (_, column) =>
    rows.filter((row) => row.some((line) => line.words.some((word) => columnOf(word, between) === column))).length,
  );
}

/** The usual gap between two words of one line in one column (a space as the page sets it). */
function wordSpace(lines: WordLine[], between: Span[]): number {
  const gaps: number[] = [];
  for (const line of lines) {
    line.words.slice(1).forEach((word, index) => {
      const before = line.words[index];
      if (before && columnOf(before, between) === columnOf(word, between)) gaps.push(word.x0 - before.x1);
    });
  }
  gaps.sort((left, right) => left - right);
  return gaps[Math.floor(gaps.length / 2)] ?? 0;
}

/** True when one line writes words on both sides of the gutter no further apart than `space`. */
function bridged(row: WordLine[], gutter: Span, space: number): boolean {
  return row.some((line) => {
    const left = line.words.filter((word) => word.x1 <= gutter.from + 0.01).pop();
    const right = line.words.find((word) => word.x0 >= gutter.to - 0.01);
    return left !== undefined && right !== undefined && right.x0 - left.x1 <= space;
  });
}

/**
 * Drops the gutters only one row's text makes: a head centred over a column of short
 * left-aligned entries leaves a sliver between them narrower than any gutter the rows agree on,
 * and a head over a column the rows below leave almost empty leaves its own word spaces. A
 * gutter beside a column only its head fills stays when it is wide (the column is real).
 */
function agreedGutters(rows: WordLine[][], lines: WordLine[], found: Span[]): Span[] {
  let between = found;
  for (;;) {
    const filled = rowsPerColumn(rows, between);
    const agreed = (index: number) => (filled[index] ?? 0) >= 2 && (filled[index + 1] ?? 0) >= 2;
    const narrowest = Math.min(...between.filter((_, index) => agreed(index)).map((gutter) => gutter.to - gutter.from));
    const space = 1.5 * wordSpace(lines, between);
    const lone = (gutter: Span, index: number) =>
      !agreed(index) && (gutter.to - gutter.from < 0.9 * narrowest || rows.some((row) => bridged(row, gutter, space)));
    const index = between.findIndex(lone);
    if (index < 0) return between;
    between = between.filter((_, other) => other !== index);
  }
}

/** Share of a column's line pieces that must start, end or be centred at one place. */
const alignedShare = 0.6;
/** Edges this close (points) are aligned. */
const alignTolerance = 1.5;

/** The largest share of `values` within `alignTolerance` of one of them. */
function sharedShare(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  let best = 0;
  let from = 0;
  sorted.forEach((value, index) => {
    while ((sorted[from] ?? value) < value - 2 * alignTolerance) from += 1;
    best = Math.max(best, index - from + 1);
  });
  return sorted.length === 0 ? 0 : best / sorted.length;
}

/**
 * True when, in every column, the pieces of text its lines write are aligned: most start at one
 * x (left-aligned cells), end at one x (right-aligned) or are centred on one x. Cells are; the
 * stretches of body text that happen to lie between two gaps are not.
 */
function columnsAligned(lines: WordLine[], between: Span[]): boolean {
  const pieces: { x0: number; x1: number }[][] = between.map(() => []).concat([[]]);
  for (const line of lines) {
    const byColumn = new Map<number, { x0: number; x1: number }>();
    for (const word of line.words) {
      const column = columnOf(word, between);
      const piece = byColumn.get(column);
      byColumn.set(column, piece ? { x0: Math.min(piece.x0, word.x0), x1: Math.max(piece.x1, word.x1) } : { x0: word.x0, x1: word.x1 });
    }
    for (const [column, piece] of byColumn) pieces[column]?.push(piece);
  }
  return pieces.every((column) => {
    const share = Math.max(sharedShare(column.map((piece) => piece.x0)), sharedShare(column.map((piece) => piece.x1)), sharedShare(column.map((piece) => (piece.x0 + piece.x1) / 2)));
    return share >= alignedShare;
  });
}

/** The table a run of lines makes, or null when the evidence is too weak. */
function tableOf(lines: WordLine[]): PageTable | null {
  if (lines.length < minimumLines) return null;
  const found = guttersOf(lines);
  if (found.length + 1 < minimumColumns) return null;
  const { rows, spaced } = splitRows(lines, found);
  const between = agreedGutters(rows, lines, found);
  if (rows.length < (spaced ? minimumRows : minimumUnspacedRows)) return null;
  if (rowsPerColumn(rows, between).filter((count) => count * 2 >= rows.length).length < minimumColumns) return null;
  const spread = rows.filter((row) => new Set(row.flatMap((line) => line.words.map((word) => columnOf(word, between)))).size >= 2).length;
  if (spread < Math.max(minimumRows, rows.length / 2)) return null;
  if (!columnsAligned(lines, between)) return null;
  const space = wordSpace(lines, between);
  if (!spaced && between.some((gutter) => gutter.to - gutter.from < space)) return null;
  return buildTable(lines, between, rows);
}

/**
 * The borderless tables among a page's words (those outside its ruled tables), top to bottom.
 * `furniture`: the words of the page's running headers, footers and page numbers.
 */
export function findTextTables(words: Word[], furniture: Set<Word>): TextTables {
  const lines = groupByBaseline(words).map(toWordLine);
  const tables: PageTable[] = [];
  const used = new Set<Word>();
  let start = 0;
  while (start < lines.length) {
    const end = grow(lines, start);
    const run = trim(lines.slice(start, end + 1), furniture);
    const table = tableOf(run);
    if (table) {
      tables.push(table);
      for (const line of run) for (const word of line.words) used.add(word);
      start = start + lines.slice(start).indexOf(run[run.length - 1] ?? lines[end] ?? lines[start]!) + 1;
    } else start += 1;
  }
  return { tables, rest: words.filter((word) => !used.has(word)) };
}
