import { foldDiacritics, normalizeText } from "../../../vietnamese/fold.js";
import { abbreviationKey, initialsOf, type VocabularyText } from "../../../ingest/index/vocabulary/abbreviation-texts.js";
import { MemoryVocabulary, termForms, type CorpusVocabulary } from "../../../ingest/index/vocabulary/corpus-vocabulary.js";

export { abbreviationKey, type VocabularyText };

/** One way to read an abbreviation, with the evidence that the documents write it. */
export interface AbbreviationReading {
  /** The phrase as the documents write it, lower case with diacritics ("kết quả"). */
  phrase: string;
  /** How many times the documents use the phrase. */
  count: number;
  /** True when a document defines the abbreviation ("Cơ sở dữ liệu (CSDL)"). */
  defined: boolean;
  /** A document text that holds the phrase (its definition when there is one), and its file. */
  example: { file: string; text: string };
}

/** Readings kept per abbreviation; a reading used fewer than `minShare` × the top reading's uses is dropped. */
const maxReadings = 3;
const minShare = 0.2;
/** A phrase used once is as likely a chance sequence of initials as a name. */
const minUses = 2;
const maxLetters = 8;
/** Abbreviations whose readings are kept; past this many the cache starts over. */
const maxCached = 10_000;
/** Abbreviations whose texts are kept split for reading them in other contexts (a few: their texts may be many). */
const maxCachedKeys = 16;
/** Abbreviations read in a question's context whose readings are kept (the last questions' only). */
const maxCachedInContext = 1_000;

/**
 * Words that begin or end no name: an abbreviation stands for a name ("kết quả", "đề án",
 * "thương mại điện tử"), not for a run like "và các" or "của tỉnh". General Vietnamese.
 */
const functionWords = new Set(
  ["và", "các", "của", "những", "cho", "với", "là", "có", "được", "để", "trong", "theo", "tại", "về", "từ", "đến", "một", "này", "đó", "khi", "đã", "sẽ", "đang", "thì", "mà", "hoặc", "như", "trên", "dưới", "bằng", "do", "vào", "ra"].map((word) => word.normalize("NFC")),
);

/**
 * Abbreviations learned from the documents themselves: those a document defines, and those whose
 * letters are the initials of a phrase the documents use ("KQ" → "kết quả", "ĐA" → "đề án"),
 * ranked by how often the documents use the phrase. Nothing here is a list: the readings come
 * from the indexed texts, read from the corpus vocabulary (the index's tables) per abbreviation,
 * on first use, and kept.
 */
export class DocumentAbbreviations {
  private readonly cache = new Map<string, AbbreviationReading[]>();
  private readonly contextCache = new Map<string, AbbreviationReading[]>();
  private readonly keyTexts = new Map<string, KeyTexts>();

  constructor(private readonly vocabulary: CorpusVocabulary) {}

  /** Over texts held in memory (tests, small tools). */
  static fromTexts(texts: VocabularyText[]): DocumentAbbreviations {
    return new DocumentAbbreviations(new MemoryVocabulary({ passages: texts }));
  }

  /** True when the documents use this word (compared folded). */
  usesWord(word: string): boolean {
    return this.vocabulary.count(termForms.passageWord, foldDiacritics(normalizeText(word))) > 0;
  }

  /** True when the documents write this token in capitals themselves ("KH" in "429/KH-UBND"). */
  writesInCapitals(token: string): boolean {
    return this.vocabulary.count(termForms.capitalToken, abbreviationKey(token)) > 0;
  }

  /** The readings of an abbreviation, best first; empty when the documents give none. */
  readings(token: string): AbbreviationReading[] {
    const key = abbreviationKey(token);
    if (key.length < 2 || key.length > maxLetters) return [];
    const cached = this.cache.get(key);
    if (cached) return cached;
    if (this.cache.size >= maxCached) this.cache.clear();
    const found = this.lookUp(key, noContext);
    this.cache.set(key, found);
    return found;
  }

