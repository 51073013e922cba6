import type { SourceLine } from "../../../read/source-text.js";
import { foldText } from "../../../../vietnamese/fold.js";
import { readItemStart } from "./item-number.js";
import { collapseSpaces, startsUppercase } from "./text-shapes.js";
import { loadVocabulary } from "./vocabulary.js";

export type TableKind = "tasks" | "indicators";

/** A header block as written: its lines and the cells rebuilt from them. */
export interface HeaderBlock {
  kind: TableKind | null;
  /** Index (into the document's lines) of the first and last header line. */
  firstIndex: number;
  lastIndex: number;
  /** Collapsed texts of the non-blank header lines, to recognise the header where it repeats. */
  lineTexts: string[];
  cells: string[];
}

const maximumHeaderLines = 12;

export function isYearSection(text: string): boolean {
  return new RegExp(loadVocabulary().yearSectionPattern, "u").test(collapseSpaces(text));
}

/** Splits "TT Tên nhiệm vụ" at capitalised words; a following line that starts lower-case continues the last cell. */
function headerCells(lineTexts: string[]): string[] {
  const cells: string[] = [];
  lineTexts.forEach((text, index) => {
    if (index === 0) {
      const words = text.split(" ");
      const leading = words.shift() ?? "";
      cells.push(leading);
      for (const word of words) {
        if (startsUppercase(word) || cells.length === 1) cells.push(word);
        else cells[cells.length - 1] += ` ${word}`;
      }
      return;
    }
    if (startsUppercase(text) || cells.length === 0) cells.push(text);
    else cells[cells.length - 1] += ` ${text}`;
  });
  return cells;
}

function classify(cells: string[]): TableKind | null {
  const folded = cells.map((cell) => foldText(cell));
  const hasCell = (test: (cell: string) => boolean) => folded.some(test);
  if (hasCell((cell) => cell.includes("chu tri")) && hasCell((cell) => /nhiem vu|noi dung/.test(cell)) && hasCell((cell) => /^(thoi gian|thoi han)/.test(cell))) {
    return "tasks";
  }
  if (hasCell((cell) => cell === "chi tieu") && hasCell((cell) => cell.includes("don vi tinh")) && hasCell((cell) => cell.includes("chu tri"))) {
    return "indicators";
  }
  return null;
}

/** Reads a header block starting at `index` ("TT Tên nhiệm vụ" / "STT Chỉ tiêu Đơn vị tính"…), or null. */
export function readHeaderAt(lines: SourceLine[], index: number): HeaderBlock | null {
  const raw = lines[index]?.text ?? "";
  const first = collapseSpaces(raw);
  // Tab-separated rows and Markdown tables belong to other layouts.
  if (!/^S?TT\s+\S/u.test(first) || /[\t|]/.test(raw)) return null;
  const lineTexts = [first];
  let lastIndex = index;
  for (let cursor = index + 1; cursor < lines.length && lineTexts.length < maximumHeaderLines; cursor += 1) {
    const raw = lines[cursor]?.text ?? "";
    const text = collapseSpaces(raw);
    if (text === "") {
      if (raw === "") continue;
      break;
    }
    if (readItemStart(text) !== null || isYearSection(text)) break;
    lineTexts.push(text);
    lastIndex = cursor;
  }
  const cells = headerCells(lineTexts);
  return { kind: classify(cells), firstIndex: index, lastIndex, lineTexts, cells };
}

/** True when the header lines repeat at `index` (a page break inside the table). */
export function headerRepeatsAt(lines: SourceLine[], index: number, header: HeaderBlock): number | null {
  let cursor = index;
  for (const expected of header.lineTexts) {
    while (cursor < lines.length && (lines[cursor]?.text ?? "") === "") cursor += 1;
    if (collapseSpaces(lines[cursor]?.text ?? "") !== expected) return null;
    cursor += 1;
  }
  return cursor - 1;
}
