import type { DocumentInfo, Passage } from "../../ingest/records/schemas.js";
import type { DocumentSummary } from "../answer/answer-types.js";
import { shortDocument } from "../answer/compose/document-names.js";
import { citedNumbers } from "./cited-numbers.js";

/**
 * The documents as /tailieu lists them: each with its own number and date; one that has none
 * yet with the number and date another document cites it by (saying which); one with a blank
 * date ("ngày   tháng   năm 2025") says it is not dated rather than pass the year off as a date.
 */
export function documentList(documents: DocumentInfo[], passages: Iterable<Pick<Passage, "file" | "text">>): DocumentSummary[] {
  const cited = citedNumbers(documents, passages);
  return documents.map((document) => {
    const summary = { file: document.file, kind: document.kind, number: document.number, dateText: document.dateText, title: document.title };
    const citation = cited.get(document.file);
    if (citation) {
      return { ...summary, number: citation.number, dateText: `${citation.dateText} (số, ngày theo ${shortDocument(documents, citation.citedIn)})` };
    }
    if (document.date === null && /^năm \d{4}$/u.test(document.dateText.trim())) {
      return { ...summary, dateText: `chưa ghi số, ngày ký (văn bản ghi «${document.dateText.trim()}»)` };
    }
    return summary;
  });
}
