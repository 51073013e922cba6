import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { loadConfidenceModel } from "../knowledge/answer/confidence/confidence-model.js";
import { sharedUngatedAssistant } from "../test/answer/shared-assistant.js";
import { loadCases } from "./load-cases.js";
import { gatedFigures } from "./report/gated-figures.js";
import { runSuite } from "./run-suite.js";

const QualityGate = z.object({
  answerer: z.object({
    minPassRate: z.number().min(0).max(1),
    minRefusalRate: z.number().min(0).max(1),
    maxConfidentWrong: z.number().int().min(0),
  }),
  shipped: z.object({
    minPassRate: z.number().min(0).max(1),
    minRefusalRate: z.number().min(0).max(1),
    maxConfidentWrongShare: z.number().min(0).max(1),
  }),
});

const gate = QualityGate.parse(JSON.parse(readFileSync(new URL("./quality-gate.json", import.meta.url), "utf8")));

/**
 * The eval suite of known answers on the shipped documents, through the same assistant the bots
 * use. A change that makes the assistant answer fewer known questions, refuse fewer
 * out-of-scope ones or give more confident wrong answers does not land. The suite is asked once
 * with the confidence gate off (every answer with its confidence); what the gate lets through at
 * the shipped threshold is worked out from it.
 */
describe("eval suite quality gate", () => {
  it("answers known (tune) questions, refuses out-of-scope ones, and rarely answers wrongly with confidence", async () => {
    const assistant = await sharedUngatedAssistant();
    // Tune cases only: the holdout split is reported by `npm run eval`, never gated or tuned on.
    const report = await runSuite(assistant, loadCases("eval/cases", "tune"), { sourcesDir: "knowledge/sources" });
    const summary = report.summary.bySplit.tune;
    if (!summary) throw new Error("no tune cases in eval/cases");
    const refusalRate = summary.refusals.total === 0 ? 1 : summary.refusals.passed / summary.refusals.total;
    expect(summary.passRate, `answerer pass rate ${summary.passRate.toFixed(3)}`).toBeGreaterThanOrEqual(gate.answerer.minPassRate);
    expect(refusalRate, `answerer refusal rate ${refusalRate.toFixed(3)}`).toBeGreaterThanOrEqual(gate.answerer.minRefusalRate);
    expect(summary.confidentWrong, "answerer confident-wrong answers").toBeLessThanOrEqual(gate.answerer.maxConfidentWrong);

    const shipped = gatedFigures(report.results.filter((result) => result.split === "tune"), loadConfidenceModel().threshold);
    expect(shipped.passRate, `shipped pass rate ${shipped.passRate.toFixed(3)}`).toBeGreaterThanOrEqual(gate.shipped.minPassRate);
    expect(shipped.refusalRate, `shipped refusal rate ${shipped.refusalRate.toFixed(3)}`).toBeGreaterThanOrEqual(gate.shipped.minRefusalRate);
    expect(shipped.confidentWrongShare, `shipped confident-wrong share ${shipped.confidentWrongShare.toFixed(4)}`).toBeLessThanOrEqual(
      gate.shipped.maxConfidentWrongShare,
    );
  }, 240_000);
});
