/**
 * Results computed from texts, kept by a pure function of one text: bounded by the characters they
 * hold (texts and results), not by their number, so that a cache filled with long passages during
 * a large ingest takes no more memory than one filled with short titles. Past the budget it starts
 * over, as the caches it replaces did past their count.
 */
export function rememberedByText<T>(budgetCharacters: number, compute: (text: string) => T, sizeOf: (value: T) => number = () => 0): (text: string) => T {
  const entries = new Map<string, T>();
  let characters = 0;
  return (text) => {
    const known = entries.get(text);
    if (known !== undefined) return known;
    const value = compute(text);
    const cost = text.length + sizeOf(value);
    if (cost > budgetCharacters / 16) return value; // one text this long would crowd out the rest
    if (characters + cost > budgetCharacters) {
      entries.clear();
      characters = 0;
    }
    entries.set(text, value);
    characters += cost;
    return value;
  };
}

/** The size of a string result, for `rememberedByText`. */
export const textLength = (value: string): number => value.length;
