import type { TitleMatcher } from "../find/title-match.js";

/**
 * A proper name the documents never write ("Quảng Nam", "Hà Tĩnh") means the question is about
 * something they do not cover: two capitalised words in a row, neither an abbreviation, that no
 * document writes next to each other. Returns the name, or null.
 */
export function unknownProperName(question: string, matcher: Pick<TitleMatcher, "knowsPair">): string | null {
  const words = question.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? [];
  const isName = (word: string | undefined) => word !== undefined && /^\p{Lu}\p{Ll}+$/u.test(word);
  for (let index = 1; index < words.length; index += 1) {
    const first = words[index - 1];
    const second = words[index];
    if (first && second && isName(first) && isName(second) && !matcher.knowsPair(first, second)) return `${first} ${second}`;
  }
  return null;
}
