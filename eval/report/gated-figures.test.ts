import { describe, expect, it } from "vitest";
import { gatedFigures } from "./gated-figures.js";
import type { QuestionResult } from "./report-schema.js";
import type { AnswerEvidence } from "../../knowledge/answer/answer-types.js";

const evidence = { route: "record" } as AnswerEvidence;
const result = (kind: QuestionResult["kind"], found: boolean, outcome: QuestionResult["outcome"], confidence?: number): QuestionResult => ({
  caseId: "c",
  document: "d",
  kind,
  split: "tune",
  variant: "question",
  question: "q",
  passed: outcome === "pass",
  outcome,
  found,
  missingGroups: [],
  citationOk: null,
  citedFiles: [],
  answerHead: "",
  latencyMs: 1,
  ...(confidence === undefined ? {} : { evidence, confidence }),
});

describe("gated figures", () => {
  const results = [
    result("owner", true, "pass", 0.95),
    result("owner", true, "pass", 0.6),
    result("deadline", true, "confident-wrong", 0.5),
    result("deadline", true, "confident-wrong", 0.9),
    result("list-by-agency", true, "pass"),
    result("out-of-scope", true, "confident-wrong", 0.4),
    result("out-of-scope", false, "pass"),
  ];

  it("refuses found answers below the threshold and keeps the rest", () => {
    const figures = gatedFigures(results, 0.7);
    expect(figures.passRate).toBeCloseTo(4 / 7);
    expect(figures.confidentWrong).toBe(1);
    expect(figures.confidentWrongShare).toBeCloseTo(1 / 5);
    expect(figures.refusalRate).toBe(1);
  });

  it("changes nothing at threshold 0", () => {
    const figures = gatedFigures(results, 0);
    expect(figures.passRate).toBeCloseTo(4 / 7);
    expect(figures.confidentWrong).toBe(3);
    expect(figures.refusalRate).toBe(0.5);
  });
});