  /**
   * The readings, best first for this question: "TC" beside "ngân hàng" reads "tài chính", beside
   * "hội nghị" "tổ chức". Of the readings used comparably often, one ranks by the share of the
   * texts writing it that also hold one of the question's other words (`context`, folded); equals
   * keep their order by use. A question is read several times (its parts, a follow-up), so the
   * readings are kept per abbreviation and context.
   */
  readingsInContext(token: string, context: ReadonlySet<string>): AbbreviationReading[] {
    const key = abbreviationKey(token);
    if (context.size === 0 || key.length < 2 || key.length > maxLetters) return this.readings(token);
    const cacheKey = `${key} ${[...context].sort().join(" ")}`;
    const cached = this.contextCache.get(cacheKey);
    if (cached) return cached;
    if (this.contextCache.size >= maxCachedInContext) this.contextCache.clear();
    const found = this.lookUp(key, context);
    this.contextCache.set(cacheKey, found);
    return found;
  }

  /**
   * The texts whose initials hold `key`, read and split once per key: its phrases and each text's words, folded.
   * The documents repeat their texts (headings, agency lines, a plan's copies), and equal texts spell the same
   * phrases: each distinct text is split once and counted as often as it is written (`weights`), so every count
   * is the one a pass over all the texts gives, and each phrase's example is the first text writing it.
   */
  private textsOf(key: string): KeyTexts {
    const cached = this.keyTexts.get(key);
    if (cached) return cached;
    if (this.keyTexts.size >= maxCachedKeys) this.keyTexts.clear();
    const distinct = new Map<string, { first: VocabularyText; weight: number }>();
    for (const text of this.vocabulary.textsWithInitials(key)) {
      const seen = distinct.get(text.text);
      if (seen) seen.weight += 1;
      else distinct.set(text.text, { first: text, weight: 1 });
    }
    const folded: string[] = [];
    const weights: number[] = [];
    const phrases = new Map<string, PhraseUses>();
    for (const { first: text, weight } of distinct.values()) {
      const { words, initials } = initialsOf(text.text);
      const index = folded.push(` ${words.map((word) => foldDiacritics(word)).join(" ")} `) - 1;
      weights.push(weight);
      for (let at = initials.indexOf(key); at !== -1; at = initials.indexOf(key, at + 1)) {
        const phraseWords = words.slice(at, at + key.length);
        const first = phraseWords[0] ?? "";
        const last = phraseWords[phraseWords.length - 1] ?? "";
        if (functionWords.has(first) || functionWords.has(last)) continue;
        const phrase = phraseWords.join(" ");
        const entry: PhraseUses = phrases.get(phrase) ?? { count: 0, texts: [], example: text, sides: { left: new Map(), right: new Map() } };
        entry.count += weight;
        countSide(entry.sides.left, words[at - 1], weight);
        countSide(entry.sides.right, words[at + key.length], weight);
        if (entry.texts.at(-1) !== index) entry.texts.push(index);
        phrases.set(phrase, entry);
      }
    }
    const found = { folded, weights, phrases };
    this.keyTexts.set(key, found);
    return found;
  }

  private lookUp(key: string, context: ReadonlySet<string>): AbbreviationReading[] {
    const { folded, weights, phrases } = this.textsOf(key);
    const telling = tellingWords(context, folded, weights);
    const sharing = telling.size > 0 ? folded.map((text) => [...telling].some((word) => text.includes(` ${word} `))) : null;
    const counts = new Map<string, { count: number; texts: number; inContext: number; example: VocabularyText; sides: Sides }>();
    for (const [phrase, uses] of phrases) {
      const texts = weightOf(uses.texts, weights);
      const inContext = sharing ? weightOf(uses.texts.filter((index) => sharing[index]), weights) : 0;
      counts.set(phrase, { count: uses.count, texts, inContext, example: uses.example, sides: uses.sides });
    }
    const contextShare = (phrase: string) => {
      const entry = counts.get(phrase);
      return entry && entry.texts > 0 ? entry.inContext / entry.texts : 0;
    };
    const defined: AbbreviationReading[] = [];
    for (const definition of this.vocabulary.definitions(key)) {
      if (defined.some((reading) => reading.phrase === definition.phrase)) continue;
      defined.push({ phrase: definition.phrase, count: counts.get(definition.phrase)?.count ?? 1, defined: true, example: definition.example });
    }
    const used = [...counts.entries()]
      .filter(([phrase, entry]) => entry.count >= minUses && standsAlone(entry, key.length) && !defined.some((reading) => reading.phrase === phrase))
      .sort(([leftPhrase, left], [rightPhrase, right]) => right.count - left.count || leftPhrase.localeCompare(rightPhrase))
      .map(([phrase, entry]): AbbreviationReading => ({ phrase, count: entry.count, defined: false, example: exampleOf(entry.example) }));
    const top = Math.max(0, ...used.map((reading) => reading.count));
    // A definition written in a document comes first; then the phrases by use, as long as they are used comparably often.
    const byUse = [...defined, ...used.filter((reading) => reading.count >= top * minShare)];
    if (context.size === 0) return byUse.slice(0, maxReadings);
    // In context: of the readings used comparably often, those the question's other words go with first
    // (a stable sort keeps the order by use among equals). A rare chance run of initials is never promoted.
    return [...byUse].sort((left, right) => contextShare(right.phrase) - contextShare(left.phrase)).slice(0, maxReadings);
  }
}

