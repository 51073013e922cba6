import { foldText } from "../fold.js";
import type { AgencyEntry } from "./glossary-schema.js";

/** Character trigrams of a folded name, with word edges marked so short words count. */
function trigrams(folded: string): Set<string> {
  const padded = ` ${folded} `;
  const grams = new Set<string>();
  for (let index = 0; index + 3 <= padded.length; index += 1) grams.add(padded.slice(index, index + 3));
  return grams;
}

function dice(left: Set<string>, right: Set<string>): number {
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared += 1;
  return (2 * shared) / (left.size + right.size);
}

/**
 * The agencies whose name or any spelling looks most like `written` ("Sở Khoa hoc cong nghe",
 * "So Y te tinh"), best first, ignoring diacritics and case. `among` limits the answer to these
 * canonical names (e.g. the agencies that hold tasks); every entry is considered when it is empty.
 */
export function closestAgencies(written: string, entries: AgencyEntry[], among: ReadonlySet<string>, limit = 3): string[] {
  const wanted = trigrams(foldText(written));
  const scored: { canonical: string; score: number }[] = [];
  for (const entry of entries) {
    if (among.size > 0 && !among.has(entry.canonical)) continue;
    const score = Math.max(...[entry.canonical, ...entry.aliases].map((name) => dice(wanted, trigrams(foldText(name)))));
    if (score > 0) scored.push({ canonical: entry.canonical, score });
  }
  return scored
    .sort((left, right) => right.score - left.score || left.canonical.localeCompare(right.canonical))
    .slice(0, limit)
    .map((entry) => entry.canonical);
}
