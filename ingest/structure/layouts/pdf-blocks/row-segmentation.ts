import type { SourceLine } from "../../../read/source-text.js";
import { plausibleNext, readItemStart, type ItemStart } from "./item-number.js";
import type { BodyLine } from "./table-body.js";

/** One line of a row's content: its text (empty string for an empty-cell mark) and where it came from. */
export interface RowUnit {
  text: string;
  empty: boolean;
  fromItemLine: boolean;
  source: SourceLine;
}

/** A row: its item number line and its content, cut into pieces at page breaks. */
export interface RawRow {
  item: ItemStart;
  itemLine: SourceLine;
  pieces: RowUnit[][];
}

export interface Segmentation {
  rows: RawRow[];
  /** Lines before the first item number. */
  leading: SourceLine[];
}

/** Cuts a table body into rows at item number lines (roman group numbers or plausible arabic numbers). */
export function segmentRows(body: BodyLine[]): Segmentation {
  const rows: RawRow[] = [];
  const leading: SourceLine[] = [];
  let previousNumber: string | null = null;
  let current: RawRow | null = null;
  for (const bodyLine of body) {
    if (bodyLine.kind === "break") {
      if (current) current.pieces.push([]);
      continue;
    }
    const item = bodyLine.kind === "text" ? readItemStart(bodyLine.text) : null;
    if (item && (item.roman || plausibleNext(previousNumber, item.itemNumber))) {
      if (!item.roman) previousNumber = item.itemNumber;
      const firstPiece: RowUnit[] = item.rest === "" ? [] : [{ text: item.rest, empty: false, fromItemLine: true, source: bodyLine.source }];
      current = { item, itemLine: bodyLine.source, pieces: [firstPiece] };
      rows.push(current);
      continue;
    }
    if (!current) {
      leading.push(bodyLine.source);
      continue;
    }
    const unit: RowUnit =
      bodyLine.kind === "text"
        ? { text: bodyLine.text, empty: false, fromItemLine: false, source: bodyLine.source }
        : { text: "", empty: true, fromItemLine: false, source: bodyLine.source };
    current.pieces[current.pieces.length - 1]?.push(unit);
  }
  for (const row of rows) row.pieces = row.pieces.filter((piece, index) => index === 0 || piece.length > 0);
  return { rows, leading };
}

export function rowSourceLines(row: RawRow): SourceLine[] {
  const seen = new Set<number>([row.itemLine.line]);
  const sourceLines = [row.itemLine];
  for (const piece of row.pieces) {
    for (const unit of piece) {
      if (seen.has(unit.source.line)) continue;
      seen.add(unit.source.line);
      sourceLines.push(unit.source);
    }
  }
  return sourceLines;
}
