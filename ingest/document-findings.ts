import { z } from "zod";
import type { ParsedTable } from "./structure/table-model.js";
import { UnparsedRow } from "./structure/table-model.js";

/**
 * What ingestion found in one document beyond its records, kept in the index so a person can
 * check it later (`npm run review`): the tables and where they are, the warnings, the rows it
 * could not read, and the counts the ingest report prints.
 */
export const TableFound = z.object({
  /** Which layout parser rebuilt it ("tab-separated", "model-table", "pdf-blocks"…). */
  layout: z.string(),
  breadcrumb: z.array(z.string()),
  appendix: z.string().nullable(),
  headers: z.array(z.string()),
  unit: z.string().nullable(),
  startLine: z.number().int().positive(),
  endLine: z.number().int().positive(),
  /** Rows rebuilt, group rows included. */
  rows: z.number().int().nonnegative(),
  /** Group (heading) rows among them. */
  groupRows: z.number().int().nonnegative(),
});
export type TableFound = z.infer<typeof TableFound>;

export const DocumentFindings = z.object({
  tables: z.array(TableFound),
  warnings: z.array(z.string()),
  unparsed: z.array(UnparsedRow),
  counts: z.record(z.string(), z.number()),
});
export type DocumentFindings = z.infer<typeof DocumentFindings>;

export function tablesFound(tables: readonly ParsedTable[]): TableFound[] {
  return tables.map((table) => ({
    layout: table.layout,
    breadcrumb: table.breadcrumb,
    appendix: table.appendix,
    headers: table.headers,
    unit: table.unit,
    startLine: table.startLine,
    endLine: table.endLine,
    rows: table.rows.length,
    groupRows: table.rows.filter((row) => row.isGroup).length,
  }));
}
