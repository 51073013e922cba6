import type { RecordMatch } from "./find-records.js";
import type { KnowledgeBase } from "./knowledge-base.js";
import type { QuestionFrame } from "../understand/understand-question.js";

/**
 * "Tổng kinh phí của Đề án … (QĐ 1982)": when the question names a document and nothing inside
 * it, a budget question is about the document's own total row.
 */
export function documentTotals(frame: QuestionFrame, topics: string[], knowledgeBase: KnowledgeBase): RecordMatch[] {
  if (frame.kind !== "budget" || frame.documentFiles.length === 0) return [];
  if (topics.some((topic) => topic.split(" ").some((token) => token !== "·"))) return [];
  return knowledgeBase
    .recordsOf({ kinds: ["budget-line"], files: frame.documentFiles })
    .filter((record) => record.kind === "budget-line" && frame.documentFiles.includes(record.locator.file) && /^tổng cộng/iu.test(record.item))
    .map((record) => ({ record, coverage: 1, specificity: 1, score: 1 }));
}
