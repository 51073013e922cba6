import type { SourceLine } from "../../../read/source-text.js";

/**
 * The appendix a table sits in ("Phụ lục I", "PHỤ LỤC"), from the section breadcrumb or, when
 * the breadcrumb has none, from the nearest appendix heading line above the table.
 */

const appendixPattern = /^ph[ụu]\s*l[ụu]c(?:\s+(?:số\s+)?([IVXLC]+|\d+[a-zA-Z]?|[A-ZĐ]))?(?=$|[\s.:\-–—,)(])/iu;

function stripMarkup(text: string): string {
  return text.replace(/[*_#>]+/g, " ").replace(/\s+/g, " ").trim();
}

/** "Phụ lục III" from "Phụ lục III", "**PHỤ LỤC III**", "Phụ lục III: DANH MỤC…"; null for other text. */
export function appendixLabel(text: string): string | null {
  const match = stripMarkup(text).normalize("NFC").match(appendixPattern);
  if (!match) return null;
  return match[1] ? `Phụ lục ${match[1]}` : "Phụ lục";
}

/** A line that is an appendix heading on its own (short, starts with Phụ lục), not a sentence citing one. */
function isAppendixHeadingLine(text: string): boolean {
  const stripped = stripMarkup(text);
  return stripped.length <= 80 && appendixLabel(stripped) !== null && !stripped.includes("\t");
}

/** The nearest appendix heading line at or above a 1-based line number, or null. */
export function findAppendixHeadingAbove(lines: SourceLine[], line: number): SourceLine | null {
  for (let index = Math.min(line, lines.length) - 1; index >= 0; index -= 1) {
    const candidate = lines[index];
    if (candidate && isAppendixHeadingLine(candidate.text)) return candidate;
  }
  return null;
}

/** The appendix label for a table starting at `line`: the last breadcrumb entry naming one, else the heading above. */
export function appendixFor(breadcrumb: string[], lines: SourceLine[], line: number): string | null {
  for (const crumb of [...breadcrumb].reverse()) {
    const label = appendixLabel(crumb);
    if (label) return label;
  }
  const heading = findAppendixHeadingAbove(lines, line);
  return heading ? appendixLabel(heading.text) : null;
}

/** A simple breadcrumb function for tests and fallbacks: [appendix heading text] from the nearest heading above. */
export function appendixBreadcrumbs(lines: SourceLine[]): (line: number) => string[] {
  return (line) => {
    const heading = findAppendixHeadingAbove(lines, line);
    return heading ? [stripMarkup(heading.text)] : [];
  };
}
