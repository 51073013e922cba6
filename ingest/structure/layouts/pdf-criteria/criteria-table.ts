import type { SourceLine } from "../../../read/source-text.js";
import type { LayoutParserInput, ParsedTable, TableRow, UnparsedRow } from "../../table-model.js";
import { finishRow, type Pillar, pillarLabel, pillarRow } from "./criteria-rows.js";
import { type CriteriaHeader, isHeaderStart, mapCriteriaColumns, readHeader } from "./header.js";
import { isBlank, loneNumber, pillarHeading, pointsLine, squeeze, startsPage, startsWithAgency, trailingDeadline } from "./line-patterns.js";
import { addRestLine, markPageBreak, newRowDraft, type RowDraft } from "./row-draft.js";
import { isStrayNumber } from "./stray-number.js";
import { appendixAt } from "./appendix.js";

const isTableEnd = (text: string) => /^Phụ lục\b/i.test(squeeze(text));

/** "4 Tỷ lệ dịch vụ công": the next item number and its name on one line. */
function numberWithName(text: string, lastNumber: number): { number: number; name: string } | null {
  const match = squeeze(text).match(/^(\d{1,3})\s+(\p{Lu}.*)$/u);
  if (!match || !match[1] || !match[2]) return null;
  const number = Number(match[1]);
  if (number < lastNumber + 1 || number > lastNumber + 2 || startsWithAgency(match[2])) return null;
  return { number, name: match[2] };
}

/** A header repeated after a page break: returns the index of its last line. */
function skipRepeatedHeader(lines: SourceLine[], index: number, headerTexts: string[]): number {
  let last = index;
  let expected = 1;
  for (let ahead = index + 1; ahead < lines.length && expected < headerTexts.length; ahead += 1) {
    const text = lines[ahead]?.text ?? "";
    if (isBlank(text)) continue;
    if (squeeze(text) !== headerTexts[expected]) break;
    last = ahead;
    expected += 1;
  }
  return last;
}

/** Walks the body of one criteria table from the line after its header. */
function parseBody(lines: SourceLine[], header: CriteriaHeader): { rows: TableRow[]; unparsed: UnparsedRow[]; endIndex: number } {
  const rows: TableRow[] = [];
  const unparsed: UnparsedRow[] = [];
  let pillar: Pillar | null = null;
  let pillarOpen = false;
  let row: RowDraft | null = null;
  let lastNumber = 0;
  let breakPending = false;
  const groupPath = () => (pillar ? [pillarLabel(pillar)] : []);
  const closeRow = () => {
    if (!row) return;
    const result = finishRow(header, row, groupPath());
    if (result && "row" in result) rows.push(result.row);
    if (result && "unparsed" in result) unparsed.push(result.unparsed);
    row = null;
  };
  let index = header.endIndex;
  for (; index < lines.length; index += 1) {
    const source = lines[index];
    if (!source) continue;
    if (startsPage(lines, index)) breakPending = true;
    if (isBlank(source.text)) continue;
    const text = squeeze(source.text);
    const afterBreak = breakPending;
    breakPending = false;
    if (isTableEnd(text)) break;
    if (text === header.headerTexts[0] && isHeaderStart(text)) {
      index = skipRepeatedHeader(lines, index, header.headerTexts);
      continue;
    }
    const current: RowDraft | null = row;
    const atRowBoundary = current === null || current.phase === "rest";
    const heading: ReturnType<typeof pillarHeading> = atRowBoundary || pillarOpen ? pillarHeading(text) : null;
    if (heading) {
      closeRow();
      pillar = { roman: heading.roman, title: [heading.title], points: heading.points?.toString() ?? null, sourceLines: [source] };
      pillarOpen = heading.points === null;
      lastNumber = 0;
      if (!pillarOpen) rows.push(pillarRow(header, pillar));
      continue;
    }
    const number = loneNumber(text);
    if (pillarOpen && pillar) {
      pillar.sourceLines.push(source);
      if (number !== null) {
        pillar.points = String(number);
        pillarOpen = false;
        rows.push(pillarRow(header, pillar));
      } else pillar.title.push(text);
      continue;
    }
    if (number !== null && pillar === null && current === null) {
      unparsed.push({ reason: "dòng tổng: có điểm nhưng không có tên", sourceLines: [source] });
      continue;
    }
    if (number !== null && atRowBoundary) {
      if (current && isStrayNumber(lines, index, number)) {
        markPageBreak(current);
        continue;
      }
      closeRow();
      row = newRowDraft(String(number), source);
      lastNumber = number;
      continue;
    }
    const named = atRowBoundary ? numberWithName(text, lastNumber) : null;
    const startsUnnumbered = current === null && pillar !== null;
    if (named || startsUnnumbered) {
      closeRow();
      row = newRowDraft(named ? String(named.number) : null, source);
      row.name.push(named ? named.name : text);
      if (named) lastNumber = named.number;
      continue;
    }
    if (!current) {
      unparsed.push({ reason: "chữ nằm ngoài mọi dòng tiêu chí", sourceLines: [source] });
      continue;
    }
    current.sourceLines.push(source);
    readRowLine(current, text, afterBreak);
  }
  closeRow();
  return { rows, unparsed, endIndex: index };
}

/** Feeds one line to the row in its current phase: name, then points and units, then the rest. */
function readRowLine(row: RowDraft, text: string, afterBreak: boolean): void {
  if (row.phase === "name") {
    const points = row.name.length > 0 ? pointsLine(text) : null;
    if (!points) {
      row.name.push(text);
      return;
    }
    row.points = String(points.points);
    row.phase = "units";
    if (points.tail === "") return;
    text = points.tail;
  }
  if (row.phase === "units") {
    const deadline = trailingDeadline(text);
    if (deadline) {
      if (deadline.before !== "") row.unitPieces.push(deadline.before);
      row.deadline = deadline.deadline;
      row.phase = "rest";
      return;
    }
    row.unitPieces.push(text);
    return;
  }
  if (afterBreak) markPageBreak(row);
  addRestLine(row, text);
}

/** Finds every criteria table (header with max points and a confirming unit) in the lines. */
export function parseCriteriaTables(input: LayoutParserInput): ParsedTable[] {
  const { lines } = input;
  const tables: ParsedTable[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const source = lines[index];
    if (!source || !isHeaderStart(source.text)) continue;
    const read = readHeader(lines, index);
    const columnOf = mapCriteriaColumns(read.cells);
    if (!columnOf) continue;
    const header: CriteriaHeader = { cells: read.cells, columnOf, endIndex: read.endIndex, headerTexts: read.texts };
    const body = parseBody(lines, header);
    const endLine = lines[Math.min(body.endIndex, lines.length) - 1]?.line ?? source.line;
    tables.push({
      layout: "pdf-criteria",
      breadcrumb: input.breadcrumbAt(source.line),
      appendix: appendixAt(lines, index, input.breadcrumbAt(source.line)),
      headers: read.cells,
      unit: null,
      rows: body.rows,
      unparsed: body.unparsed,
      startLine: source.line,
      endLine: Math.max(endLine, source.line),
    });
    index = body.endIndex - 1;
  }
  return tables;
}
