import type { Block, ParagraphBlock, TableCellBlock, TableRowBlock } from "../document/document-model.js";
import { gridRowTexts, layoutGrid } from "./table-grid.js";

/** What a structured reader (DOCX, PDF) hands back: the text rendition and the blocks read from it. */
export interface Rendition {
  lines: string[];
  blocks: Block[];
  furniture: ParagraphBlock[];
  warnings: string[];
}

export interface DraftRow {
  kind: TableRowBlock["kind"];
  cells: TableCellBlock[];
  /** Page the row was read on (PDF), else null. */
  page: number | null;
}

/**
 * A table that marks no header row gets its first row as the head, extended over the rows that
 * the first row's cells span down into (a two-level head "Kinh phí" over "Tổng số | Trung ương").
 */
export function markImplicitHeader(rows: DraftRow[]): void {
  if (rows.length < 2 || rows.some((row) => row.kind === "header")) return;
  const depth = Math.min(rows.length - 1, Math.max(...(rows[0]?.cells ?? []).map((cell) => cell.rowSpan)));
  for (const row of rows.slice(0, depth)) {
    row.kind = "header";
    row.cells = row.cells.map((cell) => ({ ...cell, header: true }));
  }
}

/** Collapses whitespace (tabs and line breaks included) to single spaces, NFC. */
export function collapseText(text: string): string {
  return text.normalize("NFC").replace(/[\s\u00a0]+/g, " ").trim();
}

/**
 * Writes blocks and their text rendition together, so that every block's provenance points to
 * the lines that render it: one line per heading, paragraph line or list item, one line per table
 * row with the grid's cells separated by tabs. Furniture lines go after the body and a blank
 * line, so that page headers and numbers never cut a table's rows apart.
 */
export class RenditionWriter {
  private readonly lines: string[] = [];
  private readonly blocks: Block[] = [];
  private readonly furnitureTexts: { text: string; page: number | null }[] = [];
  private readonly warnings: string[] = [];

  private write(text: string): number {
    this.lines.push(text);
    return this.lines.length;
  }

  heading(level: number, text: string, page: number | null): void {
    const clean = collapseText(text);
    if (clean === "") return;
    const line = this.write(clean);
    this.blocks.push({ type: "heading", level: Math.min(9, Math.max(1, level)), text: clean, provenance: { startLine: line, endLine: line, page } });
  }

  /** A paragraph written over one line per given line (a DOCX line break, a PDF text line). */
  paragraph(textLines: string[], page: number | null): void {
    const clean = textLines.map(collapseText).filter((text) => text !== "");
    if (clean.length === 0) return;
    const startLine = this.lines.length + 1;
    clean.forEach((text) => this.write(text));
    this.blocks.push({ type: "paragraph", text: clean.join(" "), provenance: { startLine, endLine: this.lines.length, page } });
  }

  listItem(depth: number, marker: string, text: string, page: number | null): void {
    const clean = collapseText(text);
    if (clean === "") return;
    const line = this.write(`${"  ".repeat(depth)}${marker === "" ? "" : `${marker} `}${clean}`);
    this.blocks.push({ type: "list-item", depth, marker, text: clean, provenance: { startLine: line, endLine: line, page } });
  }

  table(rows: DraftRow[]): void {
    if (rows.length === 0) return;
    const cells = rows.map((row) => row.cells.map((cell) => ({ ...cell, text: collapseText(cell.text) })));
    const layout = layoutGrid(cells);
    const texts = gridRowTexts(cells, layout);
    const written: TableRowBlock[] = rows.map((row, index) => {
      const line = this.write(texts[index] ?? "");
      return { kind: row.kind, cells: cells[index] ?? [], provenance: { startLine: line, endLine: line, page: row.page } };
    });
    const first = written[0];
    const last = written.at(-1);
    if (!first || !last) return;
    this.blocks.push({
      type: "table",
      rows: written,
      columnCount: layout.columnCount,
      provenance: { startLine: first.provenance.startLine, endLine: last.provenance.endLine, page: first.provenance.page },
    });
  }

  furniture(text: string, page: number | null): void {
    const clean = collapseText(text);
    if (clean !== "") this.furnitureTexts.push({ text: clean, page });
  }

  warn(message: string): void {
    this.warnings.push(message);
  }

  /** True when no body line holds any text. */
  isEmpty(): boolean {
    return this.lines.every((line) => line.replace(/\t/g, "").trim() === "");
  }

  finish(): Rendition {
    // A blank line closes the body, so that no line reader takes furniture for the body's last row.
    if (this.furnitureTexts.length > 0) this.write("");
    const furniture: ParagraphBlock[] = this.furnitureTexts.map(({ text, page }) => {
      const line = this.write(text);
      return { type: "paragraph", text, provenance: { startLine: line, endLine: line, page } };
    });
    return { lines: [...this.lines], blocks: [...this.blocks], furniture, warnings: [...this.warnings] };
  }
}
