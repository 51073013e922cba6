import { readFileSync } from "node:fs";
import { z } from "zod";
import { loadCases, NoCaseFilesError } from "../../eval/load-cases.js";

export interface QuestionPool {
  questions: string[];
  /** Where the questions come from, for the report. */
  origin: string;
}

const SampleFile = z.object({ note: z.string(), questions: z.array(z.string().min(3)).min(1) });
const sampleFile = new URL("./sample-questions.json", import.meta.url);

/**
 * The questions the latency benchmarks cycle through: every eval case's question and rewordings
 * (refusal cases included, since real users ask those too); the sample list only when the
 * eval folder holds no case file yet.
 */
export function loadQuestionPool(casesPattern: string): QuestionPool {
  try {
    const cases = loadCases(casesPattern, "tune");
    const questions = cases.flatMap((evalCase) => [evalCase.question, ...evalCase.rewordings]);
    if (questions.length > 0) return { questions, origin: `${cases.length} eval cases (${questions.length} questions and rewordings)` };
  } catch (error) {
    if (!(error instanceof NoCaseFilesError)) throw error;
  }
  const sample = SampleFile.parse(JSON.parse(readFileSync(sampleFile, "utf8")));
  return { questions: sample.questions, origin: `bench/questions/sample-questions.json (${sample.questions.length} questions; no eval case found)` };
}
