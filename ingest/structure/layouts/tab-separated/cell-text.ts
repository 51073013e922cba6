/**
 * Cell text as DOCX exports write it: wrapped lines, HTML paragraphs and lists, non-breaking
 * spaces. `cleanCellText` gives the text a reader sees, on one line with single spaces.
 */

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_match, name: string) => entities[name] ?? "");
}

/** Removes HTML tags (keeping their text), decodes common entities, collapses whitespace. */
export function cleanCellText(raw: string): string {
  return decodeEntities(raw.replace(/<\/?[a-zA-Z][^>]*>/g, " "))
    .replace(/[\u00a0\u2000-\u200b\u202f\u3000]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Splits a raw cell into its HTML blocks (`<p>…</p>`, `<ul>…</ul>`), each cleaned; text outside
 * blocks counts as a block of its own. A cell without HTML gives one block.
 */
export function htmlBlocks(raw: string): string[] {
  const blocks: string[] = [];
  const pattern = /<(p|ul|ol|li|div)\b[^>]*>([\s\S]*?)<\/\1>/gi;
  let last = 0;
  for (let match = pattern.exec(raw); match; match = pattern.exec(raw)) {
    blocks.push(raw.slice(last, match.index));
    blocks.push(match[2] ?? "");
    last = match.index + match[0].length;
  }
  blocks.push(raw.slice(last));
  return blocks.map(cleanCellText).filter((block) => block !== "");
}

/** True when the text starts with a lower-case letter (after leading punctuation such as quotes). */
export function startsLowercase(text: string): boolean {
  const first = text.match(/\p{L}/u)?.[0];
  if (!first) return false;
  const firstIndex = text.indexOf(first);
  if (/[\p{L}\p{N}]/u.test(text.slice(0, firstIndex))) return false;
  return first !== first.toUpperCase() && first === first.toLowerCase();
}

/** True when the text does not end like a finished phrase (no closing punctuation). */
export function endsUnfinished(text: string): boolean {
  return !/[.;:!?)\]”"…]$/.test(text.trim());
}

/** A cell holding only a number or an amount ("113.872", "74,2%", "≥ 50", "0"). */
export function isNumericCell(text: string): boolean {
  return /^[≥≤<>~]?\s*[\d.,]+\s*%?$/.test(text.trim());
}

/** True when the cell holds words (not only digits, amounts or punctuation). */
export function hasWords(text: string): boolean {
  return /\p{L}/u.test(text) && !isNumericCell(text);
}
