import { foldDiacritics, normalizeText } from "../../../vietnamese/fold.js";
import { rememberedByText } from "../../../vietnamese/text-cache.js";
import { segmentsOf } from "./text-segments.js";

/**
 * How the documents' texts are read for abbreviations (knowledge/answer/understand/document-abbreviations.ts):
 * the initials of their word runs, the abbreviations they define, the tokens they write in capitals.
 * Computed at ingest (stored in the index) and at question time on the few texts a lookup reads.
 */
export interface VocabularyText {
  file: string;
  text: string;
}

/** An abbreviation a document defines ("Cơ sở dữ liệu (CSDL)"): its key, the phrase, and the definition as written. */
export interface AbbreviationDefinition {
  key: string;
  phrase: string;
  example: VocabularyText;
}

/** The letter an abbreviation uses for a word: its first letter, Đ/D folded; "và" also as "&" (KH&CN). */
export function initialOf(word: string): string {
  return foldDiacritics(word[0] ?? "");
}

/** The letters of an abbreviation as matched against initials: folded, "&" read as "và". */
export function abbreviationKey(token: string): string {
  return foldDiacritics(token.normalize("NFC").toLowerCase()).replace(/&/g, "v").replace(/[^a-z]/g, "");
}

/** A segment's words (normalised, letters only), kept: the documents repeat their segments (headings, agencies, phrases). */
const wordsOfSegment: (segment: string) => readonly string[] = rememberedByText(
  4_000_000,
  (segment) => normalizeText(segment).split(" ").filter((word) => /^\p{L}+$/u.test(word)),
  (words) => words.length * 8,
);

/**
 * The words of a text's segments (runs of letters between punctuation, at least two words) and one
 * initial per word, a "" word and a "|" initial closing each segment: the string abbreviations are searched in.
 */
export function initialsOf(text: string): { words: string[]; initials: string } {
  const words: string[] = [];
  const initials: string[] = [];
  for (const segment of segmentsOf(text.normalize("NFC"))) {
    const segmentWords = wordsOfSegment(segment);
    if (segmentWords.length < 2) continue;
    for (const word of segmentWords) {
      words.push(word);
      initials.push(initialOf(word));
    }
    words.push("");
    initials.push("|");
  }
  return { words, initials: initials.join("") };
}

/** "Cơ sở dữ liệu (CSDL)", "… (sau đây gọi tắt là CSDL)": a phrase followed by the abbreviation it defines. */
const definitionPattern = /([\p{L}\s,&-]{3,120}?)\s*\(\s*(?:sau đây (?:gọi|viết) tắt là|gọi tắt là|viết tắt là)?\s*([\p{Lu}Đ][\p{Lu}Đ&]{1,9})\s*\)/gu;

/** The parenthesis of a definition alone: where it is missing the whole pattern cannot match, and this is much faster to look for. */
const definitionEnd = /\(\s*(?:sau đây (?:gọi|viết) tắt là|gọi tắt là|viết tắt là)?\s*[\p{Lu}Đ][\p{Lu}Đ&]{1,9}\s*\)/u;

/** The abbreviations a text defines, in the order written. */
export function definitionsIn(entry: VocabularyText): AbbreviationDefinition[] {
  const found: AbbreviationDefinition[] = [];
  const text = entry.text.normalize("NFC");
  // Most texts define nothing: without the parenthesis of a definition the pattern cannot match, and its scan is slow.
  if (!definitionEnd.test(text)) return found;
  for (const match of text.matchAll(definitionPattern)) {
    const [whole, before = "", short = ""] = match;
    const key = abbreviationKey(short);
    const words = normalizeText(before).split(" ").filter((word) => word !== "");
    // The phrase is the run of words just before the parenthesis (or a word or two earlier: "… công tỉnh (TTPVHCC)") whose initials spell it.
    const phraseWords = [0, 1, 2]
      .map((skip) => words.slice(words.length - skip - key.length, words.length - skip))
      .find((run) => run.length === key.length && run.map(initialOf).join("") === key);
    if (phraseWords) found.push({ key, phrase: phraseWords.join(" "), example: { file: entry.file, text: whole.trim() } });
  }
  return found;
}

/** The folded words a text uses. */
export function foldedWordsOf(text: string): string[] {
  return foldDiacritics(normalizeText(text)).split(" ");
}

/** The tokens a text writes in capitals ("KH", "QĐ", "DTI"), as abbreviation keys. */
export function capitalTokensOf(text: string): string[] {
  return (text.normalize("NFC").match(/(?<![\p{L}\p{N}])[\p{Lu}][\p{Lu}&]+(?![\p{L}\p{N}])/gu) ?? []).map(abbreviationKey);
}
