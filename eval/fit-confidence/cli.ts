import { writeFileSync } from "node:fs";
import { loadSettings } from "../../config/settings.js";
import { errorMessage } from "../../errors/error-message.js";
import { featureNames } from "../../knowledge/answer/confidence/answer-evidence.js";
import { ConfidenceModel, confidenceModelUrl, sigmoid } from "../../knowledge/answer/confidence/confidence-model.js";
import { chooseThreshold, confidenceCurve, fitLogistic, thinCurve } from "../../knowledge/answer/confidence/fit-logistic.js";
import { assistantSettingsFrom } from "../../knowledge/assistant-settings.js";
import { createAssistant, type AssistantSettings } from "../../knowledge/assistant.js";
import { DEVDOCS_CASES_DIR, prepareDevdocsSources } from "../devdocs-sources.js";
import { loadCases } from "../load-cases.js";
import type { QuestionResult } from "../report/report-schema.js";
import { runSuite } from "../run-suite.js";
import { fitRows, scoredQuestions, trainingExamples } from "./examples-from-results.js";
import { formatCurve } from "./format-curve.js";

/** The share of answerable questions that may be answered wrong, on the tune split. */
const maxWrong = 0.01;
const l2 = 1;

/** Questions written to fit on: harder, chat-style tune questions by writers who saw only the documents. */
const CALIBRATION_DIR = "eval/calibration";

async function tuneResults(settings: AssistantSettings, casePatterns: string[]): Promise<QuestionResult[]> {
  const assistant = await createAssistant({ ...settings, confidenceGate: false, log: (line) => process.stderr.write(`${line}\n`) });
  const cases = casePatterns.flatMap((pattern) => loadCases(pattern, "tune"));
  const report = await runSuite(assistant, cases, { sourcesDir: settings.sourcesDir });
  return report.results;
}

/**
 * `npm run fit-confidence` — asks the *tune* cases (the shipped corpus, and the devdocs in
 * their own index, each with its calibration questions) with the confidence gate off, fits the logistic model of "this answer is
 * right" on what each answer rested on, picks the lowest threshold that keeps wrong answers at
 * ≤ 1 % of answerable questions, and writes knowledge/answer/confidence/confidence-model.json.
 * Holdout cases are never read here.
 */
async function main(): Promise<void> {
  const shipped = assistantSettingsFrom(loadSettings());
  const results = [
    ...(await tuneResults(shipped, ["eval/cases", `${CALIBRATION_DIR}/corpus.jsonl`])),
    ...(await tuneResults({ ...shipped, ...prepareDevdocsSources(shipped.sourcesDir, shipped.indexDir) }, [DEVDOCS_CASES_DIR, `${CALIBRATION_DIR}/devdocs.jsonl`])),
  ];
  const rows = fitRows(results);
  const examples = trainingExamples(rows);
  const fit = fitLogistic(examples, { l2 });
  const confidence = (features: number[]) => sigmoid(features.reduce((sum, value, index) => sum + value * (fit.weights[index] ?? 0), fit.bias));
  const questions = scoredQuestions(rows, confidence);
  const chosen = chooseThreshold(questions, maxWrong);
  const curve = thinCurve(confidenceCurve(questions), 15);
  const model = ConfidenceModel.parse({
    features: featureNames,
    weights: fit.weights.map((weight) => Number(weight.toFixed(4))),
    bias: Number(fit.bias.toFixed(4)),
    threshold: Number(chosen.threshold.toFixed(4)),
    fitted: { date: new Date().toISOString().slice(0, 10), split: "tune", examples: examples.length, maxWrong },
    curve: curve.map((point) => ({ threshold: Number(point.threshold.toFixed(4)), answered: Number(point.answered.toFixed(4)), wrong: Number(point.wrong.toFixed(4)) })),
  });
  writeFileSync(confidenceModelUrl, `${JSON.stringify(model, null, 2)}\n`);
  const ungated = confidenceCurve(questions)[0];
  process.stdout.write(
    [
      `Mô hình độ tin cậy: ${examples.length} câu trả lời của tập tune (${results.length} câu hỏi), ${featureNames.length} đặc trưng.`,
      ungated ? `Không chặn: trả lời ${(ungated.answered * 100).toFixed(1)} %, sai ${(ungated.wrong * 100).toFixed(1)} % số câu có đáp án.` : "",
      `Ngưỡng ${chosen.threshold.toFixed(3)}: trả lời ${(chosen.answered * 100).toFixed(1)} %, sai ${(chosen.wrong * 100).toFixed(1)} % (giới hạn ${maxWrong * 100} %).`,
      "",
      formatCurve(curve),
      "",
      `Đã ghi ${confidenceModelUrl.pathname}`,
    ].join("\n") + "\n",
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${errorMessage(error)}\n`);
  process.exitCode = 2;
});
