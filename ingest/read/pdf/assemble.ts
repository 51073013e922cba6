import { markImplicitHeader, RenditionWriter, type DraftRow, type Rendition } from "../rendition.js";
import { findFurniture } from "./furniture.js";
import type { PageLayout, PageTable, PageTableRow, TextLine } from "./page-layout.js";

/**
 * Puts a PDF's laid-out pages together into blocks and their text rendition: body lines grouped
 * into paragraphs, tables continued over a page break joined into one (the repeated head dropped,
 * a row cut by the break put back together), furniture kept apart.
 */

interface OpenTable {
  xs: number[];
  found: PageTable["found"];
  gutters: PageTable["gutters"];
  /** Bottom edge on its last page so far. */
  bottom: number;
  rows: (PageTableRow & { page: number })[];
  /** Number of rows at the top that form the head (the first row and what it spans down into). */
  headRows: number;
  page: number;
}

interface PageLine {
  line: TextLine;
  page: number;
  /** Right edge of the page's body text, to tell a full line from a paragraph's last one. */
  rightEdge: number;
}

/** Column boundaries this close (points) are the same column. */
const columnTolerance = 3;

function rowKey(row: PageTableRow): string {
  return row.starts.map((start, index) => `${start}:${row.cells[index]?.text ?? ""}`).join("\t");
}

/**
 * True when two tables have the same columns. A table found from its text alignment has no drawn
 * outer edges (they are where its widest words end), so only its inner boundaries are compared;
 * two such tables have the same columns when their gutters overlap one for one (each page's
 * words leave a gutter a little wider or narrower).
 */
function sameColumns(left: Pick<OpenTable, "xs" | "found" | "gutters">, right: PageTable): boolean {
  if (left.gutters && right.gutters) {
    const theirs = right.gutters;
    return left.gutters.length === theirs.length && left.gutters.every((gutter, index) => gutter.from <= (theirs[index]?.to ?? -Infinity) + columnTolerance && (theirs[index]?.from ?? Infinity) <= gutter.to + columnTolerance);
  }
  const inner = left.found === "text" || right.found === "text";
  const pick = (xs: number[]) => (inner ? xs.slice(1, -1) : xs);
  const [mine, theirs] = [pick(left.xs), pick(right.xs)];
  return left.xs.length === right.xs.length && mine.every((x, index) => Math.abs(x - (theirs[index] ?? Number.NaN)) <= columnTolerance);
}

function headDepth(rows: PageTableRow[]): number {
  return Math.min(rows.length, Math.max(1, ...(rows[0]?.cells ?? []).map((cell) => cell.rowSpan)));
}

function openTable(table: PageTable, page: number): OpenTable {
  return { xs: table.xs, found: table.found, gutters: table.gutters, bottom: table.bottom, rows: table.rows.map((row) => ({ ...row, page })), headRows: headDepth(table.rows), page };
}

/** True when most body rows have text in their first cell (a numbered table, where an empty first cell means a cut row). */
function numberedFirstColumn(rows: PageTableRow[]): boolean {
  const body = rows.filter((row) => row.starts[0] === 0);
  return body.length > 0 && body.filter((row) => row.cells[0]?.text !== "").length >= 0.8 * body.length;
}

/**
 * Appends a table that continues `open` on the next page: drops its repeated head, and mends the
 * row cut by the break: in a numbered table or where the table ran down to the foot of the page
 * (`reachedFoot`), a first row with an empty first cell that continues the last row (under a
 * filled first cell, or with fewer cells filled than the row it continues).
 */
