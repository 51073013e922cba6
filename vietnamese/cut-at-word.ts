/** The text cut between words to at most `max` characters, with "…" when something was cut. */
export function cutAtWord(text: string, max: number): string {
  const words = text.trim().split(/\s+/);
  let short = "";
  for (const word of words) {
    const longer = short === "" ? word : `${short} ${word}`;
    if (longer.length > max) return short === "" ? `${word.slice(0, max)}…` : `${short}…`;
    short = longer;
  }
  return short;
}
