import { foldDiacritics } from "../fold.js";
import { rememberedByText, textLength } from "../text-cache.js";

/**
 * The comparison key for names: diacritics folded (via fold.ts), lower case, punctuation as
 * spaces, spaces collapsed, "&" glued to its neighbours ("KH & CN" = "KH&CN").
 * `offsets[i]` is the index in the NFC input of the character that produced `folded[i]`.
 */
export interface FoldedText {
  folded: string;
  offsets: number[];
}

const keptCharacter = /[\p{L}\p{N}&]/u;

/** What one character of NFC text becomes: its folded lower-case parts, or nothing kept (punctuation, spaces). */
interface FoldedCharacter {
  lowered: string;
  kept: boolean;
}

// Texts hold a few hundred distinct characters: each is folded once per process.
const foldedCharacters = new Map<string, FoldedCharacter>();

function foldCharacter(character: string): FoldedCharacter {
  let folded = foldedCharacters.get(character);
  if (folded === undefined) {
    const lowered = foldDiacritics(character).toLowerCase();
    folded = { lowered, kept: lowered.length > 0 && [...lowered].every((part) => keptCharacter.test(part)) };
    foldedCharacters.set(character, folded);
  }
  return folded;
}

export function foldWithOffsets(text: string): FoldedText {
  const source = text.normalize("NFC");
  // Characters go to an array and the last one is tracked apart: `endsWith`/`slice` on a string
  // built with `+=` flatten it each time, which made a long line cost the square of its length.
  const parts: string[] = [];
  const offsets: number[] = [];
  let afterAmpersand = false;
  let index = 0;
  for (const character of source) {
    const { lowered, kept } = foldCharacter(character);
    const last = parts[parts.length - 1];
    if (!kept) {
      if (last !== undefined && last !== " " && !afterAmpersand) {
        parts.push(" ");
        offsets.push(index);
      }
    } else if (lowered === "&") {
      if (last === " ") {
        parts.pop();
        offsets.pop();
      }
      parts.push("&");
      offsets.push(index);
      afterAmpersand = true;
    } else {
      for (const part of lowered) {
        parts.push(part);
        offsets.push(index);
      }
      afterAmpersand = false;
    }
    index += character.length;
  }
  if (parts[parts.length - 1] === " ") {
    parts.pop();
    offsets.pop();
  }
  return { folded: parts.join(""), offsets };
}

/** The key under which a name is looked up (kept: the same names and cells are looked up again and again). */
export const matchKey: (text: string) => string = rememberedByText(2_000_000, (text) => foldWithOffsets(text).folded, textLength);

export interface KeyHit {
  key: string;
  /** Start and end (exclusive) in the folded text. */
  foldedStart: number;
  foldedEnd: number;
}

/** Every occurrence of `key` in `folded` that starts and ends on word boundaries. */
export function findKeyHits(folded: string, key: string): KeyHit[] {
  const hits: KeyHit[] = [];
  if (key === "") return hits;
  let from = 0;
  for (;;) {
    const position = folded.indexOf(key, from);
    if (position < 0) return hits;
    const end = position + key.length;
    const startsOnBoundary = position === 0 || folded[position - 1] === " ";
    const endsOnBoundary = end === folded.length || folded[end] === " ";
    if (startsOnBoundary && endsOnBoundary) hits.push({ key, foldedStart: position, foldedEnd: end });
    from = position + 1;
  }
}

/** Keeps the longest hits that do not overlap, in text order. */
export function longestNonOverlapping<T extends KeyHit>(hits: T[]): T[] {
  const byLength = [...hits].sort(
    (left, right) => right.foldedEnd - right.foldedStart - (left.foldedEnd - left.foldedStart) || left.foldedStart - right.foldedStart,
  );
  const chosen: T[] = [];
  for (const hit of byLength) {
    const overlaps = chosen.some((taken) => hit.foldedStart < taken.foldedEnd && taken.foldedStart < hit.foldedEnd);
    if (!overlaps) chosen.push(hit);
  }
  return chosen.sort((left, right) => left.foldedStart - right.foldedStart);
}

/** Maps a folded range back to the original (NFC) text. */
export function originalRange(text: string, offsets: number[], foldedStart: number, foldedEnd: number): { start: number; end: number } {
  const source = text.normalize("NFC");
  const start = offsets[foldedStart] ?? 0;
  const lastIndex = offsets[foldedEnd - 1] ?? start;
  const lastCodePoint = source.codePointAt(lastIndex) ?? 0;
  return { start, end: lastIndex + (lastCodePoint > 0xffff ? 2 : 1) };
}
