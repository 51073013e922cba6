import { foldDiacritics, normalizeText } from "../../../vietnamese/fold.js";
import { isVietnameseSyllable } from "../../../vietnamese/syllable.js";

/**
 * How well a question's topic is covered by a record's title, weighted by how rare each
 * syllable is among all titles (IDF): missing a rare, distinctive syllable ("đại học",
 * "5G") costs much more than missing a common one ("phát triển"). Bigrams in order add
 * evidence that the words belong together. The result is in [0, 1].
 *
 * A topic typed with diacritics is compared with diacritics: "Quảng Nam" is not "Quảng …năm",
 * "đất" is not "đạt". A term found only once both sides are folded earns half its weight (the
 * documents have typos too). A topic typed without diacritics is compared folded.
 */
const noWords: ReadonlySet<string> = new Set();
const foldedMatchCredit = 0.5;
const bigramShare = 0.75;

interface TermStatistics {
  frequency: Map<string, number>;
  words: Set<string>;
}

const adjacentPairs = (words: string[]) => words.slice(1).map((word, index) => `${words[index]}_${word}`);

export class TitleMatcher {
  private readonly titleCount: number;
  private readonly exact: TermStatistics = { frequency: new Map(), words: new Set() };
  private readonly folded: TermStatistics = { frequency: new Map(), words: new Set() };
  /** Folded adjacent word pairs of every title and passage: the names the documents use. */
  private readonly foldedPairs = new Set<string>();

  /** `titles` set the weights; `otherTexts` (passages) only tell which words the documents use at all. */
  constructor(titles: string[], otherTexts: string[] = []) {
    this.titleCount = Math.max(titles.length, 1);
    for (const title of titles) {
      const normalized = normalizeText(title);
      for (const [form, statistics] of [[normalized, this.exact], [foldDiacritics(normalized), this.folded]] as const) {
        for (const term of new Set(terms(form))) {
          statistics.frequency.set(term, (statistics.frequency.get(term) ?? 0) + 1);
          if (!term.includes("_")) statistics.words.add(term);
        }
      }
    }
    for (const text of [...titles, ...otherTexts]) {
      const normalized = normalizeText(text);
      for (const word of normalized.split(" ")) this.exact.words.add(word);
      const foldedWords = foldDiacritics(normalized).split(" ");
      for (const word of foldedWords) this.folded.words.add(word);
      for (const pair of adjacentPairs(foldedWords)) this.foldedPairs.add(pair);
    }
  }

  /** True when the documents write these two words next to each other somewhere ("Quảng Bình": yes; "Quảng Nam": no). */
  knowsPair(first: string, second: string): boolean {
    return this.foldedPairs.has(`${foldDiacritics(normalizeText(first))}_${foldDiacritics(normalizeText(second))}`);
  }

  private statistics(accented: boolean): TermStatistics {
    return accented ? this.exact : this.folded;
  }

  weight(term: string, accented = false): number {
    const statistics = this.statistics(accented);
    const idf = Math.log(1 + this.titleCount / ((statistics.frequency.get(term) ?? 0) + 0.5));
    // A bigram confirms the order of two syllables already counted: it weighs less than a syllable.
    const base = term.includes("_") ? idf * bigramShare : idf;
    if (term.includes("_") || statistics.words.has(term)) return base;
    // A Vietnamese word the documents never use ("Huế", "sân bay") names something they do not cover: it weighs double.
    // Letters that can be no word ("kq", "tmdt": an abbreviation the documents do not spell, a typo) only lower the
    // match's confidence like any word the title lacks; they do not veto a clear match.
    return isVietnameseSyllable(term) ? base * 2 : base;
  }

  private readonly titleTermCache = new Map<string, { exact: Set<string>; folded: Set<string> }>();

  /** A title's terms with and without diacritics, computed once per title. */
  private titleTerms(title: string): { exact: Set<string>; folded: Set<string> } {
    let cached = this.titleTermCache.get(title);
    if (!cached) {
      const normalized = normalizeText(title);
      cached = { exact: new Set(terms(normalized)), folded: new Set(terms(foldDiacritics(normalized))) };
      this.titleTermCache.set(title, cached);
    }
    return cached;
  }

  /** Share of the topic's weighted terms found in the title (syllables and in-order bigrams). */
  coverage(topic: string, title: string, free: ReadonlySet<string> = noWords, accented = false): number {
    const topicTerms = terms(topic).filter((term) => !free.has(foldDiacritics(term)));
    if (topicTerms.length === 0) return 0;
    const cachedTerms = this.titleTerms(title);
    const titleTerms = accented ? cachedTerms.exact : cachedTerms.folded;
    const foldedTitleTerms = cachedTerms.folded;
    let total = 0;
    let found = 0;
    for (const term of new Set(topicTerms)) {
      const weight = this.weight(term, accented);
      total += weight;
      if (titleTerms.has(term)) found += weight;
      else if (accented && foldedTitleTerms.has(foldDiacritics(term))) found += weight * foldedMatchCredit;
    }
    return total === 0 ? 0 : found / total;
  }

  /** Share of the title's weighted terms that the topic names (how specific the match is). */
  specificity(topic: string, title: string, accented = false): number {
    const cachedTerms = this.titleTerms(title);
    const titleTerms = accented ? cachedTerms.exact : cachedTerms.folded;
    if (titleTerms.size === 0) return 0;
    const topicTerms = new Set(terms(accented ? topic : foldDiacritics(topic)));
    let total = 0;
    let found = 0;
    for (const term of titleTerms) {
      const weight = this.weight(term, accented);
      total += weight;
      if (topicTerms.has(term)) found += weight;
    }
    return total === 0 ? 0 : found / total;
  }
}

/** Syllables plus adjacent-syllable bigrams ("co_so", "so_du"); "·" marks a gap no bigram crosses. */
export function terms(text: string): string[] {
  // "02" and "2" are the same number ("giai đoạn 02" / "giai đoạn 2").
  const tokens = text
    .split(" ")
    .filter((token) => token !== "")
    .map((token) => token.replace(/^0+(?=\d)/, ""));
  const syllables = tokens.filter((token) => token !== "·");
  const bigrams: string[] = [];
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    if (previous !== undefined && previous !== "·" && token !== "·") bigrams.push(`${previous}_${token}`);
  });
  return [...syllables, ...bigrams];
}
