import { foldDiacritics, normalizeText } from "../../../vietnamese/fold.js";
import { capitalTokensOf, definitionsIn, foldedWordsOf, initialsOf, type AbbreviationDefinition, type VocabularyText } from "./abbreviation-texts.js";
import { terms } from "./record-texts.js";

/**
 * What the answering code knows about the whole corpus without reading it: how many record titles
 * hold a term (title-match IDF), which words and word pairs the documents use, the abbreviations
 * they define and write in capitals, and which texts hold a run of initials. Computed per document
 * at ingest and stored in the index (ingest/index/vocabulary-store.ts); read per term at question time.
 */
export const termForms = {
  /** Titles holding the term, diacritics kept / folded. */
  exactTitle: 0,
  foldedTitle: 1,
  /** Words of the titles and passages, diacritics kept / folded (title-match: does any document use it?). */
  exactWord: 2,
  foldedWord: 3,
  /** Folded adjacent word pairs of titles and passages ("quang_binh"). */
  foldedPair: 4,
  /** Folded words of the passages (learned abbreviations: is this a word, not an abbreviation?). */
  passageWord: 5,
  /** Tokens the passages write in capitals, as abbreviation keys. */
  capitalToken: 6,
} as const;
export type TermForm = (typeof termForms)[keyof typeof termForms];

export interface CorpusVocabulary {
  /** How many record titles there are. */
  titleCount(): number;
  /** Titles holding the term (title forms), or documents using it (the others); 0 when none does. */
  count(form: TermForm, term: string): number;
  /** The definitions of an abbreviation key, in document order. */
  definitions(key: string): AbbreviationDefinition[];
  /** The passage texts whose initials (abbreviation-texts.ts `initialsOf`) hold `key`, in document order. */
  textsWithInitials(key: string): Iterable<VocabularyText>;
  /** The agencies the documents' owner columns name that the glossary does not list (document-agencies.ts), in source-file order, each once. */
  documentAgencies(): readonly string[];
}

/** Term counts by form, then term (no key joining the two is made for each term a document counts). */
export class TermCounts {
  private readonly byForm = new Map<TermForm, Map<string, number>>();

  add(form: TermForm, term: string, count = 1): void {
    let counts = this.byForm.get(form);
    if (!counts) this.byForm.set(form, (counts = new Map()));
    counts.set(term, (counts.get(term) ?? 0) + count);
  }

  get(form: TermForm, term: string): number {
    return this.byForm.get(form)?.get(term) ?? 0;
  }

  /** How many (form, term) pairs are counted. */
  get size(): number {
    let size = 0;
    for (const counts of this.byForm.values()) size += counts.size;
    return size;
  }

  /** Every counted term, by form in order, then in the order first counted. */
  *entries(): Generator<{ form: TermForm; term: string; count: number }> {
    for (const form of [...this.byForm.keys()].sort((left, right) => left - right)) {
      for (const [term, count] of this.byForm.get(form)!) yield { form, term, count };
    }
  }

  /** Every counted term, by form in order, then by term (the order of the vocabulary table's primary key). */
  *sortedEntries(): Generator<{ form: TermForm; term: string; count: number }> {
    for (const form of [...this.byForm.keys()].sort((left, right) => left - right)) {
      const counts = this.byForm.get(form)!;
      for (const term of [...counts.keys()].sort()) yield { form, term, count: counts.get(term)! };
    }
  }

  clear(): void {
    this.byForm.clear();
  }
}

const adjacentPairs = (words: string[]) => words.slice(1).map((word, index) => `${words[index]}_${word}`);

/**
 * The counts one document adds: every title's distinct terms count once per title; a word, pair,
 * passage word or capital token counts once per document (so that removing the document removes it).
 */
export function documentTermCounts(titles: readonly string[], passageTexts: readonly string[]): TermCounts {
  const counts = new TermCounts();
  const seen = new Map<TermForm, Set<string>>();
  const once = (form: TermForm, term: string) => {
    let terms = seen.get(form);
    if (!terms) seen.set(form, (terms = new Set()));
    if (terms.has(term)) return;
    terms.add(term);
    counts.add(form, term);
  };
  for (const title of titles) {
    const normalized = normalizeText(title);
    for (const [text, frequency, word] of [
      [normalized, termForms.exactTitle, termForms.exactWord],
      [foldDiacritics(normalized), termForms.foldedTitle, termForms.foldedWord],
    ] as const) {
      for (const term of new Set(terms(text))) {
        counts.add(frequency, term);
        if (!term.includes("_")) once(word, term);
      }
    }
  }
  for (const text of [...titles, ...passageTexts]) {
    const normalized = normalizeText(text);
    for (const word of normalized.split(" ")) once(termForms.exactWord, word);
    const foldedWords = foldDiacritics(normalized).split(" ");
    for (const word of foldedWords) once(termForms.foldedWord, word);
    for (const pair of adjacentPairs(foldedWords)) once(termForms.foldedPair, pair);
  }
  for (const text of passageTexts) {
    for (const word of foldedWordsOf(text)) once(termForms.passageWord, word);
    for (const token of capitalTokensOf(text)) once(termForms.capitalToken, token);
  }
  return counts;
}

/** The whole vocabulary held in memory, built from record titles and passage texts (tests, small tools). */
export class MemoryVocabulary implements CorpusVocabulary {
  private readonly counts: TermCounts;
  private readonly titles: number;
  private readonly texts: { entry: VocabularyText; initials: string }[];
  private readonly definitionList: AbbreviationDefinition[];
  private readonly agencies: readonly string[];

  constructor(input: { titles?: readonly string[]; passages?: readonly VocabularyText[]; agencies?: readonly string[] }) {
    this.agencies = [...new Set(input.agencies ?? [])];
    const passages = input.passages ?? [];
    this.counts = documentTermCounts(input.titles ?? [], passages.map((entry) => entry.text));
    this.titles = (input.titles ?? []).length;
    this.texts = passages.map((entry) => ({ entry, initials: initialsOf(entry.text).initials }));
    this.definitionList = passages.flatMap(definitionsIn);
  }

  titleCount(): number {
    return this.titles;
  }

  count(form: TermForm, term: string): number {
    return this.counts.get(form, term);
  }

  definitions(key: string): AbbreviationDefinition[] {
    return this.definitionList.filter((definition) => definition.key === key);
  }

  textsWithInitials(key: string): VocabularyText[] {
    return this.texts.filter((text) => text.initials.includes(key)).map((text) => text.entry);
  }

  documentAgencies(): readonly string[] {
    return this.agencies;
  }
}
