/**
 * How often two words follow each other inside one line of the document. A cell wrapped over
 * two lines usually cuts between words that often go together ("địa | phương", "trực | tuyến");
 * two fragments of different cells rarely form a known pair ("doanh nghiệp | phương").
 */
export class WordPairs {
  private readonly counts = new Map<string, number>();

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
    const left = WordPairs.words(before).at(-1);
    const right = WordPairs.words(after)[0];
    if (left === undefined || right === undefined || /[,;.:)]$/.test(left)) return null;
    return this.counts.get(`${left} ${right}`) ?? 0;
  }
}
