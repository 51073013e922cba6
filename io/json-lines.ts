/**
 * JSON lines in and out, safe against what a file or a person may hold: a byte-order mark at
 * the start of a line, lines of any length (read in bounded memory), and the characters that
 * JSON allows raw but line-based readers split on (U+2028, U+2029, U+0085).
 */

/** One JSON line; the characters some readers take for line ends are written as \u escapes. */
export function toJsonLine(value: unknown): string {
  return JSON.stringify(value).replace(/[\u2028\u2029\u0085]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Parses one line of JSON; a leading byte-order mark (as editors on Windows write) is ignored. */
export function parseJsonLine(line: string): unknown {
  return JSON.parse(line.replace(/^\uFEFF/, ""));
}

export interface BoundedLine {
  /** 1-based line number in the stream. */
  number: number;
  /** The line without its end; only the first `maxBytes` bytes when `overflowed`. */
  text: string;
  /** True when the line was longer than `maxBytes`; the rest was skipped unread. */
  overflowed: boolean;
}

/**
 * Splits a byte stream into lines ("\n" or "\r\n"), keeping at most `maxBytes` of each: a line of
 * a gigabyte costs `maxBytes` of memory and one pass over its bytes, and the lines after it are
 * still read.
 */
export async function* readBoundedLines(stream: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<BoundedLine> {
  let pieces: Buffer[] = [];
  let kept = 0;
  let overflowed = false;
  let number = 0;
  const finish = (): BoundedLine => {
    number += 1;
    let text = Buffer.concat(pieces).toString("utf8");
    if (text.endsWith("\r")) text = text.slice(0, -1);
    const line = { number, text, overflowed };
    pieces = [];
    kept = 0;
    overflowed = false;
    return line;
  };
  const keep = (bytes: Buffer) => {
    const room = maxBytes - kept;
    if (bytes.length > room) overflowed = true;
    const part = bytes.length > room ? bytes.subarray(0, Math.max(0, room)) : bytes;
    if (part.length > 0) {
      pieces.push(Buffer.from(part));
      kept += part.length;
    }
  };
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    let start = 0;
    for (let end = bytes.indexOf(0x0a, start); end >= 0; end = bytes.indexOf(0x0a, start)) {
      keep(bytes.subarray(start, end));
      yield finish();
      start = end + 1;
    }
    keep(bytes.subarray(start));
  }
  if (kept > 0 || overflowed) yield finish();
}
