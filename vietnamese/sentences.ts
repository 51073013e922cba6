import { isCapsLine } from "./letter-case.js";

/**
 * The sentences of body text as documents write it: lines wrapped anywhere (raw PDF text breaks a
 * sentence every few words, with blank lines between), list items ("-", "+", "a)", "2.") that
 * start a new unit, and several sentences on one line. A line continues the sentence above unless
 * that one ended (". ; ! ? :") or the line starts a list item. Each sentence keeps the index of the
 * line it starts on, so that it can be cited.
 */
export interface TextSentence {
  text: string;
  /** Index in the given lines of the line the sentence starts on. */
  lineIndex: number;
}

const itemStart = /^\s*(?:[-+•*–]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ]\)\s|[IVX]{1,4}\.\s)/u;
const sentenceEnd = /[.;!?:]["”»)]?\s*$/u;
/** Where a line's text splits into sentences: after ". ; ! ?" before a capital, a digit or a list marker. */
const innerBoundary = /(?<=[.;!?])\s+(?=[\p{Lu}\d]|[-+•]\s)/u;

/** The line ends a sentence (". ; ! ? :", maybe before a closing quote or bracket). */
export function endsSentence(line: string): boolean {
  return sentenceEnd.test(line);
}

export function startsListItem(line: string): boolean {
  return itemStart.test(line);
}

/** The numbering or bullet that opens a list item ("-", "3.", "2.1)", "a)"), with the spaces after it. */
const leadingListMark = /^\s*(?:[-+•]|\d+(?:\.\d+)*[.)]|[a-zđ][.)])\s*/iu;

/** The text without the numbering or bullet that opens it ("- Tham mưu …" → "Tham mưu …"). */
export function withoutListMark(text: string): string {
  return text.replace(leadingListMark, "");
}

export function sentencesOfLines(lines: readonly string[]): TextSentence[] {
  const paragraphs: { text: string; lineIndex: number; starts: { offset: number; lineIndex: number }[] }[] = [];
  let current: (typeof paragraphs)[number] | null = null;
  lines.forEach((raw, lineIndex) => {
    const line = raw.replace(/\s+/g, " ").trim();
    if (line === "") return;
    // A line in capitals ("KẾ HOẠCH", "II. NHIỆM VỤ") is a heading or a title: a unit of its own.
    if (current && !endsSentence(current.text) && !startsListItem(line) && !isCapsLine(line) && !isCapsLine(current.text)) {
      current.starts.push({ offset: current.text.length + 1, lineIndex });
      current.text = `${current.text} ${line}`;
      return;
    }
    current = { text: line, lineIndex, starts: [{ offset: 0, lineIndex }] };
    paragraphs.push(current);
  });
  const sentences: TextSentence[] = [];
  for (const paragraph of paragraphs) {
    let offset = 0;
    for (const part of splitSentences(paragraph.text)) {
      const start = paragraph.text.indexOf(part, offset);
      offset = start + part.length;
      const text = part.trim();
      if (text === "") continue;
      const line = [...paragraph.starts].reverse().find((entry) => entry.offset <= start) ?? paragraph.starts[0];
      sentences.push({ text, lineIndex: line?.lineIndex ?? paragraph.lineIndex });
    }
  }
  return sentences;
}

/** A line's sentences; a list marker ("7.", "a)", "II.") stays with the sentence it opens. */
function splitSentences(text: string): string[] {
  const parts: string[] = [];
  for (const part of text.split(innerBoundary)) {
    const previous = parts.at(-1);
    if (previous !== undefined && /^(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[IVX]{1,4})[.)]$/u.test(previous.trim())) parts[parts.length - 1] = `${previous} ${part}`;
    else parts.push(part);
  }
  return parts;
}
