import type { AbbreviationEntry } from "./glossary-schema.js";
import { findKeyHits, foldWithOffsets, matchKey } from "./match-key.js";

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function firstPosition(entry: AbbreviationEntry, source: string, folded: string): number {
  const forms = [entry.abbreviation, ...entry.variants];
  const positions: number[] = [];
  for (const form of forms) {
    if (entry.caseSensitive === true) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeForPattern(form.normalize("NFC"))}(?![\\p{L}\\p{N}])`, "u");
      const match = pattern.exec(source);
      if (match) positions.push(match.index);
    } else {
      const hit = findKeyHits(folded, matchKey(form))[0];
      if (hit !== undefined) positions.push(hit.foldedStart);
    }
  }
  return positions.length === 0 ? -1 : Math.min(...positions);
}

/**
 * Appends the expansions of the abbreviations found in the text ("csdl nhà ở" →
 * "csdl nhà ở cơ sở dữ liệu"), in order of appearance, skipping expansions already present.
 * Matching ignores case and diacritics, except for entries marked caseSensitive.
 */
export function expandAbbreviationsIn(entries: AbbreviationEntry[], text: string): string {
  const source = text.normalize("NFC");
  const { folded } = foldWithOffsets(source);
  const found: { position: number; entry: AbbreviationEntry }[] = [];
  for (const entry of entries) {
    const position = firstPosition(entry, source, folded);
    if (position >= 0) found.push({ position, entry });
  }
  found.sort((left, right) => left.position - right.position);
  const additions: string[] = [];
  const presentKeys = new Set<string>();
  for (const { entry } of found) {
    for (const expansion of entry.expansions) {
      const key = matchKey(expansion);
      if (presentKeys.has(key) || findKeyHits(folded, key).length > 0) continue;
      presentKeys.add(key);
      additions.push(expansion);
    }
  }
  return additions.length === 0 ? text : `${text} ${additions.join(" ")}`;
}
