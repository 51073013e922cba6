import type { SourceLine } from "../../../read/source-text.js";
import { headerSignature, isHeaderRow, isSubHeaderRow } from "./header-row.js";

/**
 * Finds tab-separated tables: a header row (STT⇥Nội dung⇥…), an optional second header line,
 * then data lines until text without tabs. At a page break a blank line and the header (and
 * its second line) repeat; the data line right after it may finish the row the break cut.
 */
export interface DataLine {
  line: SourceLine;
  cells: string[];
  /** True for the first data line after a repeated header (or a blank line) inside the table. */
  afterPageBreak: boolean;
}

export interface TabTable {
  header: SourceLine;
  subHeader: SourceLine | null;
  dataLines: DataLine[];
  endLine: number;
}

const splitCells = (text: string) => text.split("\t");
const isBlank = (text: string) => text.replace(/[\u00a0\s]/g, "") === "";

/** A header line: at least three tab-separated cells that read like column names. */
export function isTabHeaderLine(text: string): boolean {
  return (text.match(/\t/g)?.length ?? 0) >= 2 && isHeaderRow(splitCells(text));
}

function nextNonBlank(lines: SourceLine[], from: number): number {
  let index = from;
  while (index < lines.length && isBlank(lines[index]?.text ?? "")) index += 1;
  return index;
}

function readTable(lines: SourceLine[], start: number): { table: TabTable; next: number } {
  const header = lines[start] as SourceLine;
  const signature = headerSignature(splitCells(header.text));
  const topCells = splitCells(header.text);
  let index = start + 1;
  let subHeader: SourceLine | null = null;
  const candidate = lines[index];
  if (candidate && candidate.text.includes("\t") && isSubHeaderRow(topCells, splitCells(candidate.text))) {
    subHeader = candidate;
    index += 1;
  }
  const subSignature = subHeader ? headerSignature(splitCells(subHeader.text)) : null;
  const dataLines: DataLine[] = [];
  let endLine = (subHeader ?? header).line;
  let afterPageBreak = false;
  const skipRepeatedHeader = (at: number): number => {
    let position = at + 1;
    const following = lines[position];
    if (subSignature && following && headerSignature(splitCells(following.text)) === subSignature) position += 1;
    endLine = (lines[position - 1] as SourceLine).line;
    afterPageBreak = true;
    return position;
  };
  while (index < lines.length) {
    const current = lines[index] as SourceLine;
    if (isBlank(current.text)) {
      const ahead = nextNonBlank(lines, index);
      const aheadLine = lines[ahead];
      if (!aheadLine || !aheadLine.text.includes("\t")) break;
      if (isTabHeaderLine(aheadLine.text) && headerSignature(splitCells(aheadLine.text)) !== signature) break;
      index = ahead;
      afterPageBreak = true;
      continue;
    }
    if (!current.text.includes("\t")) break;
    if (isTabHeaderLine(current.text)) {
      if (headerSignature(splitCells(current.text)) !== signature) break;
      index = skipRepeatedHeader(index);
      continue;
    }
    dataLines.push({ line: current, cells: splitCells(current.text), afterPageBreak });
    afterPageBreak = false;
    endLine = current.line;
    index += 1;
  }
  return { table: { header, subHeader, dataLines, endLine }, next: index };
}

export function findTabTables(lines: SourceLine[]): TabTable[] {
  const tables: TabTable[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] as SourceLine;
    if (!isTabHeaderLine(line.text)) {
      index += 1;
      continue;
    }
    const { table, next } = readTable(lines, index);
    tables.push(table);
    index = Math.max(next, index + 1);
  }
  return tables;
}
