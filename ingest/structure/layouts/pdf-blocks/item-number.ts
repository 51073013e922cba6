import { collapseSpaces } from "./text-shapes.js";

/** An item number at the start of a line: "39.7", "1", "VII.", with the text written after it. */
export interface ItemStart {
  itemNumber: string;
  roman: boolean;
  rest: string;
}

const romanPattern = /^(X{0,3})(IX|IV|V?I{0,3})$/;

export function readItemStart(lineText: string): ItemStart | null {
  const text = collapseSpaces(lineText);
  const match = /^(\d{1,3}(?:\.\d{1,3}){0,3}|[IVX]{1,5})\.?(?=\s|$)\s*(.*)$/u.exec(text);
  if (!match) return null;
  const itemNumber = match[1] ?? "";
  const rest = match[2] ?? "";
  const roman = /^[IVX]+$/.test(itemNumber);
  if (roman && (itemNumber === "" || !romanPattern.test(itemNumber))) return null;
  if (rest !== "" && /^[\d/%,.)-]/.test(rest)) return null;
  return { itemNumber, roman, rest };
}

/** The leading integer of an item number ("39.7" → 39), or null for roman numerals. */
export function mainNumber(itemNumber: string): number | null {
  const match = /^(\d+)/.exec(itemNumber);
  return match ? Number(match[1]) : null;
}

/** Item numbers go up by small steps but are not unique nor strictly ordered; a big jump is not an item. */
export function plausibleNext(previous: string | null, candidate: string): boolean {
  const candidateMain = mainNumber(candidate);
  if (candidateMain === null) return true;
  const previousMain = previous === null ? null : mainNumber(previous);
  if (previousMain === null) return candidateMain <= 3;
  return candidateMain >= previousMain - 2 && candidateMain <= previousMain + 3;
}
