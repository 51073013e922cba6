import type { DocumentInfo } from "../../../ingest/records/schemas.js";

/**
 * "Kế hoạch thực hiện NQ 57, NQ 71 và KH 09-KH/TU do ai ký?": a question naming several documents
 * by number asks about the document whose title cites every one of them ("Thực hiện Nghị quyết số
 * 57-NQ/TW …, Nghị quyết số 71/NQ-CP … và Kế hoạch hành động số 09-KH/TU …"), when it is of a
 * kind the question names and is the only such document. Null otherwise.
 */
export function documentTitledByNumbers(numbers: readonly { digits: string }[], kindsNamed: ReadonlySet<string>, documents: readonly DocumentInfo[]): DocumentInfo | null {
  const asked = [...new Set(numbers.map((number) => Number(number.digits)))];
  if (asked.length < 2) return null;
  const fitting = documents.filter((document) => {
    if (!kindsNamed.has(document.kind)) return false;
    const written = new Set((document.title.match(/\d+/g) ?? []).map(Number));
    return asked.every((number) => written.has(number));
  });
  return fitting.length === 1 ? (fitting[0] ?? null) : null;
}
