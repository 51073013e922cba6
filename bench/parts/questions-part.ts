import { ensureBaseIndex, jobTimeout, type BenchContext } from "../bench-context.js";
import { fixed, markdownTable } from "../format/markdown-table.js";
import type { QuestionPool } from "../questions/question-pool.js";
import { megabytes } from "../stats/memory.js";
import { runJob } from "../worker/run-job.js";
import type { QuestionsResult } from "../worker/worker-protocol.js";

export const warmupQuestions = 20;

/** Part 2: index load and question latency on the index of the real sources. */
export async function runQuestionsPart(context: BenchContext, pool: QuestionPool): Promise<QuestionsResult> {
  const indexDir = await ensureBaseIndex(context);
  context.log(`questions: ${context.options.questionCount} from ${pool.origin}…`);
  const result = await runJob(
    {
      kind: "questions",
      sourcesDir: context.sourcesDir,
      indexDir,
      questions: pool.questions,
      count: context.options.questionCount,
      warmup: warmupQuestions,
      timeBudgetMilliseconds: context.options.timeoutSeconds * 1000 * 0.8,
      timeIndexLoadAlone: true,
    },
    { workDir: context.workDir, name: "questions", timeout: jobTimeout(context) },
  );
  context.baseQuestions = result;
  return result;
}

export function renderQuestions(result: QuestionsResult, pool: QuestionPool): string {
  const load = markdownTable(
    ["SearchIndex.load (ms)", "createAssistant on a built index (ms)"],
    [[fixed(result.indexLoadMilliseconds, 0), fixed(result.assistantStartMilliseconds, 0)]],
  );
  const latency = markdownTable(
    ["Questions", "p50 (ms)", "p95 (ms)", "p99 (ms)", "Mean (ms)", "Max (ms)", "Questions/s", "Found", "Errors", "Peak RSS (MB)"],
    [
      [
        result.latency.count,
        fixed(result.latency.p50, 2),
        fixed(result.latency.p95, 2),
        fixed(result.latency.p99, 2),
        fixed(result.latency.mean, 2),
        fixed(result.latency.max, 1),
        fixed(result.throughput, 1),
        result.answeredFound,
        result.errors,
        fixed(megabytes(result.memory.peakRssBytes), 0),
      ],
    ],
  );
  const notes = [
    `Questions cycled from ${pool.origin}, asked one after another after ${warmupQuestions} unmeasured warm-up questions.`,
    result.assistantRebuiltIndex ? "createAssistant found the index stale and rebuilt it (the pipeline code changed after the build): its time includes an ingestion." : null,
    result.stoppedByTimeBudget ? "The run stopped at its time budget before reaching the requested count." : null,
    result.firstError ? `First error: ${result.firstError}` : null,
  ].filter((line): line is string => line !== null);
  return `### Questions\n\n${load}\n\n${latency}\n\n${notes.join("\n")}\n`;
}
