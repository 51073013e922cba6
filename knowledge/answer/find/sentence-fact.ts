import { foldText } from "../../../vietnamese/fold.js";
import type { QuestionFrame } from "../understand/understand-question.js";

/** A passage answers an owner/deadline/value question only if the sentence holds that kind of fact. */
export function sentenceHoldsAskedFact(frame: QuestionFrame, sentence: string): boolean {
  const folded = foldText(sentence);
  switch (frame.kind) {
    case "owner":
    case "coordinators":
      // Who does what is read from rows and from the duties body text states (prose-duties): a sentence naming an agency is too weak.
      return false;
    case "budget":
      // A sentence answers how much only with a share or a sum of money ("ít nhất 3% tổng chi ngân sách", "500 tỷ đồng").
      return /\d\s*%|\d\s+(?:ty|trieu|nghin)?\s*dong\b/.test(folded);
    case "deadline":
      return /\b(19|20)\d{2}\b|\bquy\b|\bthang\b/.test(folded);
    case "value":
    case "result":
    case "score": {
      // A number that is a value, not the "2." or "a)" that starts a list item.
      const body = sentence.replace(/^\s*(?:[-+•]|\d+(?:\.\d+)*[.)]|[a-zđ][.)])\s*/iu, "");
      // A value, not a year ("giai đoạn 2026-2030"); a score says "điểm".
      const values = (body.match(/\d+(?:[.,/]\d+)*/g) ?? []).filter((number) => !/^(19|20)\d{2}$/.test(number));
      return values.length > 0 && (frame.kind !== "score" || /\bdiem\b/.test(folded));
    }
    default:
      return true;
  }
}
