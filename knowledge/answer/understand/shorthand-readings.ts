import { foldDiacritics, foldText } from "../../../vietnamese/fold.js";
import { shorthandWords } from "../../../vietnamese/glossary/chat-shorthand.js";
import { escapeRegExp } from "../../../vietnamese/escape-regexp.js";
import type { AbbreviationReading, DocumentAbbreviations } from "./document-abbreviations.js";

/** Other readings of shorthand tried besides the one the shorthand table writes. */
const maxAlternatives = 2;

/**
 * Chat shorthand made of initials ("kt" → "kinh tế", "ht" → "hạ tầng") is written out before a
 * question is read, but the documents may use the same initials for other phrases ("kiểm tra",
 * "hoàn thành"): "QĐ quy trình KT ATTT", "hạn HT?". Those readings, ranked by the documents'
 * use in the question's context, give the question's other versions, one each: the shorthand
 * reading stays the first, the others add their topics. Only shorthand the documents read so
 * themselves: "bn" is chat for "bao nhiêu", which no document's initials spell.
 */
export function otherShorthandReadings(asked: string, expanded: string, abbreviations: DocumentAbbreviations): string[] {
  const words = asked.normalize("NFC").match(/[\p{L}&]+/gu) ?? [];
  const accented = foldDiacritics(asked) !== asked;
  const alternatives: string[] = [];
  for (const { written, long } of shorthandWords(asked)) {
    // Shorthand the documents do not read so ("bn" for "bao nhiêu") is chat, not one of their names: it stays as written out.
    if (!abbreviations.readingsInContext(written, new Set()).some((reading) => foldText(reading.phrase) === foldText(long))) continue;
    const context = new Set(words.filter((word) => word !== written && word.length > 1).map((word) => foldDiacritics(word.toLowerCase())));
    const others = abbreviations.readingsInContext(written, context).filter((reading) => foldText(reading.phrase) !== foldText(long));
    for (const reading of others) alternatives.push(replaceWritten(expanded, long, phraseOf(reading, accented)));
  }
  return [...new Set(alternatives)].filter((alternative) => alternative !== expanded).slice(0, maxAlternatives);
}

const phraseOf = (reading: AbbreviationReading, accented: boolean) => (accented ? reading.phrase : foldDiacritics(reading.phrase));

function replaceWritten(text: string, long: string, by: string): string {
  return text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(long)}(?![\\p{L}\\p{N}])`, "u"), by);
}
