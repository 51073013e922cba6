import { foldDiacritics, normalizeText } from "../../../vietnamese/fold.js";

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

export interface VocabularyText {
  file: string;
  text: string;
}

/** Readings kept per abbreviation; a reading used fewer than `minShare` × the top reading's uses is dropped. */
const maxReadings = 3;
const minShare = 0.2;
/** A phrase used once is as likely a chance sequence of initials as a name. */
const minUses = 2;
const maxLetters = 8;

/**
 * Words that begin or end no name: an abbreviation stands for a name ("kết quả", "đề án",
 * "thương mại điện tử"), not for a run like "và các" or "của tỉnh". General Vietnamese.
 */
const functionWords = new Set(
  ["và", "các", "của", "những", "cho", "với", "là", "có", "được", "để", "trong", "theo", "tại", "về", "từ", "đến", "một", "này", "đó", "khi", "đã", "sẽ", "đang", "thì", "mà", "hoặc", "như", "trên", "dưới", "bằng", "do", "vào", "ra"].map((word) => word.normalize("NFC")),
);

/** The letter an abbreviation uses for a word: its first letter, Đ/D folded; "và" also as "&" (KH&CN). */
function initialOf(word: string): string {
  return foldDiacritics(word[0] ?? "");
}

/** The letters of an abbreviation as matched against initials: folded, "&" read as "và". */
export function abbreviationKey(token: string): string {
  return foldDiacritics(token.normalize("NFC").toLowerCase()).replace(/&/g, "v").replace(/[^a-z]/g, "");
}

/** "Cơ sở dữ liệu (CSDL)", "… (sau đây gọi tắt là CSDL)": a phrase followed by the abbreviation it defines. */
const definitionPattern = /([\p{L}\s,&-]{3,120}?)\s*\(\s*(?:sau đây (?:gọi|viết) tắt là|gọi tắt là|viết tắt là)?\s*([\p{Lu}Đ][\p{Lu}Đ&]{1,9})\s*\)/gu;

/**
 * Abbreviations learned from the documents themselves: those a document defines, and those whose
 * letters are the initials of a phrase the documents use ("KQ" → "kết quả", "ĐA" → "đề án"),
 * ranked by how often the documents use the phrase. Nothing here is a list: the readings come
 * from the indexed texts. Lookups are computed on first use and kept.
 */
export class DocumentAbbreviations {
  /** Every word of every text segment, normalised (diacritics kept); segments separated by "" entries. */
  private readonly words: string[] = [];
  /** One initial per word of `words`, "|" between segments: the string abbreviations are searched in. */
  private initials = "";
  private readonly wordFile: number[] = [];
  private readonly texts: VocabularyText[];
  private readonly definitions = new Map<string, AbbreviationReading[]>();
  private readonly cache = new Map<string, AbbreviationReading[]>();
  /** Folded words the documents use, and the folded tokens they write in capitals ("KH", "QĐ", "DTI"). */
  private readonly foldedWords = new Set<string>();
  private readonly capitalTokens = new Set<string>();

  constructor(texts: VocabularyText[]) {
    this.texts = texts;
    const initials: string[] = [];
    texts.forEach((entry, textIndex) => {
      for (const segment of entry.text.normalize("NFC").split(/[^\p{L}\s&]+|\n/u)) {
        const segmentWords = normalizeText(segment).split(" ").filter((word) => /^\p{L}+$/u.test(word));
        if (segmentWords.length < 2) continue;
        for (const word of segmentWords) {
          this.words.push(word);
          this.wordFile.push(textIndex);
          initials.push(initialOf(word));
        }
        this.words.push("");
        this.wordFile.push(textIndex);
        initials.push("|");
      }
      this.learnDefinitions(entry);
      for (const word of foldDiacritics(normalizeText(entry.text)).split(" ")) this.foldedWords.add(word);
      for (const token of entry.text.normalize("NFC").match(/(?<![\p{L}\p{N}])[\p{Lu}][\p{Lu}&]+(?![\p{L}\p{N}])/gu) ?? []) {
        this.capitalTokens.add(abbreviationKey(token));
      }
    });
    this.initials = initials.join("");
  }

  private learnDefinitions(entry: VocabularyText): void {
    for (const match of entry.text.normalize("NFC").matchAll(definitionPattern)) {
      const [whole, before = "", short = ""] = match;
      const key = abbreviationKey(short);
      const words = normalizeText(before).split(" ").filter((word) => word !== "");
      // The phrase is the run of words just before the parenthesis (or a word or two earlier: "… công tỉnh (TTPVHCC)") whose initials spell it.
      const phraseWords = [0, 1, 2]
        .map((skip) => words.slice(words.length - skip - key.length, words.length - skip))
        .find((run) => run.length === key.length && run.map(initialOf).join("") === key);
      if (!phraseWords) continue;
      const phrase = phraseWords.join(" ");
      const known = this.definitions.get(key) ?? [];
      if (!known.some((reading) => reading.phrase === phrase)) {
        known.push({ phrase, count: 0, defined: true, example: { file: entry.file, text: whole.trim() } });
        this.definitions.set(key, known);
      }
    }
  }

  /** True when the documents use this word (compared folded). */
  usesWord(word: string): boolean {
    return this.foldedWords.has(foldDiacritics(normalizeText(word)));
  }

  /** True when the documents write this token in capitals themselves ("KH" in "429/KH-UBND"). */
  writesInCapitals(token: string): boolean {
    return this.capitalTokens.has(abbreviationKey(token));
  }

  /** The readings of an abbreviation, best first; empty when the documents give none. */
  readings(token: string): AbbreviationReading[] {
    const key = abbreviationKey(token);
    if (key.length < 2 || key.length > maxLetters) return [];
    const cached = this.cache.get(key);
    if (cached) return cached;
    const found = this.lookUp(key);
    this.cache.set(key, found);
    return found;
  }

  private lookUp(key: string): AbbreviationReading[] {
    const counts = new Map<string, { count: number; at: number }>();
    for (let at = this.initials.indexOf(key); at !== -1; at = this.initials.indexOf(key, at + 1)) {
      const phraseWords = this.words.slice(at, at + key.length);
      const first = phraseWords[0] ?? "";
      const last = phraseWords[phraseWords.length - 1] ?? "";
      if (functionWords.has(first) || functionWords.has(last)) continue;
      const phrase = phraseWords.join(" ");
      const entry = counts.get(phrase);
      if (entry) entry.count += 1;
      else counts.set(phrase, { count: 1, at });
    }
    const defined = (this.definitions.get(key) ?? []).map((reading) => ({ ...reading, count: counts.get(reading.phrase)?.count ?? 1 }));
    const used = [...counts.entries()]
      .filter(([phrase, entry]) => entry.count >= minUses && !defined.some((reading) => reading.phrase === phrase))
      .sort(([leftPhrase, left], [rightPhrase, right]) => right.count - left.count || leftPhrase.localeCompare(rightPhrase))
      .map(([phrase, entry]): AbbreviationReading => ({ phrase, count: entry.count, defined: false, example: this.exampleAt(entry.at) }));
    const top = Math.max(0, ...used.map((reading) => reading.count));
    // A definition written in a document comes first; then the phrases by use, as long as they are used comparably often.
    return [...defined, ...used.filter((reading) => reading.count >= top * minShare)].slice(0, maxReadings);
  }

  private exampleAt(wordIndex: number): { file: string; text: string } {
    const text = this.texts[this.wordFile[wordIndex] ?? 0];
    return { file: text?.file ?? "", text: (text?.text ?? "").replace(/\s+/g, " ").slice(0, 160) };
  }
}
