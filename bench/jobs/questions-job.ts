import { createEmbeddings } from "../../ingest/index/embeddings/create-embeddings.js";
import { EmbeddingsMismatchError, SearchIndex } from "../../ingest/index/search-index.js";
import { indexIdentity } from "../../ingest/run-ingest.js";
import { createAssistant } from "../../knowledge/assistant.js";
import { summarizeLatencies } from "../stats/percentiles.js";
import { peakRssBytes, startRssSampler } from "../stats/memory.js";
import type { QuestionsJob, QuestionsResult } from "../worker/worker-protocol.js";
import { errorMessage } from "../../errors/error-message.js";

/**
 * On an index built beforehand: times `SearchIndex.load` alone, then `createAssistant`, then asks
 * questions one after another (after a few unmeasured warm-up questions) until `count` are
 * measured or the time budget is spent.
 */
export async function runQuestionsJob(job: QuestionsJob): Promise<QuestionsResult> {
  const startRssBytes = process.memoryUsage().rss;
  const sampler = startRssSampler();

  // An index built by older pipeline code is refused by SearchIndex.load; createAssistant then
  // rebuilds it (reported), and the load is timed afterwards on the rebuilt index.
  let indexLoadMilliseconds = job.timeIndexLoadAlone
    ? await timeIndexLoad(job.indexDir).catch((error: unknown) => {
        if (error instanceof EmbeddingsMismatchError) return null;
        throw error;
      })
    : null;
  collectGarbage();

  const startStarted = performance.now();
  let assistantRebuiltIndex = false;
  const assistant = await createAssistant({
    sourcesDir: job.sourcesDir,
    indexDir: job.indexDir,
    log: () => {
      assistantRebuiltIndex = true;
    },
  });
  const assistantStartMilliseconds = performance.now() - startStarted;
  progress(`assistant started in ${Math.round(assistantStartMilliseconds)} ms${assistantRebuiltIndex ? " (it rebuilt a stale index)" : ""}`);
  if (job.timeIndexLoadAlone) indexLoadMilliseconds ??= await timeIndexLoad(job.indexDir);

  const questionAt = (position: number): string => job.questions[position % job.questions.length] as string;
  // Warm-up stops early on a slow (large) index: at most a fifth of the time budget.
  const warmupStarted = performance.now();
  let warmedUp = 0;
  while (warmedUp < job.warmup && performance.now() - warmupStarted < job.timeBudgetMilliseconds / 5) {
    await assistant.answer(questionAt(warmedUp)).catch(() => undefined);
    warmedUp += 1;
  }

  progress(`${warmedUp} warm-up questions in ${Math.round(performance.now() - warmupStarted)} ms`);
  const latencies: number[] = [];
  let answeredFound = 0;
  let errors = 0;
  let firstError: string | null = null;
  let stoppedByTimeBudget = false;
  const runStarted = performance.now();
  for (let position = 0; position < job.count; position += 1) {
    if (performance.now() - runStarted > job.timeBudgetMilliseconds) {
      stoppedByTimeBudget = true;
      break;
    }
    const started = performance.now();
    try {
      const answer = await assistant.answer(questionAt(warmedUp + position));
      if (answer.found) answeredFound += 1;
    } catch (error) {
      errors += 1;
      firstError ??= errorMessage(error);
    }
    latencies.push(performance.now() - started);
  }
  const runMilliseconds = performance.now() - runStarted;
  const sampledPeakRssBytes = sampler.stop();
  return {
    kind: "questions",
    indexLoadMilliseconds,
    assistantStartMilliseconds,
    assistantRebuiltIndex,
    latency: summarizeLatencies(latencies),
    throughput: latencies.length / (runMilliseconds / 1000),
    answeredFound,
    errors,
    firstError,
    stoppedByTimeBudget,
    memory: { peakRssBytes: peakRssBytes(), startRssBytes, sampledPeakRssBytes },
  };
}

/** Loads the index once, alone, and lets it go. */
async function timeIndexLoad(indexDir: string): Promise<number> {
  const started = performance.now();
  const embeddings = { provider: "local" } as const;
  const index = await SearchIndex.load(indexDir, createEmbeddings(embeddings), { embeddingsId: indexIdentity(embeddings) });
  const milliseconds = performance.now() - started;
  progress(`index opened in ${Math.round(milliseconds)} ms: ${index.manifest.counts.records} records, ${index.manifest.counts.passages} passages`);
  index.close();
  return milliseconds;
}

/** A progress line on standard error (the parent shows it, and quotes the last one on a timeout). */
export function progress(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Runs a full collection when the child was started with --expose-gc. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
