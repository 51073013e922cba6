import { foldText } from "../../vietnamese/fold.js";

/**
 * Cheap typo-tolerant title matching over folded character trigrams: each word is padded with
 * spaces ("  hanh chinh ") so short words and word starts count, and diacritics are folded so a
 * missing or wrong tone mark costs nothing.
 */
export function characterTrigrams(text: string): Set<string> {
  const trigrams = new Set<string>();
  const folded = foldText(text);
  if (folded === "") return trigrams;
  const padded = ` ${folded} `;
  for (let index = 0; index + 3 <= padded.length; index += 1) trigrams.add(padded.slice(index, index + 3));
  return trigrams;
}

function sharedCount(left: Set<string>, right: Set<string>): number {
  const [smaller, larger] = left.size <= right.size ? [left, right] : [right, left];
  let shared = 0;
  for (const trigram of smaller) if (larger.has(trigram)) shared += 1;
  return shared;
}

/** Dice coefficient of folded character trigrams, in [0, 1]; 1 for texts equal after folding. */
export function similarity(left: string, right: string): number {
  const leftTrigrams = characterTrigrams(left);
  const rightTrigrams = characterTrigrams(right);
  const total = leftTrigrams.size + rightTrigrams.size;
  if (total === 0) return 0;
  return (2 * sharedCount(leftTrigrams, rightTrigrams)) / total;
}

/**
 * Share of the query's trigrams found in the text, in [0, 1]: how well a short typed phrase
 * ("ha tang so") is contained in a long title, where Dice would be dragged down by the length gap.
 */
export function containment(query: string, text: string): number {
  const queryTrigrams = characterTrigrams(query);
  if (queryTrigrams.size === 0) return 0;
  return sharedCount(queryTrigrams, characterTrigrams(text)) / queryTrigrams.size;
}

export interface FuzzyMatch<T> {
  item: T;
  similarity: number;
}

/** Items whose title is at least `threshold` similar to the query, best first. */
export function bestTitleMatches<T>(
  query: string,
  items: readonly T[],
  titleOf: (item: T) => string,
  options: { threshold: number; limit: number },
): FuzzyMatch<T>[] {
  const queryTrigrams = characterTrigrams(query);
  if (queryTrigrams.size === 0) return [];
  const matches: FuzzyMatch<T>[] = [];
  for (const item of items) {
    const titleTrigrams = characterTrigrams(titleOf(item));
    const score = (2 * sharedCount(queryTrigrams, titleTrigrams)) / (queryTrigrams.size + titleTrigrams.size);
    if (score >= options.threshold) matches.push({ item, similarity: score });
  }
  return matches.sort((left, right) => right.similarity - left.similarity).slice(0, options.limit);
}
