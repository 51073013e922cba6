import type { DocumentInfo } from "../../../ingest/records/schemas.js";
import { foldText } from "../../../vietnamese/fold.js";
import { isVietnameseSyllable } from "../../../vietnamese/syllable.js";

const isYear = (word: string) => /^(19|20)\d{2}$/.test(word);

/** Folded words of a text, letters and digits apart ("NQ57" → "nq", "57"); one-letter words left out. */
function words(text: string): string[] {
  return foldText(text)
    .replace(/(\p{L})(\p{N})/gu, "$1 $2")
    .replace(/(\p{N})(\p{L})/gu, "$1 $2")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2);
}

/** Aliases longer than this are titles, whose words are what questions ask about, not names. */
const nameWordLimit = 8;

/** "Kế hoạch" → "kh", "Quyết định" → "qd": how a kind is abbreviated, which names no one document. */
function kindInitials(kind: string): string {
  return words(kind).map((word) => word[0]).join("");
}

/**
 * Which documents a question names by the marks in their own short names ("NQ57", "kế hoạch
 * WBS", "QĐ 1982", "DTI"), learned from the documents' aliases. A mark is a number (a year only
 * when it is the document's own number, "1982/QĐ-UBND") or letters that are no Vietnamese syllable and no kind's initials, used by the names of few
 * documents (at most a third of them, at least one). Ordinary words of a title are no marks.
 */
export class DocumentMentions {
  private readonly marks = new Map<string, Set<string>>();

  constructor(documents: readonly DocumentInfo[]) {
    const namesOf = new Map(
      documents.map((document) => [
        document.file,
        new Set(document.aliases.filter((alias) => alias.split(/\s+/).length <= nameWordLimit).flatMap(words)),
      ]),
    );
    const limit = Math.max(1, Math.floor(documents.length / 3));
    const kinds = new Set(documents.map((document) => kindInitials(document.kind)));
    const ownNumbers = new Set(documents.flatMap((document) => (document.number ? words(document.number) : [])));
    const isMark = (word: string) =>
      /^\d+$/.test(word) ? !isYear(word) || ownNumbers.has(word) : !isVietnameseSyllable(word) && !kinds.has(word);
    const owners = new Map<string, string[]>();
    for (const [file, names] of namesOf) for (const word of names) owners.set(word, [...(owners.get(word) ?? []), file]);
    for (const [word, files] of owners) if (files.length <= limit && isMark(word)) this.marks.set(word, new Set(files));
  }

  /** The marks of one document's short names ("wbs", "nq", "57"): words that name it, not a subject. */
  marksOf(file: string): string[] {
    return [...this.marks].flatMap(([word, files]) => (files.has(file) ? [word] : []));
  }

  /** Files the question names by one of their marks; empty when it names none. */
  named(question: string): Set<string> {
    const files = new Set<string>();
    for (const word of new Set(words(question))) for (const file of this.marks.get(word) ?? []) files.add(file);
    return files;
  }
}
