import { foldDiacritics, foldText } from "../../../vietnamese/fold.js";
import { isVietnameseSyllable } from "../../../vietnamese/syllable.js";
import type { AbbreviationReading, DocumentAbbreviations } from "./document-abbreviations.js";
import { escapeRegExp } from "../../../vietnamese/escape-regexp.js";

/** An abbreviation of the question read from the documents, with every reading kept. */
export interface LearnedAbbreviation {
  written: string;
  readings: AbbreviationReading[];
}

export interface LearnedExpansion {
  /** The question with each abbreviation replaced by its best reading. */
  question: string;
  /** The question with the other readings of an ambiguous abbreviation, one each. */
  alternatives: string[];
  abbreviations: LearnedAbbreviation[];
}

/** Readings of ambiguous abbreviations tried besides the best one. */
const maxAlternatives = 2;

/**
 * A word of the question that can only be an abbreviation the documents do not spell out as such:
 * letters only, not one the glossary knows, and either no Vietnamese syllable at all ("kq",
 * "tmdt") or written in capitals ("ĐA") where the documents never write it so ("KH", "QĐ" they do).
 */
function isCandidate(word: string, abbreviations: DocumentAbbreviations, glossaryKnows: (folded: string) => boolean): boolean {
  if (!/^[\p{L}&]{2,8}$/u.test(word) || glossaryKnows(foldText(word))) return false;
  const capitals = /^[\p{Lu}&]+$/u.test(word);
  if (capitals) return !abbreviations.writesInCapitals(word);
  return !isVietnameseSyllable(word) && !abbreviations.usesWord(word);
}

/**
 * Writes out the abbreviations of a question that the documents define or whose letters are the
 * initials of a phrase the documents use ("KQ 5G 2025" → "kết quả 5G 2025"). The reading is
 * written with diacritics in a question typed with them, folded in one typed without.
 */
export function expandLearnedAbbreviations(
  question: string,
  abbreviations: DocumentAbbreviations,
  glossaryKnows: (folded: string) => boolean,
  /** Words of names the question already reads otherwise ("TC" in "Sở TC"): not abbreviations to write out. */
  named: ReadonlySet<string> = new Set(),
): LearnedExpansion {
  const words = question.normalize("NFC").match(/[\p{L}&]+/gu) ?? [];
  const candidates = [...new Set(words)].filter((word) => !named.has(word) && isCandidate(word, abbreviations, glossaryKnows));
  // The question's other words tell which reading is meant ("TC" beside "ngân hàng").
  const context = new Set(words.filter((word) => !candidates.includes(word) && word.length > 1).map((word) => foldDiacritics(word.toLowerCase())));
  const found: LearnedAbbreviation[] = [];
  for (const word of candidates) {
    const readings = abbreviations.readingsInContext(word, context);
    if (readings.length > 0) found.push({ written: word, readings });
  }
  if (found.length === 0) return { question, alternatives: [], abbreviations: [] };
  const rest = found.reduce((text, abbreviation) => text.split(abbreviation.written).join(" "), question.normalize("NFC"));
  const accented = foldDiacritics(rest) !== rest;
  const written = (reading: AbbreviationReading) => (accented ? reading.phrase : foldDiacritics(reading.phrase));
  const replace = (text: string, word: string, by: string) =>
    text.replace(new RegExp(`(?<![\\p{L}\\p{N}&])${escapeRegExp(word)}(?![\\p{L}\\p{N}&])`, "gu"), by);
  const best = found.reduce((text, abbreviation) => replace(text, abbreviation.written, written(abbreviation.readings[0] as AbbreviationReading)), question.normalize("NFC"));
  const alternatives = found
    .flatMap((abbreviation) => abbreviation.readings.slice(1).map((reading) => replace(best, written(abbreviation.readings[0] as AbbreviationReading), written(reading))))
    .slice(0, maxAlternatives);
  return { question: best, alternatives, abbreviations: found };
}
