import { foldText } from "../../../../vietnamese/fold.js";
import type { SourceLine } from "../../../read/source-text.js";
import { isBlank, pillarHeading, squeeze } from "./line-patterns.js";

export type CriteriaSlot =
  | "itemNumber"
  | "name"
  | "points"
  | "implementing"
  | "confirming"
  | "deadline"
  | "guidance"
  | "evidence"
  | "note";

export interface CriteriaHeader {
  /** Header cells as written, wrapped pieces joined. */
  cells: string[];
  /** Column index of each slot present. */
  columnOf: Partial<Record<CriteriaSlot, number>>;
  /** Index (into lines) of the first line after the header. */
  endIndex: number;
  /** The header's own lines, to recognise a repeat after a page break. */
  headerTexts: string[];
}

const MAX_HEADER_LINES = 40;

export const isHeaderStart = (text: string) => /^(STT|TT)(\s|$)/.test(squeeze(text));

const isDataStart = (text: string) => /^\d/.test(squeeze(text)) || pillarHeading(text) !== null;

/** Reads a header whose cells wrap over many lines: a cell starts at a capitalised line. */
export function readHeader(lines: SourceLine[], startIndex: number): { cells: string[]; texts: string[]; endIndex: number } {
  const cells: string[] = [];
  const texts: string[] = [];
  let index = startIndex;
  for (; index < lines.length && texts.length < MAX_HEADER_LINES; index += 1) {
    const text = lines[index]?.text ?? "";
    if (isBlank(text)) continue;
    if (index > startIndex && isDataStart(text)) break;
    const piece = squeeze(text);
    texts.push(piece);
    if (index === startIndex) {
      const match = piece.match(/^(STT|TT)\s*(.*)$/);
      cells.push(match?.[1] ?? piece);
      if (match?.[2]) cells.push(match[2]);
      continue;
    }
    if (/^\p{Lu}/u.test(piece) || cells.length === 0) cells.push(piece);
    else cells[cells.length - 1] = `${cells[cells.length - 1]} ${piece}`;
  }
  return { cells, texts, endIndex: index };
}

/** Which column plays which part, from the header wording; null when it is not a criteria table. */
export function mapCriteriaColumns(cells: string[]): Partial<Record<CriteriaSlot, number>> | null {
  const columnOf: Partial<Record<CriteriaSlot, number>> = {};
  const claim = (slot: CriteriaSlot, test: (folded: string) => boolean) => {
    const taken = new Set(Object.values(columnOf));
    const index = cells.findIndex((cell, position) => !taken.has(position) && test(foldText(cell)));
    if (index >= 0) columnOf[slot] = index;
  };
  claim("itemNumber", (folded) => /^(stt|tt)$/.test(folded));
  claim("points", (folded) => /\bdiem\b/.test(folded) && /toi da|thang diem|so diem|^diem$/.test(folded));
  claim("confirming", (folded) => folded.includes("xac nhan"));
  claim("deadline", (folded) => /^(thoi gian|thoi han)/.test(folded) || folded.includes("hoan thanh"));
  claim("evidence", (folded) => folded.includes("kiem chung") || folded.includes("san pham"));
  claim("note", (folded) => folded.includes("ghi chu"));
  claim("guidance", (folded) => /huong dan|noi dung thuc hien|dieu kien/.test(folded));
  claim("implementing", (folded) => /don vi|chu tri|thuc hien|co quan/.test(folded));
  claim("name", () => true);
  const required: CriteriaSlot[] = ["points", "confirming", "implementing", "name"];
  return required.every((slot) => columnOf[slot] !== undefined) ? columnOf : null;
}
