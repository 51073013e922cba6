import { foldText } from "../../../../vietnamese/fold.js";
import type { ParsedTable, TableCell, TableRow, UnparsedRow } from "../../table-model.js";
import { isYearSection } from "./header.js";
import { continueAfterBreak, readIndicatorFields } from "./indicator-row.js";
import { rowSourceLines, segmentRows, type RowUnit } from "./row-segmentation.js";
import type { BodyLine, TableRegion } from "./table-body.js";
import type { TableContext } from "./task-table.js";
import { groupTitle } from "./task-table.js";
import { collapseSpaces } from "./text-shapes.js";
import { loadVocabulary } from "./vocabulary.js";

interface YearSection {
  year: string;
  label: string;
  body: BodyLine[];
}

function splitByYear(body: BodyLine[]): YearSection[] {
  const sections: YearSection[] = [];
  for (const bodyLine of body) {
    if (bodyLine.kind === "text" && isYearSection(bodyLine.text)) {
      const year = /(\d{4})/.exec(bodyLine.text)?.[1] ?? "";
      sections.push({ year, label: bodyLine.text, body: [] });
      continue;
    }
    sections[sections.length - 1]?.body.push(bodyLine);
  }
  return sections;
}

interface Columns {
  headers: string[];
  name: number;
  unit: number;
  value: number;
  owner: number;
}

function columnsFor(written: string[], year: string): Columns {
  const folded = written.map((header) => foldText(header));
  const unit = folded.findIndex((header) => header.includes("don vi tinh"));
  const owner = folded.findIndex((header) => header.includes("chu tri"));
  const value = folded.findIndex((_header, index) => index >= 2 && index !== unit && index !== owner);
  const headers = [...written];
  if (value >= 0) headers[value] = loadVocabulary().indicatorValueHeader.replace("{year}", year);
  return { headers, name: 1, unit, value, owner };
}

function sectionTable(section: YearSection, written: string[], context: TableContext): ParsedTable {
  const columns = columnsFor(written, section.year);
  const { rows: rawRows, leading } = segmentRows(section.body);
  const rows: TableRow[] = [];
  const unparsed: UnparsedRow[] = [];
  if (leading.length > 0) unparsed.push({ reason: "dòng đứng trước số thứ tự đầu tiên của bảng", sourceLines: leading });
  let groupPath: string[] = [];
  for (const raw of rawRows) {
    const sourceLines = rowSourceLines(raw);
    const text = groupTitle(raw);
    const textsOf = (units: RowUnit[]) => units.filter((unit) => !unit.empty).map((unit) => unit.text);
    const [firstPiece = [], ...laterPieces] = raw.pieces;
    const firstFields = readIndicatorFields(textsOf(firstPiece));
    const fields = firstFields
      ? continueAfterBreak(firstFields, textsOf(laterPieces.flat()))
      : readIndicatorFields(textsOf(raw.pieces.flat()));
    if (!fields) {
      if (raw.item.itemNumber.includes(".")) {
        unparsed.push({ reason: "dòng chỉ tiêu không có đơn vị tính và giá trị", sourceLines });
        continue;
      }
      groupPath = [collapseSpaces(`${raw.item.itemNumber} ${text}`)];
      rows.push({ itemNumber: raw.item.itemNumber, groupPath: [], isGroup: true, cells: [{ column: columns.name, text }], sourceLines });
      continue;
    }
    const cells: TableCell[] = [];
    const add = (column: number, cellText: string) => {
      if (column >= 0 && cellText !== "") cells.push({ column, text: cellText });
    };
    add(columns.name, fields.name);
    add(columns.unit, fields.unit);
    add(columns.value, fields.value);
    add(columns.owner, fields.owner);
    rows.push({ itemNumber: raw.item.itemNumber, groupPath: [...groupPath], isGroup: false, cells, sourceLines });
  }
  const lineNumbers = section.body.map((bodyLine) => bodyLine.source.line);
  const startLine = Math.min(...lineNumbers, Number.POSITIVE_INFINITY);
  const endLine = Math.max(...lineNumbers, 0);
  return {
    layout: "pdf-blocks",
    breadcrumb: [...context.breadcrumb, section.label],
    appendix: context.appendix,
    headers: columns.headers,
    unit: null,
    rows,
    unparsed,
    startLine: Number.isFinite(startLine) ? Math.max(startLine - 1, 1) : 1,
    endLine: Math.max(endLine, 1),
  };
}

/** One table per year section ("Đến năm 2030"): the year is written into the value header. */
export function parseIndicatorTables(region: TableRegion, context: TableContext): ParsedTable[] {
  return splitByYear(region.body)
    .filter((section) => section.body.length > 0)
    .map((section) => sectionTable(section, region.header.cells, context));
}
