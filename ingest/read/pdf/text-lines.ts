import type { Box, Word } from "./geometry.js";

/** Text lines rebuilt from a page's words, and the text of a table cell from its lines. */

export interface TextLine extends Box {
  text: string;
  size: number;
  bold: boolean;
  /** The words the line was joined from, left to right (absent on lines built by hand). */
  words?: Word[];
}

/** Groups words into lines by baseline and joins each line's words left to right. */
export function wordsToLines(words: Word[]): TextLine[] {
  return groupByBaseline(words).map(joinLine);
}

/** Groups words written on one baseline, top to bottom; each group's words left to right. */
export function groupByBaseline(words: Word[]): Word[][] {
  const sorted = [...words].sort((left, right) => left.bottom - right.bottom || left.x0 - right.x0);
  const groups: Word[][] = [];
  for (const word of sorted) {
    const group = groups[groups.length - 1];
    const last = group?.[group.length - 1];
    if (group && last && Math.abs(word.bottom - last.bottom) <= Math.max(1.5, 0.3 * Math.min(word.size, last.size))) group.push(word);
    else groups.push([word]);
  }
  return groups.map((group) => [...group].sort((left, right) => left.x0 - right.x0));
}

/** One line's words joined left to right, a space where they stand apart. */
export function joinLine(group: Word[]): TextLine {
  const ordered = [...group].sort((left, right) => left.x0 - right.x0);
  let text = "";
  let previous: Word | null = null;
  for (const word of ordered) {
    if (previous && word.x0 - previous.x1 > 0.1 * Math.min(word.size, previous.size)) text += " ";
    text += word.text;
    previous = word;
  }
  const boldChars = ordered.filter((word) => word.bold).reduce((sum, word) => sum + word.text.length, 0);
  return {
    text,
    x0: Math.min(...ordered.map((word) => word.x0)),
    x1: Math.max(...ordered.map((word) => word.x1)),
    top: Math.min(...ordered.map((word) => word.top)),
    bottom: Math.max(...ordered.map((word) => word.bottom)),
    size: Math.max(...ordered.map((word) => word.size)),
    bold: boldChars * 2 > text.replace(/\s/g, "").length,
    words: ordered,
  };
}

/**
 * Joins a cell's lines with spaces, except where the line break cut a word:
 * - after a hyphen inside a word ("09-" / "KH/TU" → "09-KH/TU");
 * - where an abbreviation or number wider than the cell was broken ("ST" / "T" in a narrow
 *   "STT" column): the line is one word filling the cell from padding to padding, and the word
 *   put back together has no lower-case letter. Vietnamese syllables are short and spaced, so a
 *   lower-case word that fills a line was wrapped, not broken ("Thường" / "xuyên" stays two
 *   words); a word broken inside a longer token ("phận/đầ" / "u") is left spaced.
 */
export function cellText(lines: TextLine[], cell: Box): string {
  let text = "";
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (previous) {
      const left = previous.x0 - cell.x0;
      const right = cell.x1 - previous.x1;
      const fills = !previous.text.includes(" ") && left <= 0.6 * previous.size && right <= Math.max(left, 0) + 0.5 * previous.size;
      const rejoined = previous.text + (line.text.split(" ")[0] ?? "");
      const closed = /[,.;:!?)]$/.test(previous.text);
      const broken = (fills && !closed && !/\p{Ll}/u.test(rejoined)) || /[\p{L}\p{N}]-$/u.test(previous.text);
      if (!broken) text += " ";
    }
    text += line.text;
  });
  return text;
}

