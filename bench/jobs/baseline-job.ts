import { buildLangchainBm25Baseline } from "../baseline/langchain-bm25.js";
import { peakRssBytes, startRssSampler } from "../stats/memory.js";
import { summarizeLatencies } from "../stats/percentiles.js";
import type { BaselineJob, BaselineResult } from "../worker/worker-protocol.js";

/** The LangChain BM25 baseline over the same corpus as the project, in a process of its own: build time, retrieval latency, peak memory. */
export async function runBaselineJob(job: BaselineJob): Promise<BaselineResult> {
  const startRssBytes = process.memoryUsage().rss;
  const sampler = startRssSampler();
  const baseline = await buildLangchainBm25Baseline(job.sourcesDir);
  const latencies: number[] = [];
  const started = performance.now();
  for (let position = 0; position < job.count && performance.now() - started < job.timeBudgetMilliseconds; position += 1) {
    const questionStarted = performance.now();
    await baseline.retrieve(job.questions[position % job.questions.length] as string);
    latencies.push(performance.now() - questionStarted);
  }
  return {
    kind: "baseline",
    chunkCount: baseline.chunkCount,
    buildMilliseconds: baseline.buildMilliseconds,
    latency: summarizeLatencies(latencies),
    memory: { peakRssBytes: peakRssBytes(), startRssBytes, sampledPeakRssBytes: sampler.stop() },
  };
}
