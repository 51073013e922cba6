import { describe, expect, it } from "vitest";
import type { Answer, AnswerEvidence } from "../answer-types.js";
import { featureNames } from "./answer-evidence.js";
import { gateAnswer } from "./confidence-gate.js";
import { ConfidenceModelError, confidenceOf, loadConfidenceModel, type ConfidenceModel } from "./confidence-model.js";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const evidence = (coverage: number): AnswerEvidence => ({
  route: "record",
  kind: "owner",
  coverage,
  specificity: 0.5,
  margin: 0.2,
  sources: 1,
  sourcesDiffer: false,
  exactKind: true,
  topicWords: 4,
  unknownShare: 0,
  documentNamed: false,
  otherDocumentNamed: false,
  lexicalTop: "same",
  expandedAbbreviations: 0,
  yearAsked: false,
  yearInFact: false,
});

/** A model that only looks at coverage: confidence = sigmoid(10·coverage − 7). */
const model: ConfidenceModel = {
  features: [...featureNames],
  weights: featureNames.map((name) => (name === "coverage" ? 10 : 0)),
  bias: -7,
  threshold: 0.5,
  fitted: null,
  curve: [],
};

const answer: Answer = {
  question: "ai chủ trì?",
  found: true,
  kind: "owner",
  text: "Chủ trì: Sở A",
  citations: [{ file: "a.md", title: "KH 1", locator: "mục 1", quote: "Sở A", line: 3 }],
  suggestions: [],
};

describe("the confidence gate", () => {
  it("keeps a confident answer and records what it rests on", () => {
    const gated = gateAnswer(answer, evidence(0.9), { model, enabled: true }, ["Nhiệm vụ 1"]);
    expect(gated.found).toBe(true);
    expect(gated.text).toBe(answer.text);
    expect(gated.confidence).toBeCloseTo(confidenceOf(model, evidence(0.9)));
    expect(gated.evidence?.coverage).toBe(0.9);
  });

  it("turns an unsure answer into a refusal that offers its sources to pick", () => {
    const gated = gateAnswer(answer, evidence(0.6), { model, enabled: true }, ["Nhiệm vụ 1", "Nhiệm vụ 1", "Nhiệm vụ 2"]);
    expect(gated.found).toBe(false);
    expect(gated.citations).toEqual([]);
    expect(gated.suggestions).toEqual(["Nhiệm vụ 1"]);
    expect(gated.withheld).toEqual({ text: answer.text, citations: answer.citations });
    expect(gated.text).toMatch(/chưa chắc/);
    expect(gated.text).not.toContain("Sở A");
    expect(gated.confidence).toBeLessThan(0.5);
  });

  it("lets every answer through when turned off, still measured", () => {
    const gated = gateAnswer(answer, evidence(0.6), { model, enabled: false }, []);
    expect(gated.found).toBe(true);
    expect(gated.confidence).toBeLessThan(0.5);
  });
});

describe("loading the model", () => {
  it("reads the shipped model, fitted on the answerer's features", () => {
    const shipped = loadConfidenceModel();
    expect(shipped.features).toEqual([...featureNames]);
    expect(shipped.threshold).toBeGreaterThanOrEqual(0);
  });

  it("refuses a model fitted on other features, saying how to refit", () => {
    const folder = mkdtempSync(path.join(tmpdir(), "confidence-"));
    const file = path.join(folder, "model.json");
    writeFileSync(file, JSON.stringify({ ...model, features: ["coverage"], weights: [1] }));
    expect(() => loadConfidenceModel(pathToFileURL(file))).toThrow(ConfidenceModelError);
    expect(() => loadConfidenceModel(pathToFileURL(file))).toThrow(/fit-confidence/);
  });
});
