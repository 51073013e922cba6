import type { QuestionResult } from "./report-schema.js";

/** Pass rate and confident-wrong answers of a run, as they would be with the confidence gate at `threshold`. */
export interface GatedFigures {
  questions: number;
  passRate: number;
  confidentWrong: number;
  /** Confident-wrong answers over answerable questions. */
  confidentWrongShare: number;
  refusalRate: number;
}

/**
 * Works out from an ungated run (every answer with its confidence) what the gate would have
 * let through: a found answer below the threshold becomes a refusal, which fails an answerable
 * case and passes an out-of-scope one. Answers the gate does not see (lists) are kept.
 */
export function gatedFigures(results: QuestionResult[], threshold: number): GatedFigures {
  const kept = (result: QuestionResult) => result.found && (result.confidence === undefined || result.evidence === undefined || result.confidence >= threshold);
  const outOfScope = results.filter((result) => result.kind === "out-of-scope");
  const answerable = results.length - outOfScope.length;
  const passed = results.filter((result) => (result.kind === "out-of-scope" ? !kept(result) : kept(result) && result.passed)).length;
  const confidentWrong = results.filter((result) => kept(result) && result.outcome === "confident-wrong").length;
  return {
    questions: results.length,
    passRate: passed / Math.max(results.length, 1),
    confidentWrong,
    confidentWrongShare: confidentWrong / Math.max(answerable, 1),
    refusalRate: outOfScope.length === 0 ? 1 : outOfScope.filter((result) => !kept(result)).length / outOfScope.length,
  };
}
