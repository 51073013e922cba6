import type { SourceLine } from "../../../read/source-text.js";
import { squeeze } from "./line-patterns.js";

/** The appendix a table sits in: from the breadcrumb, else the nearest "Phụ lục N" line above. */
export function appendixAt(lines: SourceLine[], index: number, breadcrumb: string[]): string | null {
  const fromBreadcrumb = breadcrumb.find((label) => /^Phụ lục\b/i.test(label));
  const label = (text: string) => squeeze(text).match(/^(Phụ lục\s+[0-9IVXLC]+)\b/i)?.[1] ?? null;
  if (fromBreadcrumb) return label(fromBreadcrumb) ?? fromBreadcrumb;
  for (let back = index; back >= 0; back -= 1) {
    const found = label(lines[back]?.text ?? "");
    if (found) return found;
  }
  return null;
}