function continueTable(open: OpenTable, next: PageTable, page: number, reachedFoot: boolean): void {
  let rows = next.rows.map((row) => ({ ...row, page }));
  const head = open.rows.slice(0, open.headRows).map(rowKey);
  if (rows.length > head.length && head.every((key, index) => rows[index] && rowKey(rows[index]) === key)) rows = rows.slice(head.length);
  const last = open.rows[open.rows.length - 1];
  const first = rows[0];
  const filled = (row: PageTableRow) => row.cells.filter((cell) => cell.text !== "").length;
  const cut =
    last && first && open.rows.length > open.headRows && first.cells[0]?.text === "" && first.starts.join() === last.starts.join() &&
    (last.cells[0]?.text !== "" || filled(first) < filled(last)) &&
    (reachedFoot || numberedFirstColumn(open.rows.slice(open.headRows)));
  if (cut && last && first) {
    last.cells = last.cells.map((cell, index) => ({ ...cell, text: [cell.text, first.cells[index]?.text ?? ""].filter((text) => text !== "").join(" ") }));
    rows = rows.slice(1);
  }
  open.rows.push(...rows);
}

function continuesParagraph(previous: PageLine, next: PageLine): boolean {
  const { line: above } = previous;
  const { line: below } = next;
  return (
    previous.page === next.page &&
    below.top - above.bottom < 0.8 * above.size &&
    Math.abs(below.size - above.size) <= 1 &&
    above.bold === below.bold &&
    above.x1 >= previous.rightEdge - 3 * above.size &&
    below.x0 <= above.x0 + 2
  );
}

/** The lowest body text or table edge on any page (the foot of the text area), and the body's usual font size. */
function bodyFoot(pages: PageLayout[], furniture: Set<string>): { foot: number; size: number } {
  const bottoms: number[] = [];
  const sizes: number[] = [];
  for (const page of pages) {
    page.items.forEach((item, index) => {
      if (furniture.has(`${page.number}:${index}`)) return;
      bottoms.push(item.kind === "line" ? item.line.bottom : item.table.bottom);
      if (item.kind === "line") sizes.push(item.line.size);
    });
  }
  sizes.sort((left, right) => left - right);
  return { foot: Math.max(0, ...bottoms), size: sizes[Math.floor(sizes.length / 2)] ?? 12 };
}

export function assemblePages(pages: PageLayout[]): Rendition {
  const writer = new RenditionWriter();
  const furniture = findFurniture(pages);
  const { foot, size } = bodyFoot(pages, furniture);
  let paragraph: PageLine[] = [];
  let table: OpenTable | null = null;
  const flushParagraph = (): void => {
    if (paragraph.length > 0) writer.paragraph(paragraph.map(({ line }) => line.text), paragraph[0]?.page ?? null);
    paragraph = [];
  };
  const flushTable = (): void => {
    if (!table) return;
    const rows: DraftRow[] = table.rows.map((row) => ({ kind: "body", cells: row.cells, page: row.page }));
    markImplicitHeader(rows);
    writer.table(rows);
    table = null;
  };
  for (const page of pages) {
    const body = page.items.filter((_, index) => !furniture.has(`${page.number}:${index}`));
    page.items.forEach((item, index) => {
      if (item.kind === "line" && furniture.has(`${page.number}:${index}`)) writer.furniture(item.line.text, page.number);
    });
    const lines = body.flatMap((item) => (item.kind === "line" ? [item.line] : []));
    const rightEdge = Math.max(0, ...lines.map((line) => line.x1));
    body.forEach((item, index) => {
      if (item.kind === "line") {
        flushTable();
        const next: PageLine = { line: item.line, page: page.number, rightEdge };
        const previous = paragraph[paragraph.length - 1];
        if (previous && !continuesParagraph(previous, next)) flushParagraph();
        paragraph.push(next);
        return;
      }
      flushParagraph();
      const open: OpenTable | null = table;
      if (open && index === 0 && open.page === page.number - 1 && sameColumns(open, item.table)) {
        continueTable(open, item.table, page.number, foot - open.bottom < 1.2 * size);
        open.page = page.number;
        open.bottom = item.table.bottom;
        return;
      }
      flushTable();
      table = openTable(item.table, page.number);
    });
    // A table stays open over the page break only when nothing follows it on its page.
    if (body.length > 0 && body[body.length - 1]?.kind !== "table") flushTable();
  }
  flushParagraph();
  flushTable();
  return writer.finish();
}
