import type { Glossary } from "../vietnamese/glossary/glossary.js";
import type { SourceText } from "./read/source-text.js";
import { buildPassages } from "./records/passages.js";
import { buildRecords } from "./records/build-records.js";
import type { DocumentInfo, KnowledgeRecord, Passage } from "./records/schemas.js";
import { layoutParsers } from "./structure/layouts/all-layouts.js";
import { readDocumentInfo } from "./structure/metadata.js";
import { buildSectionMap } from "./structure/sections.js";
import type { ParsedTable, UnparsedRow } from "./structure/table-model.js";

/** Everything ingestion learns from one document; cached per content hash. */
export interface IngestedDocument {
  file: string;
  contentHash: string;
  info: DocumentInfo;
  records: KnowledgeRecord[];
  passages: Passage[];
  unparsed: UnparsedRow[];
  counts: DocumentCounts;
}

export interface DocumentCounts {
  sections: number;
  tables: number;
  rows: number;
  tasks: number;
  indicators: number;
  criteria: number;
  budgetLines: number;
  passages: number;
  unparsed: number;
}

/** Runs every layout parser; where two claim the same lines, the table with more rows wins. */
export function findTables(source: SourceText, breadcrumbAt: (line: number) => string[]): ParsedTable[] {
  const candidates = layoutParsers.flatMap((parser) =>
    parser.parse({ file: source.file, lines: source.lines, breadcrumbAt }),
  );
  candidates.sort((left, right) => right.rows.length - left.rows.length || left.startLine - right.startLine);
  const accepted: ParsedTable[] = [];
  for (const table of candidates) {
    const overlaps = accepted.some((other) => table.startLine <= other.endLine && table.endLine >= other.startLine);
    if (!overlaps) accepted.push(table);
  }
  return accepted.sort((left, right) => left.startLine - right.startLine);
}

export function ingestDocument(source: SourceText, glossary: Glossary): IngestedDocument {
  const sectionMap = buildSectionMap(source.lines);
  const breadcrumbAt = (line: number) => sectionMap.breadcrumbAt(line);
  const info = readDocumentInfo(source.file, source.lines);
  const tables = findTables(source, breadcrumbAt);
  const { records, unparsed } = buildRecords(source.file, tables, glossary);
  const passages = buildPassages({ file: source.file, lines: source.lines, tables, records, breadcrumbAt });
  const count = (kind: KnowledgeRecord["kind"]) => records.filter((record) => record.kind === kind).length;
  return {
    file: source.file,
    contentHash: source.contentHash,
    info,
    records,
    passages,
    unparsed,
    counts: {
      sections: sectionMap.sections.length,
      tables: tables.length,
      rows: tables.reduce((total, table) => total + table.rows.length, 0),
      tasks: count("task"),
      indicators: count("indicator"),
      criteria: count("dti-criterion"),
      budgetLines: count("budget-line"),
      passages: passages.length,
      unparsed: unparsed.length,
    },
  };
}
