/**
 * The cap on what a person may ask, shared by every entry point (bots, console, `npm run ask`):
 * a longer question is cut at the last word boundary before the limit, and the caller says so.
 * The cut is done on the raw text, before any matching runs, so the cost of answering never
 * grows with what was sent.
 */
export function limitQuestion(text: string, maxChars: number): { question: string; cut: boolean } {
  if (text.length <= maxChars) return { question: text, cut: false };
  const head = text.slice(0, maxChars);
  const space = head.search(/\s\S*$/u);
  return { question: (space > maxChars / 2 ? head.slice(0, space) : head).trim(), cut: true };
}
