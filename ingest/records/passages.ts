import type { SourceLine } from "../read/source-text.js";
import { endsSentence, startsListItem } from "../../vietnamese/sentences.js";
import type { ParsedTable } from "../structure/table-model.js";
import type { KnowledgeRecord, Passage } from "./schemas.js";

/**
 * Passages for retrieval and for quoting:
 * - body text outside tables, chunked within one section so every chunk carries its breadcrumb;
 * - every table row kept whole, each cell labelled with its column header.
 */
const targetChunkLength = 700;

export interface PassageInput {
  file: string;
  lines: SourceLine[];
  tables: ParsedTable[];
  records: KnowledgeRecord[];
  breadcrumbAt: (line: number) => string[];
}

export function buildPassages(input: PassageInput): Passage[] {
  return [...bodyPassages(input), ...rowPassages(input)];
}

/**
 * Lines that belong to tables, which body passages leave out. A dense table claims its whole range
 * (repeated headers, page numbers); a sparse one — a few score lines spread through prose, as in a
 * report's appendix — claims only the lines of its rows, so the prose around them stays searchable.
 */
function insideTables(tables: ParsedTable[]): (line: number) => boolean {
  const ranges: (readonly [number, number])[] = [];
  const rowLines = new Set<number>();
  for (const table of tables) {
    const lines = new Set(table.rows.flatMap((row) => row.sourceLines.map((line) => line.line)));
    const span = table.endLine - table.startLine + 1;
    if (lines.size * 4 >= span) ranges.push([table.startLine, table.endLine]);
    else for (const line of lines) rowLines.add(line);
  }
  return (line) => rowLines.has(line) || ranges.some(([start, end]) => line >= start && line <= end);
}

function bodyPassages(input: PassageInput): Passage[] {
  const passages: Passage[] = [];
  const inTable = insideTables(input.tables);
  let chunk: SourceLine[] = [];
  let chunkKey = "";
  let length = 0;
  const flush = () => {
    const first = chunk[0];
    const last = chunk.at(-1);
    if (first && last) {
      const text = chunk.map((line) => line.text.trim()).join("\n");
      passages.push({
        id: `${input.file}:p${first.line}`,
        file: input.file,
        breadcrumb: input.breadcrumbAt(first.line),
        text,
        startLine: first.line,
        endLine: last.line,
        recordId: null,
        lineNumbers: chunk.map((line) => line.line),
      });
    }
    chunk = [];
    length = 0;
  };
  for (const line of input.lines) {
    if (inTable(line.line)) {
      flush();
      continue;
    }
    const trimmed = line.text.trim();
    if (trimmed === "" || /^\d{1,3}$/.test(trimmed)) continue;
    const key = input.breadcrumbAt(line.line).join("\u0001");
    // A chunk ends between sentences, not inside one (raw PDF text wraps a sentence over many lines).
    const between = endsSentence(chunk.at(-1)?.text ?? "") || startsListItem(trimmed);
    if (key !== chunkKey || (length + trimmed.length > targetChunkLength && (between || length > targetChunkLength * 2))) {
      flush();
      chunkKey = key;
    }
    chunk.push(line);
    length += trimmed.length + 1;
  }
  flush();
  return passages;
}

function rowPassages(input: PassageInput): Passage[] {
  const recordByLine = new Map(input.records.map((record) => [record.locator.line, record.id]));
  const passages: Passage[] = [];
  for (const table of input.tables) {
    for (const row of table.rows) {
      const first = row.sourceLines[0];
      const last = row.sourceLines.at(-1);
      if (!first || !last) continue;
      const labelled = row.cells
        .filter((cell) => cell.text.trim() !== "")
        .map((cell) => `${table.headers[cell.column] ?? ""}: ${cell.text.trim()}`);
      const heading = [row.itemNumber ? `Mục ${row.itemNumber}` : "", ...row.groupPath].filter(Boolean).join(" · ");
      passages.push({
        id: `${input.file}:r${first.line}`,
        file: input.file,
        breadcrumb: table.breadcrumb,
        text: [heading, ...labelled].filter(Boolean).join("\n"),
        startLine: first.line,
        endLine: last.line,
        recordId: recordByLine.get(first.line) ?? null,
      });
    }
  }
  return passages;
}
