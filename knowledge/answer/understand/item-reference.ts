/**
 * A question may name a table item by its number: after a word that says so ("mục 39.7",
 * "nhiệm vụ số 12", "tiêu chí 3"), or as an aside in brackets after the subject, with or without
 * a label in the document's own words ("(WBS 1.1.33)", "(deliverable 43)", "(1.1.5)"). A year or
 * a document's own number ("(QĐ 1982)") names no item.
 */
export interface ItemReference {
  number: string;
  /** The bracketed aside as written, without the brackets: it says where the item is, not what it is about. */
  aside: string | null;
}

const labelled = /(?:mục|muc|nhiệm vụ|nhiem vu|số|so|stt|tt|chỉ tiêu|chi tieu|tiêu chí|tieu chi|dòng|dong)\s+(\d+(?:\.\d+)*)\b/iu;
/** "(label 1.1.33)": at most three words of label, then the number, alone in the brackets. */
const bracketed = /\(\s*((?:[\p{L}&-]+\s+){0,3})(\d+(?:\.\d+)*)\s*\)/gu;

const isYear = (number: string) => /^(19|20)\d{2}$/.test(number);

export function itemReference(question: string, documentNumbers: readonly string[]): ItemReference | null {
  const names = (number: string) => !isYear(number) && !documentNumbers.includes(number);
  for (const match of question.matchAll(bracketed)) {
    const number = match[2] ?? "";
    if (names(number)) return { number, aside: `${match[1] ?? ""}${number}`.trim() };
  }
  const written = labelled.exec(question)?.[1];
  return written !== undefined && names(written) ? { number: written, aside: null } : null;
}
