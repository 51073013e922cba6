import { writeFileSync } from "node:fs";
import { loadSettings } from "../../config/settings.js";
import { errorMessage } from "../../errors/error-message.js";
import { featureNames } from "../../knowledge/answer/confidence/answer-evidence.js";
import { ConfidenceModel, confidenceModelUrl, probabilityOf } from "../../knowledge/answer/confidence/confidence-model.js";
import { confidenceCurve, fitLogistic, thinCurve, thresholdForCost, thresholdForWrongShare, type ScoredQuestion } from "../../knowledge/answer/confidence/fit-logistic.js";
import { assistantSettingsFrom } from "../../knowledge/assistant-settings.js";
import { createAssistant, type AssistantSettings } from "../../knowledge/assistant.js";
import { DEVDOCS_CASES_DIR, prepareDevdocsSources } from "../devdocs-sources.js";
import { loadCases } from "../load-cases.js";
import type { QuestionResult } from "../report/report-schema.js";
import { runSuite } from "../run-suite.js";
import { fitRows, scoredQuestions, trainingExamples } from "./examples-from-results.js";
import { formatCurve } from "./format-curve.js";

/**
 * A wrong answer costs as much as this many right answers refused: a refused answer still offers
 * its source to pick by number, a wrong one misleads (docs/decisions/018-answering-confidence-gate.md).
 */
const wrongCost = 3;
const l2 = 1;
const rounded = (point: { threshold: number; answered: number; wrong: number }) => ({
  threshold: Number(point.threshold.toFixed(4)),
  answered: Number(point.answered.toFixed(4)),
  wrong: Number(point.wrong.toFixed(4)),
});
const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

/** The pass rate of a set of questions if answers below `threshold` were refused (refusals of out-of-scope questions pass). */
function passRate(questions: ScoredQuestion[], threshold: number): number {
  const passed = questions.filter((question) => {
    const kept = question.confidence !== null && question.confidence >= threshold;
    return question.answerable ? kept && question.right : !kept;
  }).length;
  return passed / Math.max(questions.length, 1);
}

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
 * right" on what each answer rested on, picks the threshold of least cost (a wrong answer costs
 * `wrongCost` refused right ones), records the one that would keep wrong answers at ≤ 1 % of
 * answerable questions, and writes knowledge/answer/confidence/confidence-model.json.
 * Holdout cases are never read here.
 */
async function main(): Promise<void> {
  const shipped = assistantSettingsFrom(loadSettings());
  const results = [
    ...(await tuneResults(shipped, ["eval/cases", `${CALIBRATION_DIR}/corpus*.jsonl`])),
    ...(await tuneResults({ ...shipped, ...prepareDevdocsSources(shipped.sourcesDir, shipped.indexDir) }, [DEVDOCS_CASES_DIR, `${CALIBRATION_DIR}/devdocs.jsonl`])),
  ];
  const rows = fitRows(results);
  const examples = trainingExamples(rows);
  const fit = fitLogistic(examples, { l2 });
  const questions = scoredQuestions(rows, (features) => probabilityOf(fit, features));
  const chosen = thresholdForCost(questions, wrongCost);
  const onePercent = thresholdForWrongShare(questions, 0.01);
  const fullCurve = confidenceCurve(questions);
  const curve = thinCurve(fullCurve, 15);
  const model = ConfidenceModel.parse({
    features: featureNames,
    weights: fit.weights.map((weight) => Number(weight.toFixed(4))),
    bias: Number(fit.bias.toFixed(4)),
    threshold: Number(chosen.threshold.toFixed(4)),
    fitted: { date: new Date().toISOString().slice(0, 10), split: "tune", examples: examples.length, wrongCost, chosen: rounded(chosen), onePercentWrong: rounded(onePercent) },
    curve: curve.map(rounded),
  });
  writeFileSync(confidenceModelUrl, `${JSON.stringify(model, null, 2)}\n`);
  const ungated = fullCurve[0];
  process.stdout.write(
    [
      `Mô hình độ tin cậy: ${examples.length} câu trả lời của tập tune (${results.length} câu hỏi), ${featureNames.length} đặc trưng.`,
      ungated ? `Không chặn: trả lời ${percent(ungated.answered)}, sai ${percent(ungated.wrong)} số câu có đáp án; đạt ${percent(passRate(questions, 0))}.` : "",
      `Ngưỡng chọn ${chosen.threshold.toFixed(3)} (một câu sai tính bằng ${wrongCost} câu đúng bị từ chối): trả lời ${percent(chosen.answered)}, sai ${percent(chosen.wrong)}; đạt ${percent(passRate(questions, chosen.threshold))}.`,
      `Để sai ≤ 1 %: ngưỡng ${onePercent.threshold.toFixed(3)}, trả lời ${percent(onePercent.answered)}; đạt ${percent(passRate(questions, onePercent.threshold))}.`,
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
