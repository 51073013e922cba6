import type { KnowledgeRecord } from "../../../ingest/records/schemas.js";
import { foldText } from "../../../vietnamese/fold.js";
import { countedNounStarts } from "../understand/counted-noun.js";

/**
 * Whether a record can answer what a "how many X" question counts: an indicator whose unit is
 * what is counted ("Doanh nghiệp" for "bao nhiêu doanh nghiệp", "Xã" for "mấy xã"). An indicator
 * in points or per cent, a task or a criterion holds no count of X. True for questions that count
 * nothing, and when there is no record.
 */
export function countsWhatIsAsked(question: string, record: KnowledgeRecord | undefined): boolean {
  const noun = countedNounStarts(question);
  if (!noun || !record) return true;
  if (record.kind !== "indicator") return false;
  const unitWords = new Set(foldText(record.unit).split(" "));
  return noun.some((word) => unitWords.has(word));
}
