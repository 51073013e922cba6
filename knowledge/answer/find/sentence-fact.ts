import { foldText } from "../../../vietnamese/fold.js";
import { withoutListMark } from "../../../vietnamese/sentences.js";
import type { QuestionFrame } from "../understand/understand-question.js";

/**
 * A sentence answers a question only if it holds the kind of fact asked: never who leads or takes
 * part (duties come from rows and prose duties), a date or period for a deadline, a number
 * that is not a year for a value, a result, a score ("điểm") or a budget (with money or a share).
 * Whether the sentence is the right one is the confidence model's call; this only rules out a
 * sentence that cannot be the answer.
 */
export function sentenceHoldsAskedFact(frame: Pick<QuestionFrame, "kind"> & Partial<Pick<QuestionFrame, "wantsRank">>, sentence: string): boolean {
  const folded = foldText(sentence);
  switch (frame.kind) {
    case "owner":
    case "coordinators":
      // Who does what is read from rows and from the duties body text states (prose-duties): a sentence naming an agency is too weak.
      return false;
    case "deadline":
      return /\b(19|20)\d{2}\b|\bquy\b|\bthang\b/.test(folded);
    case "budget":
      // How much only with a share or a sum of money ("ít nhất 3% tổng chi ngân sách", "500 tỷ đồng").
      return valuesIn(sentence).length > 0 && /\d\s*%|\d\s+(?:ty|trieu|nghin)?\s*dong\b/.test(folded);
    case "score":
      // A rank ("xếp vị trí thứ 41/63", "đứng thứ 27") or points ("412 điểm").
      return valuesIn(sentence).length > 0 && (frame.wantsRank === true ? rankPattern.test(folded) : /\bdiem\b/.test(folded));
    case "value":
    case "result":
      return valuesIn(sentence).length > 0;
    default:
      return true;
  }
}

/** A place in a ranking: "thứ 41", "vị trí 27/63", "hạng 5". */
const rankPattern = /\b(?:thu|vi tri|hang)\s+(?:thu\s+)?\d+/;

/** The numbers of a sentence that are values: not the "2." or "a)" that starts a list item, not a year ("giai đoạn 2026-2030"). */
function valuesIn(sentence: string): string[] {
  const body = withoutListMark(sentence)
    // A document's number ("Công văn số 541/UBND-KGVX", "Quyết định 1982/QĐ-UBND") and a date ("18/8/2025") are no values.
    .replace(/\d+(?:\/\d+)*\/[\p{Lu}Đ][\p{L}\d&-]*/gu, " ")
    .replace(/\b\d{1,2}\/\d{1,2}\/\d{4}\b|\b\d{1,2}\/\d{4}\b/g, " ");
  return (body.match(/\d+(?:[.,/]\d+)*/g) ?? []).filter((number) => !/^(19|20)\d{2}$/.test(number));
}
