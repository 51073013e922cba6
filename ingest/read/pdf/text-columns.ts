import type { Word } from "./geometry.js";

/**
 * The columns of a run of text lines, found from where their words are (pdfplumber's "text"
 * strategy, read as whitespace): the x ranges no word of any line touches, between the run's
 * leftmost and rightmost word, are the gutters between columns. In body text the gaps between
 * words fall at different places on every line, so a few lines together leave no gutter; in a
 * table every line keeps clear of the same gutters.
 */

/** A line of words on one baseline, left to right. */
export interface WordLine {
  words: Word[];
  top: number;
  bottom: number;
  size: number;
}

/** An x range [from, to]. */
export interface Span {
  from: number;
  to: number;
}

/** A gap narrower than this (points) is not a gutter: words drawn touching, or estimated widths overlapping. */
const minimumGutter = 0.5;

export function toWordLine(words: Word[]): WordLine {
  return {
    words,
    top: Math.min(...words.map((word) => word.top)),
    bottom: Math.max(...words.map((word) => word.bottom)),
    size: Math.max(...words.map((word) => word.size)),
  };
}

/** The x ranges covered by the words of `lines`, merged, left to right. */
export function coverage(lines: WordLine[]): Span[] {
  return merge(lines.flatMap((line) => line.words.map((word) => ({ from: word.x0, to: word.x1 }))));
}

/** A coverage with one more line's words. */
export function addToCoverage(covered: Span[], line: WordLine): Span[] {
  return merge([...covered, ...line.words.map((word) => ({ from: word.x0, to: word.x1 }))]);
}

function merge(spans: Span[]): Span[] {
  spans.sort((left, right) => left.from - right.from);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.from <= last.to + minimumGutter) last.to = Math.max(last.to, span.to);
    else merged.push({ ...span });
  }
  return merged;
}

/** The gutters of a coverage: the gaps between its merged ranges. */
export function gutters(covered: Span[]): Span[] {
  return covered.slice(1).map((span, index) => ({ from: covered[index]?.to ?? span.from, to: span.from }));
}

export function guttersOf(lines: WordLine[]): Span[] {
  return gutters(coverage(lines));
}

/** Column index of a word: the number of gutters to its left. */
export function columnOf(word: Word, between: Span[]): number {
  let column = 0;
  while (column < between.length && (between[column]?.to ?? Infinity) <= word.x0 + 0.01) column += 1;
  return column;
}
