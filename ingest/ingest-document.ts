import type { Glossary } from "../vietnamese/glossary/glossary.js";
import type { Block } from "./document/document-model.js";
import { tableFromModel } from "./document/model-tables.js";
import type { SourceText } from "./read/source-text.js";
import { buildPassages } from "./records/passages.js";
import { buildRecords } from "./records/build-records.js";
import { proseTargets } from "./records/prose-targets.js";
import { proseDuties } from "./records/prose-duties.js";
import { listedTasks } from "./records/listed-tasks.js";
import { reportFigures, unreadFiguresWarning } from "./records/report-figures.js";
import { unreadDuties, unreadDutiesWarning } from "./records/unread-duties.js";
import type { DocumentInfo, KnowledgeRecord, Passage } from "./records/schemas.js";
import { layoutParsers } from "./structure/layouts/all-layouts.js";
import { readDocumentInfo } from "./structure/metadata.js";
import { buildSectionMap } from "./structure/sections.js";
import type { ParsedTable, UnparsedRow } from "./structure/table-model.js";
import { tablesFound, type TableFound } from "./document-findings.js";

/** Everything ingestion learns from one document; cached per content hash. */
export interface IngestedDocument {
  file: string;
  contentHash: string;
  info: DocumentInfo;
  records: KnowledgeRecord[];
  passages: Passage[];
  unparsed: UnparsedRow[];
  /** The tables found, where they are and how many rows each gave (for the review page). */
  tables: TableFound[];
  /** What ingestion could not turn into records, with the reason: tables skipped or without records, a document without records. */
  warnings: string[];
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

/** Runs every layout parser over the lines; where two claim the same lines, the table with more rows wins. */
export function findTables(source: SourceText, breadcrumbAt: (line: number) => string[], claimed: ParsedTable[] = []): ParsedTable[] {
  const candidates = layoutParsers.flatMap((parser) =>
    parser.parse({ file: source.file, lines: source.lines, breadcrumbAt }),
  );
  candidates.sort((left, right) => right.rows.length - left.rows.length || left.startLine - right.startLine);
  const accepted: ParsedTable[] = [...claimed];
  for (const table of candidates) {
    const overlaps = accepted.some((other) => table.startLine <= other.endLine && table.endLine >= other.startLine);
    if (!overlaps) accepted.push(table);
  }
  return accepted.sort((left, right) => left.startLine - right.startLine);
}

/** Tables the reader found as real tables (pipe tables, DOCX and PDF cell grids); they take precedence over line heuristics. */
function modelTables(source: SourceText, blocks: Block[], breadcrumbAt: (line: number) => string[], warnings: string[]): ParsedTable[] {
  const tables: ParsedTable[] = [];
  for (const block of blocks) {
    if (block.type !== "table") continue;
    const result = tableFromModel(block, { file: source.file, lines: source.lines, breadcrumbAt });
    if ("table" in result) tables.push(result.table);
    else if (block.rows.length > 1) warnings.push(`Bảng ở dòng ${result.startLine}–${result.endLine}: ${result.skipped}.`);
  }
  return tables;
}

/** Warnings for tables whose rows became no record, and for a document with no record at all. */
function tableWarnings(tables: ParsedTable[], records: KnowledgeRecord[], passages: Passage[]): string[] {
  const warnings: string[] = [];
  for (const table of tables) {
    const dataRows = table.rows.filter((row) => !row.isGroup).length;
    const built = records.filter((record) => record.locator.line >= table.startLine && record.locator.line <= table.endLine).length;
    if (dataRows > 0 && built === 0) {
      warnings.push(
        `Bảng ở dòng ${table.startLine}–${table.endLine} (${dataRows} dòng, cột: ${table.headers.filter(Boolean).join(" | ").slice(0, 120)}) không thành bản ghi nào: không nhận ra cột nội dung, cơ quan, thời hạn hay giá trị.`,
      );
    }
  }
  if (!records.some((record) => tables.some((table) => record.locator.line >= table.startLine && record.locator.line <= table.endLine))) {
    warnings.push(
      passages.length > 0
        ? "Tài liệu không có bảng nhiệm vụ/chỉ tiêu nào đọc được thành bản ghi; chỉ tìm được theo đoạn văn và các nhiệm vụ viết trong văn bản."
        : "Tài liệu không có nội dung nào đọc được.",
    );
  }
  return warnings;
}

export function ingestDocument(source: SourceText & { blocks?: Block[]; warnings?: string[] }, glossary: Glossary): IngestedDocument {
  const sectionMap = buildSectionMap(source.lines);
  const breadcrumbAt = (line: number) => sectionMap.breadcrumbAt(line);
  const info = readDocumentInfo(source.file, source.lines);
  const warnings = [...(source.warnings ?? [])];
  const tables = findTables(source, breadcrumbAt, modelTables(source, source.blocks ?? [], breadcrumbAt, warnings));
  const built = buildRecords(source.file, tables, glossary);
  // Lines of a table — parsed into rows or not — are cells, never prose.
  const tableSpans = [
    ...tables.map((table) => [table.startLine, table.endLine] as const),
    ...(source.blocks ?? []).flatMap((block) => (block.type === "table" ? [[block.provenance.startLine, block.provenance.endLine] as const] : [])),
  ];
  const inTable = (line: number) => tableSpans.some(([start, end]) => line >= start && line <= end);
  const prose = { file: source.file, lines: source.lines, inTable, breadcrumbAt };
  const written = [...proseDuties(prose, glossary), ...proseTargets(prose, tabledIndicators(built.records))];
  // A document whose tables hold its tasks restates them in its body: its listed points give none.
  const tabledTasks = built.records.some((record) => record.kind === "task");
  const listed = tabledTasks ? [] : listedTasks({ ...prose, taken: new Set(written.map((record) => record.locator.line)) }, glossary);
  const stated = [...built.records, ...written, ...listed];
  const quotedLines = new Set(stated.flatMap((record) => record.sourceLines.map((line) => line.line)));
  // A report's figures in its sentences (a plan's assessment of the year before) are named, not indexed:
  // as records they crowded the candidates of the tables' own indicators (decision 041).
  const figures = unreadFiguresWarning(reportFigures(prose, quotedLines, tabledNumbers(built.records)));
  const records = stated;
  const unread = unreadDutiesWarning(unreadDuties({ ...prose, headingLines: new Set(sectionMap.sections.map((section) => section.startLine)) }, records));
  const unparsed = built.unparsed;
  const passages = buildPassages({ file: source.file, lines: source.lines, tables, records, breadcrumbAt });
  const count = (kind: KnowledgeRecord["kind"]) => records.filter((record) => record.kind === kind).length;
  return {
    file: source.file,
    contentHash: source.contentHash,
    info,
    records,
    passages,
    unparsed,
    tables: tablesFound(tables),
    warnings: [...warnings, ...tableWarnings(tables, records, passages), ...(unread ? [unread] : []), ...(figures ? [figures] : [])],
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

/** The numbers the document's indicator tables hold: a sentence restating them is no figure of its own. */
function tabledNumbers(records: KnowledgeRecord[]): Set<number> {
  return new Set(records.flatMap((record) => (record.kind === "indicator" ? record.values.flatMap((value) => (value.number === null ? [] : [value.number])) : [])));
}

/** How many indicators the document's tables give. */
function tabledIndicators(records: KnowledgeRecord[]): number {
  return records.filter((record) => record.kind === "indicator").length;
}
