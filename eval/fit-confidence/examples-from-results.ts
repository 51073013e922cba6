import { featureVector } from "../../knowledge/answer/confidence/answer-evidence.js";
import type { Example, ScoredQuestion } from "../../knowledge/answer/confidence/fit-logistic.js";
import type { QuestionResult } from "../report/report-schema.js";

/** A question result of the fitting split, as the model sees it. */
export interface FitRow {
  result: QuestionResult;
  /** Features when the answer came from a record or sentence (what the gate can refuse); null otherwise. */
  features: number[] | null;
}

export function fitRows(results: QuestionResult[]): FitRow[] {
  return results.map((result) => ({ result, features: result.found && result.evidence ? featureVector(result.evidence) : null }));
}

/** Training examples: every gateable answer, wrong (0: a fact the case does not expect, as the eval counts confident-wrong) or not (1). */
export function trainingExamples(rows: FitRow[]): Example[] {
  return rows.flatMap((row) => (row.features ? [{ features: row.features, label: row.result.outcome === "confident-wrong" ? (0 as const) : (1 as const) }] : []));
}

/**
 * The questions for the curve: a gateable answer carries its confidence; an answer the gate
 * does not see (a list, a document's total) is always kept (confidence 1); a refusal is null.
 * Wrong means answered with confidence and wrong, as the eval counts it.
 */
export function scoredQuestions(rows: FitRow[], confidence: (features: number[]) => number): ScoredQuestion[] {
  return rows.map(({ result, features }) => ({
    confidence: !result.found ? null : features ? confidence(features) : 1,
    wrong: result.outcome === "confident-wrong",
    right: result.passed,
    answerable: result.kind !== "out-of-scope",
  }));
}
