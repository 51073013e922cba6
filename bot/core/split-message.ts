/**
 * Splits a reply into messages of at most `limit` characters (UTF-16 units, as Telegram and
 * Zalo count them). Cuts prefer paragraph boundaries (blank lines), then line breaks, then
 * sentence ends, then spaces; a word is cut only when it alone is longer than the limit.
 * Every source quote is formatted as one paragraph, so a quote is never cut unless it alone
 * exceeds the limit.
 */
export function splitMessage(text: string, limit: number): string[] {
  if (limit < 1) throw new RangeError(`splitMessage needs a positive limit, got ${limit}`);
  const trimmed = text.trim();
  if (trimmed.length === 0) return [];
  if (trimmed.length <= limit) return [trimmed];
  const paragraphs = trimmed.split(/\n[ \t]*\n+/).map((paragraph) => paragraph.trim()).filter(Boolean);
  return pack(paragraphs, "\n\n", limit, (paragraph) => splitParagraph(paragraph, limit));
}

function splitParagraph(paragraph: string, limit: number): string[] {
  const lines = paragraph.split("\n");
  return pack(lines, "\n", limit, (line) => splitLine(line, limit));
}

/** Joins pieces greedily with `separator`; a piece longer than the limit is broken by `breakPiece`. */
function pack(
  pieces: string[],
  separator: string,
  limit: number,
  breakPiece: (piece: string) => string[],
): string[] {
  const chunks: string[] = [];
  let current = "";
  const flush = () => {
    if (current.length > 0) chunks.push(current);
    current = "";
  };
  for (const piece of pieces) {
    if (piece.length > limit) {
      flush();
      chunks.push(...breakPiece(piece));
      continue;
    }
    const candidate = current.length === 0 ? piece : current + separator + piece;
    if (candidate.length <= limit) {
      current = candidate;
    } else {
      flush();
      current = piece;
    }
  }
  flush();
  return chunks;
}

function splitLine(line: string, limit: number): string[] {
  const chunks: string[] = [];
  let rest = line;
  while (rest.length > limit) {
    const cut = cutPosition(rest, limit);
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) chunks.push(rest);
  return chunks;
}

/** The best place to cut `text` so that the first part fits in `limit`. */
function cutPosition(text: string, limit: number): number {
  const window = text.slice(0, limit + 1);
  const sentenceEnd = Math.max(
    window.lastIndexOf(". "),
    window.lastIndexOf("; "),
    window.lastIndexOf("! "),
    window.lastIndexOf("? "),
  );
  if (sentenceEnd > limit / 2) return sentenceEnd + 1;
  const space = window.lastIndexOf(" ");
  if (space > 0) return space;
  return limit;
}
