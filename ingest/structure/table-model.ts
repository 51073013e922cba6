import { z } from "zod";
import { SourceLine } from "../read/source-text.js";

/**
 * The generic table that every layout parser produces. A layout parser only rebuilds the
 * geometry (which text belongs to which row and which column); turning rows into task,
 * indicator, criterion or budget records is done once, for every layout, in
 * `ingest/records/build-records.ts`, from the column headers.
 *
 * A column header is kept as written ("Đơn vị chủ trì", "Mục tiêu Kế hoạch 2026",
 * "Ngân sách Trung ương", "Điểm tối đa"); `ingest/structure/column-roles.ts` decides what it
 * means. A parser that knows more than the header says (e.g. the target year comes from a
 * section heading "Đến năm 2030") writes that knowledge into the header text it emits
 * ("Chỉ tiêu đến năm 2030").
 */
export const TableCell = z.object({
  /** Index into `ParsedTable.headers`. */
  column: z.number().int().nonnegative(),
  /** Cell text with wrapped lines joined by single spaces; HTML removed; never padded. */
  text: z.string(),
});
export type TableCell = z.infer<typeof TableCell>;

export const TableRow = z.object({
  /** Item number as written, without trailing dot: "39.7", "1", "III", "3.10"; null if none. */
  itemNumber: z.string().nullable(),
  /**
   * Labels of the group rows above this row, outermost first, each "number title"
   * (e.g. ["II Nhóm nhiệm vụ phát triển hạ tầng số"]). Groups make locators unique when
   * numbering restarts per group.
   */
  groupPath: z.array(z.string()),
  /** True for a heading/group row (e.g. "I  Nâng cao nhận thức…", "1 Phát triển hạ tầng") that carries no task of its own. */
  isGroup: z.boolean(),
  cells: z.array(TableCell),
  /** The verbatim source lines this row was rebuilt from, in document order. */
  sourceLines: z.array(SourceLine).min(1),
});
export type TableRow = z.infer<typeof TableRow>;

export const UnparsedRow = z.object({
  reason: z.string(),
  sourceLines: z.array(SourceLine).min(1),
});
export type UnparsedRow = z.infer<typeof UnparsedRow>;

export const ParsedTable = z.object({
  /** Which layout parser produced it (for the ingest report): "tab-separated", "cell-per-line", "labelled-bullets", "pdf-blocks", "pdf-criteria"… */
  layout: z.string(),
  /** Breadcrumb of the section/appendix the table sits in, outermost first, e.g. ["Phụ lục III", "DANH MỤC NHIỆM VỤ…"]. */
  breadcrumb: z.array(z.string()),
  /** The appendix label if the table is in one ("Phụ lục I", "Phụ lục 1"), else null. */
  appendix: z.string().nullable(),
  headers: z.array(z.string()),
  /** Unit stated above or in the table ("triệu đồng", "Triệu đồng"), if any. */
  unit: z.string().nullable(),
  rows: z.array(TableRow),
  unparsed: z.array(UnparsedRow),
  startLine: z.number().int().positive(),
  endLine: z.number().int().positive(),
});
export type ParsedTable = z.infer<typeof ParsedTable>;

/** Signature of every layout parser: given the document's lines and its section map, find the tables it understands. */
export interface LayoutParserInput {
  file: string;
  lines: SourceLine[];
  /** Returns the section breadcrumb in force at a 1-based line number. */
  breadcrumbAt: (line: number) => string[];
}

export interface LayoutParser {
  name: string;
  /** Returns the tables this layout recognises. Must not throw on text it does not recognise: return []. */
  parse: (input: LayoutParserInput) => ParsedTable[];
}
