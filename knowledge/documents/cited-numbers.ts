import type { DocumentInfo, Passage } from "../../ingest/records/schemas.js";
import { foldText } from "../../vietnamese/fold.js";

/** A number and date another document gives for a document that does not carry its own yet. */
export interface CitedNumber {
  number: string;
  dateText: string;
  /** The file whose text gives it. */
  citedIn: string;
}

/** "Kế hoạch số 635/KH-UBND, ngày 22/8/2025 của UBND tỉnh về Thực hiện Nghị quyết …" */
const citation = /(Kế hoạch|Quyết định|Chương trình|Nghị quyết|Đề án|Chỉ thị|Kết luận)\s+số\s+(\d+\/[\p{Lu}Đ][\p{Lu}Đ&-]*)\s*,?\s*ngày\s+(\d{1,2}\/\d{1,2}\/\d{4})((?:(?!\b(?:Kế hoạch|Quyết định)\s+số\b)[^;])*)/gu;

/** True when the text after "về" starts with the title's words (the first eight, folded, in order). */
function namesTitle(about: string, title: string): boolean {
  const titleWords = foldText(title).split(" ").filter((word) => word !== "").slice(0, 8);
  if (titleWords.length < 4) return false;
  const aboutText = ` ${foldText(about)} `;
  return aboutText.includes(` ${titleWords.join(" ")} `);
}

/**
 * For each document without a number, the number and date that another document of the corpus
 * cites it by: a citation of the same kind whose subject ("về …") begins with its title. The
 * first citation found wins; a document cited by two different numbers gets neither.
 */
export function citedNumbers(documents: DocumentInfo[], passages: Iterable<Pick<Passage, "file" | "text">>): Map<string, CitedNumber> {
  const found = new Map<string, CitedNumber | null>();
  const unnumbered = documents.filter((document) => document.number === null && document.title.trim() !== "");
  if (unnumbered.length === 0) return new Map();
  for (const passage of passages) {
    for (const match of passage.text.matchAll(citation)) {
      const [, kind, number, date, rest] = match;
      if (!kind || !number || !date || rest === undefined) continue;
      const about = rest.replace(/^[^]*?\bvề\s+/u, "");
      for (const document of unnumbered) {
        if (document.file === passage.file || foldText(document.kind) !== foldText(kind) || !namesTitle(about, document.title)) continue;
        const previous = found.get(document.file);
        if (previous === undefined) found.set(document.file, { number, dateText: `ngày ${date}`, citedIn: passage.file });
        else if (previous !== null && previous.number !== number) found.set(document.file, null);
      }
    }
  }
  return new Map([...found].filter((entry): entry is [string, CitedNumber] => entry[1] !== null));
}
