import { foldDiacritics } from "./fold.js";

/**
 * One Vietnamese syllable, folded: an optional onset, a vowel nucleus, an optional final.
 * "kq", "tmdt", "ubnd" are not syllables (so they are abbreviations); "huế", "bay", "da" are.
 */
const syllablePattern = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?(?:[aeiouy]{1,3})(ch|ng|nh|[cmnpt])?$/;

export function isVietnameseSyllable(word: string): boolean {
  return syllablePattern.test(foldDiacritics(word.normalize("NFC").toLowerCase()));
}
