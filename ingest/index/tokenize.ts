import { foldDiacritics, syllables } from "../../vietnamese/fold.js";

/**
 * Tokens for the lexical index. Vietnamese words are runs of space-separated syllables, so a
 * syllable unigram plus the adjacent-syllable bigram ("hạn chế") stands in for word segmentation.
 * Two forms are produced: `exact` keeps diacritics (NFC, lower case) and `folded` drops them
 * (đ→d), so "han che" still finds "hạn chế" while an exact spelling scores in both fields.
 */
export interface FieldTokens {
  exact: string[];
  folded: string[];
}

/** Separates the two syllables of a bigram; normalised syllables never contain a space. */
export const bigramSeparator = " ";

/** Unigrams followed by bigrams of a syllable list. */
export function unigramsAndBigrams(syllableList: readonly string[]): string[] {
  const tokens = [...syllableList];
  for (let index = 0; index + 1 < syllableList.length; index += 1) {
    tokens.push(`${syllableList[index]}${bigramSeparator}${syllableList[index + 1]}`);
  }
  return tokens;
}

/** Punctuation is dropped by `syllables` (normalizeText), so "hạn, chế?" tokenises like "hạn chế". */
export function exactSyllables(text: string): string[] {
  return syllables(text);
}

export function foldedSyllables(text: string): string[] {
  return syllables(text).map((syllable) => foldDiacritics(syllable));
}

export function tokenizeFields(text: string): FieldTokens {
  const exact = exactSyllables(text);
  return {
    exact: unigramsAndBigrams(exact),
    folded: unigramsAndBigrams(exact.map((syllable) => foldDiacritics(syllable))),
  };
}

/** Counts occurrences, keeping first-seen order. */
export function countTokens(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}
