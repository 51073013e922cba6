import { foldDiacritics } from "./fold.js";
import { isVietnameseSyllable } from "./syllable.js";

/**
 * Vietnamese abbreviations take the first letter of each syllable: "NSNN" is "ngân sách nhà
 * nước", "KH-KT" "khoa học - kỹ thuật", "PT CN" "phát triển công nghiệp", "CSDLQG" "cơ sở dữ liệu
 * quốc gia". Documents write their own ones without ever spelling them out, so an abbreviation
 * is matched by its letters against runs of spelt-out syllables, not looked up in a list.
 */

const minLetters = 2;
const maxLetters = 8;

/** The folded letters of a token that can be such an abbreviation ("kh&dt" → "khdt"), or null for a syllable or number. */
export function abbreviationLetters(token: string): string | null {
  const letters = foldDiacritics(token.normalize("NFC").toLowerCase()).replace(/&/g, "");
  if (letters.length < minLetters || letters.length > maxLetters || !/^[a-z]+$/.test(letters)) return null;
  return isVietnameseSyllable(letters) ? null : letters;
}

/** The abbreviations a text writes in capitals ("Quỹ Đầu tư PT CN chiến lược" → ["pt", "cn"]); "KH-KT" gives "kh" and "kt". */
export function writtenAbbreviations(text: string): string[] {
  const capitals = text.normalize("NFC").match(/[\p{Lu}][\p{Lu}&]*[\p{Lu}]/gu) ?? [];
  return [...new Set(capitals.map(abbreviationLetters).filter((letters): letters is string => letters !== null))];
}

/**
 * The runs of syllables (indices into `tokens`, folded words; "·" is a gap no run crosses) whose
 * first letters spell `letters`.
 */
export function spellingRuns(letters: string, tokens: string[]): number[][] {
  const runs: number[][] = [];
  for (let start = 0; start + letters.length <= tokens.length; start += 1) {
    let spelled = true;
    for (let offset = 0; offset < letters.length && spelled; offset += 1) {
      const token = tokens[start + offset] ?? "";
      spelled = token !== "·" && /^\p{L}/u.test(token) && foldDiacritics(token)[0] === letters[offset];
    }
    if (spelled) runs.push(Array.from({ length: letters.length }, (_unused, offset) => start + offset));
  }
  return runs;
}
