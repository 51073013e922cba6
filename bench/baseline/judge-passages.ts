import { basename } from "node:path";
import type { EvalCase } from "../../eval/case-schema.js";
import { containsAlternative } from "../../eval/grade.js";
import type { RetrievedPassage } from "./langchain-bm25.js";

/** Every expected group has one alternative in the text, after the grader's normalisation. */
export function holdsExpected(text: string, expected: readonly (readonly string[])[]): boolean {
  return expected.every((group) => group.some((alternative) => containsAlternative(text, alternative)));
}

/** top-1 / top-3 judgement of retrieved passages for one case; the top-3 text is the passages joined. */
export function judgePassages(passages: readonly RetrievedPassage[], evalCase: EvalCase): { top1: boolean; top3: boolean; top3AnyDocument: boolean } {
  const fromDocument = (passage: RetrievedPassage) => basename(passage.file) === basename(evalCase.document);
  const first = passages[0];
  const topThree = passages.slice(0, 3);
  return {
    top1: first !== undefined && fromDocument(first) && holdsExpected(first.text, evalCase.expected),
    top3: holdsExpected(topThree.filter(fromDocument).map((passage) => passage.text).join("\n"), evalCase.expected),
    top3AnyDocument: holdsExpected(topThree.map((passage) => passage.text).join("\n"), evalCase.expected),
  };
}
