/**
 * Item numbers as written in the first column ("1.", "3.10", "III", "a)") and the numbering
 * style they belong to, used to tell sibling groups from nested ones.
 */

const romanPattern = /^[IVXLC]+$/;
const arabicPattern = /^\d+(\.\d+)*$/;
const letterPattern = /^[a-zđA-ZĐ]$/;

/** The item number without its trailing dot or parenthesis, or null when the text is not a number. */
export function readItemNumber(text: string): string | null {
  const trimmed = text.replace(/[\u00a0\s]+/g, " ").trim();
  const bare = trimmed.replace(/^\(/, "").replace(/[.)]$/, "").trim();
  if (bare === "") return null;
  if (romanPattern.test(bare) || arabicPattern.test(bare) || letterPattern.test(bare)) return bare;
  return null;
}

/** The numbering style of an item number: "roman", "letter", "upper-letter", "arabic-1", "arabic-2"…, or "none". */
export function numberingStyle(itemNumber: string | null): string {
  if (itemNumber === null) return "none";
  if (arabicPattern.test(itemNumber)) return `arabic-${itemNumber.split(".").length}`;
  if (romanPattern.test(itemNumber) && itemNumber.length > 1) return "roman";
  if (itemNumber === "I" || itemNumber === "V" || itemNumber === "X") return "roman";
  if (/^[A-ZĐ]$/.test(itemNumber)) return "upper-letter";
  return "letter";
}

/** True for sub-item numbers such as "6.1" or "3.10". */
export function isSubItemNumber(itemNumber: string | null): boolean {
  return itemNumber !== null && /^\d+(\.\d+)+$/.test(itemNumber);
}
