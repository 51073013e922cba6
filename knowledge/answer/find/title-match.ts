import { foldDiacritics, normalizeText } from "../../../vietnamese/fold.js";
import { isVietnameseSyllable } from "../../../vietnamese/syllable.js";
import { MemoryVocabulary, termForms, type CorpusVocabulary } from "../../../ingest/index/vocabulary/corpus-vocabulary.js";
import { terms } from "../../../ingest/index/vocabulary/record-texts.js";
import { abbreviationLetters, spellingRuns, writtenAbbreviations } from "../../../vietnamese/initials.js";

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
/**
 * A syllable matched through an abbreviation's letters ("PT CN" in a title, "phát triển công
 * nghiệp" in the question, or "tt dmst" asked of "trung tâm đổi mới sáng tạo") earns most of its
 * weight: letters are less certain than the word itself.
 */
const abbreviationCredit = 0.8;

interface TitleTerms {
  exact: Set<string>;
  folded: Set<string>;
  /** The title's syllables in order, folded (abbreviations asked are spelt against them). */
  syllables: string[];
  /** Abbreviations the title writes in capitals: their letters and their folded term. */
  abbreviations: { letters: string; term: string }[];
}
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

  private readonly titleTermCache = new Map<string, TitleTerms>();

  /** A title's terms with and without diacritics, computed once per title. */
  private titleTerms(title: string): TitleTerms {
    let cached = this.titleTermCache.get(title);
    if (!cached) {
      if (this.titleTermCache.size >= maxCached) this.titleTermCache.clear();
      const normalized = normalizeText(title);
      const folded = foldDiacritics(normalized);
      const capitals = title.normalize("NFC").match(/[\p{Lu}][\p{Lu}&]*[\p{Lu}]/gu) ?? [];
      const abbreviations = writtenAbbreviations(title).map((letters) => ({
        letters,
        term: foldDiacritics(normalizeText(capitals.find((capital) => abbreviationLetters(capital) === letters) ?? letters)),
      }));
      cached = { exact: new Set(terms(normalized)), folded: new Set(terms(folded)), syllables: folded === "" ? [] : folded.split(" "), abbreviations };
      this.titleTermCache.set(title, cached);
    }
    return cached;
  }

  /**
   * Terms matched through abbreviations, folded: on the topic's side, syllables spelling an
   * abbreviation the title writes (and the bigrams inside that run) and abbreviations asked that
   * the title spells out; on the title's side, the same pairs seen from the title.
   */
  private abbreviated(topic: string, title: TitleTerms): { topic: Set<string>; title: Set<string> } {
    const topicSide = new Set<string>();
    const titleSide = new Set<string>();
    const tokens = foldDiacritics(topic).split(" ").filter((token) => token !== "");
    const credit = (side: Set<string>, words: string[], run: number[]) => {
      run.forEach((index, position) => {
        side.add(words[index] ?? "");
        if (position > 0) side.add(`${words[index - 1] ?? ""}_${words[index] ?? ""}`);
      });
    };
    for (const { letters, term } of title.abbreviations) {
      if (tokens.includes(term)) continue;
      const runs = spellingRuns(letters, tokens);
      for (const run of runs) credit(topicSide, tokens, run);
      if (runs.length > 0) titleSide.add(term);
    }
    for (const token of tokens) {
      const letters = abbreviationLetters(token);
      if (letters === null || title.folded.has(token)) continue;
      const runs = spellingRuns(letters, title.syllables);
      for (const run of runs) credit(titleSide, title.syllables, run);
      if (runs.length > 0) topicSide.add(token);
    }
    return { topic: topicSide, title: titleSide };
  }

  /** Share of the topic's weighted terms found in the title (syllables and in-order bigrams). */
  coverage(topic: string, title: string, free: ReadonlySet<string> = noWords, accented = false): number {
    const topicTerms = terms(withoutFreePairs(topic, free)).filter((term) => !free.has(foldDiacritics(term)));
    if (topicTerms.length === 0) return 0;
    const cachedTerms = this.titleTerms(title);
    const titleTerms = accented ? cachedTerms.exact : cachedTerms.folded;
    const foldedTitleTerms = cachedTerms.folded;
    const abbreviated = this.abbreviated(topic, cachedTerms).topic;
    let total = 0;
    let found = 0;
    for (const term of new Set(topicTerms)) {
      const weight = this.weight(term, accented);
      total += weight;
      if (titleTerms.has(term)) found += weight;
      else if (accented && foldedTitleTerms.has(foldDiacritics(term))) found += weight * foldedMatchCredit;
      else if (abbreviated.has(foldDiacritics(term)) || bridged(term, abbreviated, foldedTitleTerms)) found += weight * abbreviationCredit;
    }
    return total === 0 ? 0 : found / total;
  }

  /** Share of the title's weighted terms that the topic names (how specific the match is). */
  specificity(topic: string, title: string, accented = false): number {
    const cachedTerms = this.titleTerms(title);
    const titleTerms = accented ? cachedTerms.exact : cachedTerms.folded;
    if (titleTerms.size === 0) return 0;
    const topicTerms = new Set(terms(accented ? topic : foldDiacritics(topic)));
    const abbreviated = this.abbreviated(topic, cachedTerms).title;
    const topicFolded = new Set(terms(foldDiacritics(topic)));
    let total = 0;
    let found = 0;
    for (const term of titleTerms) {
      const weight = this.weight(term, accented);
      total += weight;
      if (topicTerms.has(term)) found += weight;
      else if (abbreviated.has(foldDiacritics(term)) || bridged(term, abbreviated, topicFolded)) found += weight * abbreviationCredit;
    }
    return total === 0 ? 0 : found / total;
  }
}

/** The topic with each free pair of syllables ("de_an": a document's own kind) it writes in order taken out, as a break. */
function withoutFreePairs(topic: string, free: ReadonlySet<string>): string {
  const tokens = topic.split(" ");
  for (let index = 0; index + 1 < tokens.length; index += 1) {
    if (free.has(foldDiacritics(`${tokens[index]}_${tokens[index + 1]}`))) tokens.splice(index, 2, "·", "·");
  }
  return tokens.join(" ");
}

/** A bigram one of whose syllables was matched through an abbreviation, the other one found as it is. */
function bridged(term: string, abbreviated: ReadonlySet<string>, other: ReadonlySet<string>): boolean {
  const [first, second] = foldDiacritics(term).split("_");
  if (first === undefined || second === undefined) return false;
  const found = (word: string) => abbreviated.has(word) || other.has(word);
  return found(first) && found(second) && (abbreviated.has(first) || abbreviated.has(second));
}

export { terms };
