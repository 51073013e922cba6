import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { sharedAssistant } from "../test/answer/shared-assistant.js";
import { loadCases } from "./load-cases.js";
import { runSuite } from "./run-suite.js";

const QualityGate = z.object({
  minPassRate: z.number().min(0).max(1),
  minRefusalRate: z.number().min(0).max(1),
  maxConfidentWrong: z.number().int().min(0),
});

const gate = QualityGate.parse(JSON.parse(readFileSync(new URL("./quality-gate.json", import.meta.url), "utf8")));

/**
 * The eval suite of known answers on the shipped documents, through the same assistant the bots
 * use. A change that makes the assistant answer fewer known questions, refuse fewer
 * out-of-scope ones or give more confident wrong answers does not land.
 */
describe("eval suite quality gate", () => {
  it("answers known (tune) questions, refuses out-of-scope ones, and rarely answers wrongly with confidence", async () => {
    const assistant = await sharedAssistant();
    // Tune cases only: the holdout split is reported by `npm run eval`, never gated or tuned on.
    const report = await runSuite(assistant, loadCases("eval/cases", "tune"), { sourcesDir: "knowledge/sources" });
    const summary = report.summary.bySplit.tune;
    if (!summary) throw new Error("no tune cases in eval/cases");
    const refusalRate = summary.refusals.total === 0 ? 1 : summary.refusals.passed / summary.refusals.total;
    expect(summary.passRate, `pass rate ${summary.passRate.toFixed(3)}`).toBeGreaterThanOrEqual(gate.minPassRate);
    expect(refusalRate, `refusal rate ${refusalRate.toFixed(3)}`).toBeGreaterThanOrEqual(gate.minRefusalRate);
    expect(summary.confidentWrong, "confident-wrong answers").toBeLessThanOrEqual(gate.maxConfidentWrong);
  }, 180_000);
});
