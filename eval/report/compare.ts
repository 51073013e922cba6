import type { EvalReport, QuestionResult, Regression } from "./report-schema.js";

function keyOf(result: QuestionResult): string {
  return `${result.caseId}\u0000${result.question}`;
}

function asRegression(result: QuestionResult): Regression {
  return { caseId: result.caseId, variant: result.variant, question: result.question, outcome: result.outcome };
}

/**
 * Questions (case + exact wording) that passed in the previous run and fail now, and the
 * reverse. Questions new in this run or dropped since are neither. Holdout questions are never
 * compared: nothing is decided on them.
 */
export function compareWithPrevious(
  current: QuestionResult[],
  previous: EvalReport | null,
): { regressions: Regression[]; fixed: Regression[] } {
  if (previous === null) return { regressions: [], fixed: [] };
  const before = new Map(previous.results.map((result) => [keyOf(result), result.passed]));
  const regressions: Regression[] = [];
  const fixed: Regression[] = [];
  for (const result of current.filter((question) => question.split !== "holdout")) {
    const passedBefore = before.get(keyOf(result));
    if (passedBefore === undefined) continue;
    if (passedBefore && !result.passed) regressions.push(asRegression(result));
    if (!passedBefore && result.passed) fixed.push(asRegression(result));
  }
  return { regressions, fixed };
}
