import type { KnowledgeRecord } from "../../../ingest/records/schemas.js";
import type { RecordMatch, RecordSearch } from "./find-records.js";
import type { KnowledgeBase } from "./knowledge-base.js";
import type { QuestionFrame } from "../understand/understand-question.js";

/** A row that sums its table ("Tổng cộng: 716.168", "Tổng số"), as ingestion marks it (`sums`, decision 038). */
export function isTotalRow(record: KnowledgeRecord): boolean {
  return record.kind === "budget-line" && record.sums === "table";
}

/**
 * "Tổng kinh phí của Đề án … (QĐ 1982)": when the question names a document and nothing inside
 * it, a budget question is about the document's own total row.
 */
export function documentTotals(frame: QuestionFrame, topics: string[], knowledgeBase: KnowledgeBase): RecordMatch[] {
  if (frame.kind !== "budget" || frame.documentFiles.length === 0) return [];
  if (topics.some((topic) => topic.split(" ").some((token) => token !== "·"))) return [];
  return knowledgeBase
    .recordsOf({ kinds: ["budget-line"], files: frame.documentFiles })
    .filter((record) => frame.documentFiles.includes(record.locator.file) && isTotalRow(record))
    .map((record) => ({ record, coverage: 1, specificity: 1, score: 1 }));
}

/**
 * "Tổng dự toán các nhiệm vụ trọng tâm …": a question that asks for a sum is answered by the
 * total rows among the records it matched as well as any other, not by the rows they sum.
 */
export function totalsFirst(frame: QuestionFrame, search: RecordSearch): RecordSearch {
  if (!frame.asksTotal || frame.kind !== "budget") return search;
  const totals = search.matches.filter((match) => isTotalRow(match.record));
  return totals.length === 0 ? search : { ...search, matches: totals };
}
