import { foldDiacritics, syllables } from "../../vietnamese/fold.js";

/**
 * Tokens for the lexical index. Vietnamese words are runs of space-separated syllables, so a
 * syllable plus the pair of adjacent syllables ("hạn chế", searched as an FTS5 phrase over the
 * syllables' positions) stands in for word segmentation. Two forms are produced: `exact` keeps
 * diacritics (NFC, lower case) and `folded` drops them (đ→d), so "han che" still finds "hạn chế"
 * while an exact spelling scores in both fields.
 */
export interface FieldTokens {
  exact: string[];
  folded: string[];
}

/** Each pair of adjacent syllables, in order ("a b c" → ["a","b"], ["b","c"]). */
export function adjacentPairs(syllableList: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let index = 0; index + 1 < syllableList.length; index += 1) pairs.push([syllableList[index]!, syllableList[index + 1]!]);
  return pairs;
}

/** Punctuation is dropped by `syllables` (normalizeText), so "hạn, chế?" tokenises like "hạn chế". */
export function exactSyllables(text: string): string[] {
  return syllables(text);
}

export function foldedSyllables(text: string): string[] {
  return syllables(text).map((syllable) => foldDiacritics(syllable));
}

/** The syllables of a text in both forms, in order: what the index stores, one FTS5 token each. */
export function tokenizeFields(text: string): FieldTokens {
  const exact = exactSyllables(text);
  return { exact, folded: exact.map((syllable) => foldDiacritics(syllable)) };
}
