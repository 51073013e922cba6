import { cleanAgencyText, type AgencyIndex } from "./agency-index.js";
import type { AgencyMention } from "./glossary-schema.js";

interface Piece {
  text: string;
  /** The separator written before this piece ("" for the first). */
  separatorBefore: string;
}

/** ",", ";", " và ", and " (chủ trì) phối hợp với " between an owner and its partners. */
const separatorPattern = /^(\s*[,;]\s*|\s+và\s+|\s*,?\s+(?:chủ trì,?\s+)?phối hợp(?:\s+với)?\s+)/iu;

/**
 * Cuts a cell into pieces at ",", ";" and " và " outside brackets, keeping the separators so
 * that neighbouring pieces can be joined back as written.
 */
function cutPieces(cell: string): Piece[] {
  const pieces: Piece[] = [];
  let depth = 0;
  let current = "";
  let separator = "";
  let index = 0;
  while (index < cell.length) {
    const character = cell[index] ?? "";
    if (character === "(") depth += 1;
    if (character === ")") depth = Math.max(0, depth - 1);
    const rest = cell.slice(index);
    const separatorMatch = depth === 0 ? separatorPattern.exec(rest) : null;
    if (separatorMatch && current.trim() !== "") {
      pieces.push({ text: current.trim(), separatorBefore: separator });
      separator = separatorMatch[0];
      current = "";
      index += separatorMatch[0].length;
      continue;
    }
    current += character;
    index += 1;
  }
  if (current.trim() !== "") pieces.push({ text: current.trim(), separatorBefore: separator });
  return pieces;
}

function joinPieces(pieces: Piece[], from: number, to: number): string {
  let joined = "";
  for (let index = from; index < to; index += 1) {
    const piece = pieces[index];
    if (piece === undefined) continue;
    joined += (index === from ? "" : piece.separatorBefore) + piece.text;
  }
  return joined.trim();
}

/** The longest run of pieces starting at `from` that names one known agency. */
function longestKnown(index: AgencyIndex, pieces: Piece[], from: number): { end: number; canonical: string } | null {
  for (let end = pieces.length; end > from; end -= 1) {
    const canonical = index.canonical(joinPieces(pieces, from, end));
    if (canonical !== null) return { end, canonical };
  }
  return null;
}

/**
 * Splits a cell naming several agencies. A separator splits only where the parts are agencies:
 * "Sở Khoa học và Công nghệ" and "Các sở, ban, ngành, địa phương" stay whole. Unknown parts
 * are kept (canonical = the cleaned text); an unknown part runs on until the next piece that
 * is a known agency or begins with an agency word ("Sở", "UBND", "các"…), unless together they
 * begin a known name (a cell cut short: "Các sở, ban,").
 */
export function splitAgencyCell(index: AgencyIndex, cellText: string): AgencyMention[] {
  const cell = cleanAgencyText(cellText);
  if (cell === "") return [];
  const whole = index.canonical(cell);
  if (whole !== null) return [{ canonical: whole, written: cell }];
  const pieces = cutPieces(cell);
  const mentions: AgencyMention[] = [];
  let position = 0;
  while (position < pieces.length) {
    const known = longestKnown(index, pieces, position);
    if (known !== null) {
      mentions.push({ canonical: known.canonical, written: joinPieces(pieces, position, known.end) });
      position = known.end;
      continue;
    }
    let end = position + 1;
    while (end < pieces.length) {
      const next = pieces[end];
      if (next === undefined) break;
      const continuesKnownName = index.isPrefixOfKnown(joinPieces(pieces, position, end + 1));
      if (!continuesKnownName && (index.startsWithHeadWord(next.text) || longestKnown(index, pieces, end) !== null)) break;
      end += 1;
    }
    const written = cleanAgencyText(joinPieces(pieces, position, end));
    if (written !== "") mentions.push({ canonical: written, written });
    position = end;
  }
  return mentions;
}
