import { foldDiacritics, normalizeText } from "../../../vietnamese/fold.js";
import { isVietnameseSyllable } from "../../../vietnamese/syllable.js";
import { MemoryVocabulary, termForms, type CorpusVocabulary } from "../../../ingest/index/vocabulary/corpus-vocabulary.js";
import { terms } from "../../../ingest/index/vocabulary/record-texts.js";

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
/** Term weights and title terms kept per matcher; past this many the cache starts over (memory stays bounded). */
const maxCached = 50_000;

export class TitleMatcher {
  private readonly weights = new Map<string, number>();

  /** Reads the corpus statistics term by term (the index's, or `TitleMatcher.fromTexts` in memory). */
  constructor(private readonly vocabulary: CorpusVocabulary) {}

  /** `titles` set the weights; `otherTexts` (passages) only tell which words the documents use at all. */
  static fromTexts(titles: string[], otherTexts: string[] = []): TitleMatcher {
    return new TitleMatcher(new MemoryVocabulary({ titles, passages: otherTexts.map((text) => ({ file: "", text })) }));
  }

  /** True when the documents write these two words next to each other somewhere ("Quảng Bình": yes; "Quảng Nam": no). */
  knowsPair(first: string, second: string): boolean {
    return this.vocabulary.count(termForms.foldedPair, `${foldDiacritics(normalizeText(first))}_${foldDiacritics(normalizeText(second))}`) > 0;
  }

  /** Share of the topic's syllables that no title or passage uses, even folded. */
  unknownShare(topic: string): number {
    const syllables = normalizeText(topic).split(" ").filter((word) => word !== "" && word !== "·");
    if (syllables.length === 0) return 0;
    const unknown = syllables.filter((word) => this.vocabulary.count(termForms.foldedWord, foldDiacritics(word)) === 0);
    return unknown.length / syllables.length;
  }

  weight(term: string, accented = false): number {
    const key = `${accented ? 1 : 0}${term}`;
    let weight = this.weights.get(key);
    if (weight === undefined) {
      if (this.weights.size >= maxCached) this.weights.clear();
      weight = this.computeWeight(term, accented);
      this.weights.set(key, weight);
    }
    return weight;
  }

  private computeWeight(term: string, accented: boolean): number {
    const titleCount = Math.max(this.vocabulary.titleCount(), 1);
    const frequency = this.vocabulary.count(accented ? termForms.exactTitle : termForms.foldedTitle, term);
    const idf = Math.log(1 + titleCount / (frequency + 0.5));
    // A bigram confirms the order of two syllables already counted: it weighs less than a syllable.
    const base = term.includes("_") ? idf * bigramShare : idf;
    if (term.includes("_") || this.vocabulary.count(accented ? termForms.exactWord : termForms.foldedWord, term) > 0) return base;
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
      if (this.titleTermCache.size >= maxCached) this.titleTermCache.clear();
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

export { terms };
