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

/**
 * Joins the two syllables of a bigram into one token ("hạn_chế"); normalised syllables never
 * hold "_", and the store's FTS5 tokenizer keeps it inside a token.
 */
export const bigramSeparator = "_";

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

