import type { EvalCase } from "../../eval/case-schema.js";
import { gradeAnswer, gradeError } from "../../eval/grade.js";
import { loadCases } from "../../eval/load-cases.js";
import { createAssistant } from "../../knowledge/assistant.js";
import { judgePassages } from "../baseline/judge-passages.js";
import { buildLangchainBm25Baseline } from "../baseline/langchain-bm25.js";
import { summarizeLatencies } from "../stats/percentiles.js";
import type { QualityJob, QualityResult, SystemQuality } from "../worker/worker-protocol.js";
import { AppError } from "../../errors/app-error.js";

/** One question to score: a case's question or one of its rewordings. */
interface ScoredQuestion {
  evalCase: EvalCase;
  text: string;
}

export const qualityMeasures = {
  top1: "top-1 passage holds the answer, from the expected document",
  top3: "top-3 passages hold the answer, from the expected document",
  top3AnyDocument: "top-3 passages hold the answer, any document",
  passed: "answer right (leading lines) with a citation of the expected document",
  factInAnswer: "answer holds every expected group somewhere",
  refused: "out-of-scope questions refused",
} as const;

export function scoredQuestions(cases: readonly EvalCase[]): ScoredQuestion[] {
  return cases.flatMap((evalCase) => [evalCase.question, ...evalCase.rewordings].map((text) => ({ evalCase, text })));
}

export class NoAnswerableCasesError extends AppError {
  constructor(readonly casesPattern: string) {
    super("NO_ANSWERABLE_CASES", `The eval cases at "${casesPattern}" hold no answerable (non-refusal) case: add cases to eval/cases/*.jsonl before running the quality benchmark.`);
  }
}

export async function runQualityJob(job: QualityJob): Promise<QualityResult> {
  const cases = loadCases(job.casesPattern, "tune");
  const answerable = scoredQuestions(cases.filter((evalCase) => evalCase.refuse !== true));
  if (answerable.length === 0) throw new NoAnswerableCasesError(job.casesPattern);
  const refusals = scoredQuestions(cases.filter((evalCase) => evalCase.refuse === true));
  return {
    kind: "quality",
    cases: cases.length,
    refusalCases: cases.length - cases.filter((evalCase) => evalCase.refuse !== true).length,
    systems: [await measureBaseline(job, answerable), await measureProject(job, answerable, refusals)],
  };
}

async function measureBaseline(job: QualityJob, questions: ScoredQuestion[]): Promise<SystemQuality> {
  const baseline = await buildLangchainBm25Baseline(job.sourcesDir);
  const counts = { top1: 0, top3: 0, top3AnyDocument: 0 };
  const latencies: number[] = [];
  for (const question of questions) {
    const started = performance.now();
    const passages = await baseline.retrieve(question.text);
    latencies.push(performance.now() - started);
    const judged = judgePassages(passages, question.evalCase);
    if (judged.top1) counts.top1 += 1;
    if (judged.top3) counts.top3 += 1;
    if (judged.top3AnyDocument) counts.top3AnyDocument += 1;
  }
  return {
    name: "LangChain: RecursiveCharacterTextSplitter + BM25Retriever (k=3)",
    questions: questions.length,
    shares: {
      [qualityMeasures.top1]: counts.top1 / questions.length,
      [qualityMeasures.top3]: counts.top3 / questions.length,
      [qualityMeasures.top3AnyDocument]: counts.top3AnyDocument / questions.length,
    },
    latency: summarizeLatencies(latencies),
    setupMilliseconds: baseline.buildMilliseconds,
    setupRebuiltIndex: false,
    notes: [`${baseline.chunkCount} chunks of ≤ 1000 characters (overlap 200)`, "retrieval only: no answer is composed, no refusal"],
  };
}

async function measureProject(job: QualityJob, questions: ScoredQuestion[], refusals: ScoredQuestion[]): Promise<SystemQuality> {
  const started = performance.now();
  let setupRebuiltIndex = false;
  const assistant = await createAssistant({
    sourcesDir: job.sourcesDir,
    indexDir: job.indexDir,
    log: () => {
      setupRebuiltIndex = true;
    },
  });
  const setupMilliseconds = performance.now() - started;
  const latencies: number[] = [];
  const counts = { passed: 0, factInAnswer: 0, refused: 0 };
  for (const question of [...questions, ...refusals]) {
    const questionStarted = performance.now();
    let grade;
    try {
      grade = gradeAnswer(question.evalCase, await assistant.answer(question.text));
    } catch {
      grade = gradeError(question.evalCase);
    }
    latencies.push(performance.now() - questionStarted);
    if (question.evalCase.refuse === true) {
      if (grade.passed) counts.refused += 1;
      continue;
    }
    if (grade.passed) counts.passed += 1;
    if (grade.passed || grade.outcome === "fact-not-first" || grade.outcome === "wrong-citation") counts.factInAnswer += 1;
  }
  const shares: Record<string, number> = {
    [qualityMeasures.passed]: counts.passed / questions.length,
    [qualityMeasures.factInAnswer]: counts.factInAnswer / questions.length,
  };
  if (refusals.length > 0) shares[qualityMeasures.refused] = counts.refused / refusals.length;
  return {
    name: "Plan assistant (records + hybrid search, extractive answer)",
    questions: questions.length,
    shares,
    latency: summarizeLatencies(latencies),
    setupMilliseconds,
    setupRebuiltIndex,
    notes: [`${refusals.length} out-of-scope questions also asked (only in the refusal share and the latency)`],
  };
}
