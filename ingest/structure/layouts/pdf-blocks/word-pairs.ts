/**
 * How often two words follow each other inside one line of the document. A cell wrapped over
 * two lines usually cuts between words that often go together ("địa | phương", "trực | tuyến");
 * two fragments of different cells rarely form a known pair ("doanh nghiệp | phương").
 */
export class WordPairs {
  private readonly counts = new Map<string, number>();
  /** Answers by `before`, then `after`: the texts are asked about again and again, and a key joining two long lines would be hashed anew each time. */
  private readonly joins = new Map<string, Map<string, number | null>>();

  constructor(lineTexts: string[]) {
    for (const text of lineTexts) {
      const words = WordPairs.words(text);
      for (let index = 1; index < words.length; index += 1) {
        const key = `${words[index - 1]} ${words[index]}`;
        this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
      }
    }
  }

  private static words(text: string): string[] {
    return text.toLowerCase().split(/\s+/).filter((word) => word !== "");
  }

  /** Count of "last word of `before`" followed by "first word of `after`"; null when punctuation ends `before`. */
  joinCount(before: string, after: string): number | null {
    // Only the last word of one text and the first of the other matter; the column search asks
    // about the same pairs of lines many times.
    let answers = this.joins.get(before);
    if (answers === undefined) {
      answers = new Map();
      this.joins.set(before, answers);
    }
    const known = answers.get(after);
    if (known !== undefined) return known;
    const left = /(\S+)\s*$/.exec(before)?.[1]?.toLowerCase();
    const right = /^\s*(\S+)/.exec(after)?.[1]?.toLowerCase();
    const count = left === undefined || right === undefined || /[,;.:)]$/.test(left) ? null : this.counts.get(`${left} ${right}`) ?? 0;
    answers.set(after, count);
    return count;
  }
}
