import type { SourceLine } from "../../../read/source-text.js";

const appendixPattern = /^\s*PHỤ\s+LỤC\s+([IVX]+|\d+)\b/iu;

/** The appendix a table sits in: the nearest "PHỤ LỤC II" heading above it, written "Phụ lục II". */
export function appendixAbove(lines: SourceLine[], line: number): string | null {
  for (let index = Math.min(line, lines.length) - 1; index >= 0; index -= 1) {
    const match = appendixPattern.exec(lines[index]?.text ?? "");
    if (match) return `Phụ lục ${(match[1] ?? "").toUpperCase()}`;
  }
  return null;
}
