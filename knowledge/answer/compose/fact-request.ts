import type { QuestionFrame } from "../understand/understand-question.js";
import { yearsAskedApart } from "../understand/years-asked.js";
import type { FactRequest } from "./record-facts.js";

/** What a question asks of a record, from what was understood of it. */
export function factRequest(frame: QuestionFrame): FactRequest {
  return {
    kind: frame.kind,
    year: frame.year,
    valuePreference: frame.valuePreference,
    valuePreferenceStrong: frame.valuePreferenceStrong,
    valuePreferenceWords: frame.valuePreferenceWords,
    wantsRank: frame.wantsRank,
    questionFolded: frame.folded,
    wantsConfirming: frame.wantsConfirming,
    wantsProduct: frame.wantsProduct,
    asksCoordinators: frame.askedFields.includes("coordinators"),
    yearsApart: yearsAskedApart(frame.question, frame.years),
  };
}
