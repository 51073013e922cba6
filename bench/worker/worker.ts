import { readFile, writeFile } from "node:fs/promises";
import { runBaselineJob } from "../jobs/baseline-job.js";
import { runIngestJob } from "../jobs/ingest-job.js";
import { runQualityJob } from "../jobs/quality-job.js";
import { runQuestionsJob } from "../jobs/questions-job.js";
import { BenchJob, type BenchJobResult } from "./worker-protocol.js";
import { errorMessage } from "../../errors/error-message.js";

/**
 * Child-process entry: `node <tsx loader> bench/worker/worker.ts <job.json> <result.json>`.
 * Runs one job and writes its result; a failure is written as `{ "error": "…" }` and exit code 1.
 */
async function main(): Promise<void> {
  const [jobFile, resultFile] = process.argv.slice(2);
  if (jobFile === undefined || resultFile === undefined) {
    throw new Error("usage: worker.ts <job.json> <result.json> (started by bench/run.ts)");
  }
  try {
    const job = BenchJob.parse(JSON.parse(await readFile(jobFile, "utf8")));
    const result = await runJob(job);
    await writeFile(resultFile, JSON.stringify(result), "utf8");
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${errorMessage(error)}` : errorMessage(error);
    await writeFile(resultFile, JSON.stringify({ error: message }), "utf8");
    process.exitCode = 1;
  }
}

function runJob(job: BenchJob): Promise<BenchJobResult> {
  switch (job.kind) {
    case "ingest":
      return runIngestJob(job);
    case "questions":
      return runQuestionsJob(job);
    case "quality":
      return runQualityJob(job);
    case "baseline":
      return runBaselineJob(job);
  }
}

await main();
