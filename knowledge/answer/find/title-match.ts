import { foldText } from "../../text/fold.js";

/**
 * How well a question's topic is covered by a record's title, weighted by how rare each
 * syllable is among all titles (IDF): missing a rare, distinctive syllable ("đại học",
 * "5G") costs much more than missing a common one ("phát triển"). Bigrams in order add
 * evidence that the words belong together. The result is in [0, 1].
 */
const noWords: ReadonlySet<string> = new Set();

export class TitleMatcher {
  private readonly documentFrequency = new Map<string, number>();
  private readonly titleCount: number;
  private readonly corpusWords = new Set<string>();

  /** `titles` set the weights; `otherTexts` (passages) only tell which words the documents use at all. */
  constructor(titles: string[], otherTexts: string[] = []) {
    this.titleCount = Math.max(titles.length, 1);
    for (const title of titles) {
      const folded = foldText(title);
      for (const term of new Set(terms(folded))) {
        this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
      }
      for (const word of terms(folded)) this.corpusWords.add(word);
    }
    for (const text of otherTexts) for (const word of terms(foldText(text))) this.corpusWords.add(word);
  }

  weight(term: string): number {
    const frequency = this.documentFrequency.get(term) ?? 0;
    const base = Math.log(1 + this.titleCount / (frequency + 0.5));
    // A word the documents never use ("Huế", "sân bay") names something they do not cover: it weighs double.
    return !term.includes("_") && !this.corpusWords.has(term) ? base * 2 : base;
  }

  /** Share of the topic's weighted terms found in the title (syllables and in-order bigrams). */
  coverage(topic: string, title: string, free: ReadonlySet<string> = noWords): number {
    const topicTerms = terms(topic).filter((term) => !free.has(term));
    if (topicTerms.length === 0) return 0;
    const titleTerms = new Set(terms(foldText(title)));
    let total = 0;
    let found = 0;
    for (const term of new Set(topicTerms)) {
      const weight = this.weight(term);
      total += weight;
      if (titleTerms.has(term)) found += weight;
    }
    return total === 0 ? 0 : found / total;
  }

  /** Share of the title's weighted terms that the topic names (how specific the match is). */
  specificity(topic: string, title: string): number {
    const titleTerms = terms(foldText(title));
    if (titleTerms.length === 0) return 0;
    const topicTerms = new Set(terms(topic));
    let total = 0;
    let found = 0;
    for (const term of new Set(titleTerms)) {
      const weight = this.weight(term);
      total += weight;
      if (topicTerms.has(term)) found += weight;
    }
    return total === 0 ? 0 : found / total;
  }
}

/** Syllables plus adjacent-syllable bigrams ("co_so", "so_du"); "·" marks a gap no bigram crosses. */
export function terms(folded: string): string[] {
  // "02" and "2" are the same number ("giai đoạn 02" / "giai đoạn 2").
  const tokens = folded.split(" ").filter((token) => token !== "").map((token) => token.replace(/^0+(?=\d)/, ""));
  const syllables = tokens.filter((token) => token !== "·");
  const bigrams: string[] = [];
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    if (previous !== undefined && previous !== "·" && token !== "·") bigrams.push(`${previous}_${token}`);
  });
  return [...syllables, ...bigrams];
}
