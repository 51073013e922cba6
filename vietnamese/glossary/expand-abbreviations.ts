import type { AbbreviationEntry } from "./glossary-schema.js";
import { findKeyHits, foldWithOffsets, matchKey } from "./match-key.js";
import { escapeRegExp } from "../escape-regexp.js";

const casePatterns = new Map<string, RegExp>();

/** The pattern of a case-sensitive form, made once per process. */
function casePattern(form: string): RegExp {
  let pattern = casePatterns.get(form);
  if (pattern === undefined) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form.normalize("NFC"))}(?![\\p{L}\\p{N}])`, "u");
    casePatterns.set(form, pattern);
  }
  return pattern;
}

/** A folded text and its words: a key can only be found in it when its first word is one of them (keys start on a word boundary). */
interface FoldedWords {
  folded: string;
  words: ReadonlySet<string>;
}

function keyHits(text: FoldedWords, key: string) {
  const firstWord = key.split(" ", 1)[0] ?? "";
  return text.words.has(firstWord) ? findKeyHits(text.folded, key) : [];
}

function firstPosition(entry: AbbreviationEntry, source: string, folded: FoldedWords): number {
  const forms = [entry.abbreviation, ...entry.variants];
  const positions: number[] = [];
  for (const form of forms) {
    if (entry.caseSensitive === true) {
      const match = casePattern(form).exec(source);
      if (match) positions.push(match.index);
    } else {
      const hit = keyHits(folded, matchKey(form))[0];
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
  const { folded: foldedText } = foldWithOffsets(source);
  const folded: FoldedWords = { folded: foldedText, words: new Set(foldedText.split(" ")) };
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
      if (presentKeys.has(key) || keyHits(folded, key).length > 0) continue;
      presentKeys.add(key);
      additions.push(expansion);
    }
  }
  return additions.length === 0 ? text : `${text} ${additions.join(" ")}`;
}
