import { rememberedByText, textLength } from "./text-cache.js";

/**
 * Vietnamese text normalisation shared by ingestion, the glossary, the index and the grader.
 * - `normalizeText`: NFC, lower case, punctuation to spaces, whitespace collapsed (diacritics kept).
 * - `foldDiacritics`: additionally removes tone and vowel marks and maps đ→d, so that
 *   "Sở Khoa học" and "so khoa hoc" compare equal.
 */
/**
 * Old and new tone-mark placement ("hoá"/"hóa", "thuỷ"/"thủy") are the same word; the documents
 * use both. In an open syllable the mark moves to the first vowel of "oa", "oe", "uy" ("quý" stays).
 */
// "oá" and "oé" then a non-letter, "uý" not after q: the mark goes to the first vowel. One pass: no replacement makes or spoils another's match.
const toneVariant = /o([áàảãạéèẻẽẹ])(?!\p{L})|(?<!q)u([ýỳỷỹỵ])(?!\p{L})/gu;
const toneOnFirst: Record<string, string> = {
  á: "óa", à: "òa", ả: "ỏa", ã: "õa", ạ: "ọa",
  é: "óe", è: "òe", ẻ: "ỏe", ẽ: "õe", ẹ: "ọe",
  ý: "úy", ỳ: "ùy", ỷ: "ủy", ỹ: "ũy", ỵ: "ụy",
};

function unifyToneMarks(text: string): string {
  return text.replace(toneVariant, (whole: string, afterO: string | undefined, afterU: string | undefined) => toneOnFirst[afterO ?? afterU ?? ""] ?? whole);
}

/** The same titles, cells and names are normalised again and again (ingest and answering): results are kept. */
export const normalizeText: (text: string) => string = rememberedByText(2_000_000, normalizeUncached, textLength);

function normalizeUncached(text: string): string {
  return unifyToneMarks(text.normalize("NFC").toLowerCase())
    .replace(/[\u00a0\u2000-\u200b\u202f\u3000]/g, " ")
    .replace(/[^\p{L}\p{N}&%≥≤]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Folding is the hottest step of answering; the same titles are folded again and again, so results are kept. */
export const foldDiacritics: (text: string) => string = rememberedByText(4_000_000, foldUncached, textLength);

function foldUncached(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC");
}

/** normalizeText + foldDiacritics: the comparison key for loose matching. */
export function foldText(text: string): string {
  return foldDiacritics(normalizeText(text));
}

/** Splits normalised text into syllables (Vietnamese words are space-separated syllables). */
export function syllables(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized === "" ? [] : normalized.split(" ");
}
