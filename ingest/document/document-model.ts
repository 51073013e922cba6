import { z } from "zod";
import { SourceFormat, SourceLine } from "../read/source-text.js";

/**
 * The one document model every reader produces, whatever the format (after Docling's
 * DoclingDocument: labelled items with provenance, tables as cell grids with spans and header
 * flags, body apart from page furniture).
 *
 * Provenance is a span of lines of the document's text rendition (`DocumentModel.lines`): for
 * Markdown and text the file's own lines, for DOCX and PDF the lines the reader wrote out. A
 * citation quotes those lines verbatim, so every block keeps where it came from.
 */
export const Provenance = z.object({
  /** First and last 1-based line of `DocumentModel.lines` the block was read from. */
  startLine: z.number().int().positive(),
  endLine: z.number().int().positive(),
  /** 1-based page number where the format has pages (PDF), else null. */
  page: z.number().int().positive().nullable(),
});
export type Provenance = z.infer<typeof Provenance>;

export const TableCellBlock = z.object({
  /** Cell text, inline markup removed, line breaks inside the cell as single spaces. */
  text: z.string(),
  rowSpan: z.number().int().positive(),
  colSpan: z.number().int().positive(),
  /** True for a header cell (`<th>`, a GFM header row, a row repeated as the table head). */
  header: z.boolean(),
  /** True when the whole cell is bold/strong (group rows are often marked so). */
  bold: z.boolean(),
});
export type TableCellBlock = z.infer<typeof TableCellBlock>;

export const TableRowBlock = z.object({
  /** "header": part of the table head; "body": a data row (group rows are decided later, from content). */
  kind: z.enum(["header", "body"]),
  /** Cells as written, left to right; spans say how much of the grid each covers. */
  cells: z.array(TableCellBlock),
  provenance: Provenance,
});
export type TableRowBlock = z.infer<typeof TableRowBlock>;

export const HeadingBlock = z.object({
  type: z.literal("heading"),
  /** 1 = the outermost; levels as the format gives them (Markdown #, DOCX h1–h6, or inferred). */
  level: z.number().int().min(1).max(9),
  text: z.string(),
  provenance: Provenance,
});
export const ParagraphBlock = z.object({
  type: z.literal("paragraph"),
  text: z.string(),
  provenance: Provenance,
});
export const ListItemBlock = z.object({
  type: z.literal("list-item"),
  /** 0 for a top-level item, 1 for an item nested in it, and so on. */
  depth: z.number().int().nonnegative(),
  /** The marker as written ("-", "1.", "a)"), or "" when the format does not keep it. */
  marker: z.string(),
  text: z.string(),
  provenance: Provenance,
});
export const TableBlock = z.object({
  type: z.literal("table"),
  rows: z.array(TableRowBlock).min(1),
  /** Number of grid columns once spans are laid out. */
  columnCount: z.number().int().positive(),
  provenance: Provenance,
});
export type HeadingBlock = z.infer<typeof HeadingBlock>;
export type ParagraphBlock = z.infer<typeof ParagraphBlock>;
export type ListItemBlock = z.infer<typeof ListItemBlock>;
export type TableBlock = z.infer<typeof TableBlock>;

export const Block = z.discriminatedUnion("type", [HeadingBlock, ParagraphBlock, ListItemBlock, TableBlock]);
export type Block = z.infer<typeof Block>;

export const DocumentModel = z.object({
  file: z.string().min(1),
  format: SourceFormat,
  /** The text rendition, numbered from 1; `lines[i].line === i + 1`. Citations quote these. */
  lines: z.array(SourceLine),
  /** The body in reading order. */
  blocks: z.array(Block),
  /** Page furniture kept apart from the body: running headers, footers, page numbers. */
  furniture: z.array(ParagraphBlock),
  /** What the reader could not turn into blocks or found suspicious (shown in the ingest report). */
  warnings: z.array(z.string()),
  /** sha256 of the file's bytes. */
  contentHash: z.string(),
});
export type DocumentModel = z.infer<typeof DocumentModel>;