/** A phrase's uses in the texts of one abbreviation: how often, in which distinct texts (indices), its neighbours, the first text holding it. */
interface PhraseUses {
  count: number;
  texts: number[];
  example: VocabularyText;
  sides: Sides;
}

/** The distinct texts of one abbreviation, split once: each one's words folded (" a b c "), how many times it is written, and the phrases their initials spell. */
interface KeyTexts {
  folded: string[];
  weights: number[];
  phrases: Map<string, PhraseUses>;
}

/** The syllables written right before and right after a phrase, with how often; a text or clause edge counts apart. */
interface Sides {
  left: Map<string, number>;
  right: Map<string, number>;
}

function countSide(side: Map<string, number>, word: string | undefined, weight: number): void {
  if (word === undefined || word === "") return;
  side.set(word, (side.get(word) ?? 0) + weight);
}

/** How many texts the distinct texts at `indices` stand for. */
function weightOf(indices: readonly number[], weights: readonly number[]): number {
  let total = 0;
  for (const index of indices) total += weights[index] ?? 0;
  return total;
}

/** Uses from which a phrase's neighbours tell whether it is a unit of its own. */
const minUsesToJudge = 3;
/** Share of the uses above which one neighbour makes the phrase a piece of a longer unit. */
const maxNeighbourShare = 0.8;

/**
 * A two-syllable phrase is a unit of its own when the syllables around it vary: "hiện nghị" is nearly always
 * "thực hiện nghị (quyết)" and "dẫn triển" "hướng dẫn triển (khai)" — runs across two words, not
 * names — while "hội nghị", "kết quả", "mô hình" stand between many neighbours. Vietnamese writes
 * syllables apart, so initials alone cannot tell a word from a run across words; this is the
 * branching evidence that can.
 */
function standsAlone(entry: { count: number; sides: Sides }, letters: number): boolean {
  // A run of three syllables or more is seldom a chance one, and many a name always follows the same word ("mạng truyền số liệu chuyên dùng").
  if (entry.count < minUsesToJudge || letters > 2) return true;
  const top = (side: Map<string, number>) => Math.max(0, ...side.values());
  return top(entry.sides.left) < maxNeighbourShare * entry.count && top(entry.sides.right) < maxNeighbourShare * entry.count;
}

const noContext: ReadonlySet<string> = new Set();
const foldedFunctionWords = new Set([...functionWords].map((word) => foldDiacritics(word)));

/** Share of the texts above which a word of the question tells no reading from another ("tỉnh", "các"). */
const maxContextShare = 0.3;

/** The question's words that tell readings apart: not function words, and held by few of the texts read (each distinct text " folded words ", written `weights` times). */
function tellingWords(context: ReadonlySet<string>, texts: string[], weights: readonly number[]): Set<string> {
  const candidates = [...context].filter((word) => !foldedFunctionWords.has(word) && word.length > 1);
  if (candidates.length === 0 || texts.length === 0) return new Set();
  const all = weightOf(texts.map((_, index) => index), weights);
  const holding = (word: string) => weightOf(texts.flatMap((text, index) => (text.includes(` ${word} `) ? [index] : [])), weights);
  return new Set(candidates.filter((word) => holding(word) <= maxContextShare * all));
}

function exampleOf(text: VocabularyText): VocabularyText {
  return { file: text.file, text: text.text.replace(/\s+/g, " ").slice(0, 160) };
}
