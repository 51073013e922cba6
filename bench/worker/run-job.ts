import { spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { BenchJobResult, type BenchJob } from "./worker-protocol.js";
import { AppError } from "../../errors/app-error.js";

// The built worker from dist/, the TypeScript one under tsx (process.execArgv carries the loader).
const workerPath = fileURLToPath(new URL(import.meta.url.endsWith(".ts") ? "./worker.ts" : "./worker.js", import.meta.url));

export class JobTimeoutError extends AppError {
  constructor(
    readonly jobKind: string,
    readonly seconds: number,
    readonly limitedBy: "job timeout" | "run budget",
    readonly lastOutput: string,
  ) {
    super(
      "JOB_TIMEOUT",
      `The ${jobKind} job did not finish within ${seconds} s (${limitedBy === "run budget" ? "what was left of the run's --budget" : "the --timeout of one job"}) and was stopped.` +
        (lastOutput === "" ? "" : ` Its last progress line: ${lastOutput}`),
    );
  }
}

export class JobFailedError extends AppError {
  constructor(
    readonly jobKind: string,
    readonly detail: string,
  ) {
    super("JOB_FAILED", `The ${jobKind} job failed: ${detail}`);
  }
}

const FailedResult = z.object({ error: z.string() });

export interface RunJobOptions {
  /** Folder for the job and result files. */
  workDir: string;
  name: string;
  timeout: { seconds: number; limitedBy: "job timeout" | "run budget" };
}

/**
 * Runs one job in a fresh Node process (same TypeScript loader as this one, --expose-gc and a
 * large heap so a 100× corpus fits), and returns its parsed result. The child is killed, by its
 * own id, when it outlives the timeout.
 */
export async function runJob<Kind extends BenchJob["kind"]>(
  job: BenchJob & { kind: Kind },
  options: RunJobOptions,
): Promise<Extract<BenchJobResult, { kind: Kind }>> {
  const jobFile = path.join(options.workDir, `${options.name}.job.json`);
  const resultFile = path.join(options.workDir, `${options.name}.result.json`);
  await writeFile(jobFile, JSON.stringify(job), "utf8");
  await writeFile(resultFile, "", "utf8");
  const child = spawn(process.execPath, [...process.execArgv, "--expose-gc", "--max-old-space-size=8192", workerPath, jobFile, resultFile], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderrTail = "";
  child.stderr.on("data", (chunk: Buffer) => {
    const text = chunk.toString("utf8");
    stderrTail = (stderrTail + text).slice(-2000);
    // The child's progress lines and the pipeline's warnings, shown as they come.
    process.stderr.write(text.replace(/^(?=.)/gm, `  [${options.name}] `));
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill("SIGKILL");
  }, options.timeout.seconds * 1000);
  const exitCode = await new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  clearTimeout(timer);
  if (timedOut) throw new JobTimeoutError(job.kind, options.timeout.seconds, options.timeout.limitedBy, stderrTail.trim().split("\n").at(-1) ?? "");
  const text = await readFile(resultFile, "utf8");
  if (text.trim() === "") throw new JobFailedError(job.kind, `exit code ${exitCode}, no result; last output: ${stderrTail.trim()}`);
  const json: unknown = JSON.parse(text);
  const failed = FailedResult.safeParse(json);
  if (failed.success) throw new JobFailedError(job.kind, failed.data.error);
  const result = BenchJobResult.parse(json);
  if (result.kind !== job.kind) throw new JobFailedError(job.kind, `the worker answered a ${result.kind} result`);
  return result as Extract<BenchJobResult, { kind: Kind }>;
}
