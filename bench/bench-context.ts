import path from "node:path";
import type { BenchOptions } from "./bench-options.js";
import { runJob } from "./worker/run-job.js";
import type { IngestResult, QuestionsResult } from "./worker/worker-protocol.js";
import { AppError } from "../errors/app-error.js";
import { errorMessage } from "../errors/error-message.js";

/** What the parts share while `npm run bench` runs. */
export interface BenchContext {
  options: BenchOptions;
  /** Absolute sources folder (the five documents). */
  sourcesDir: string;
  /** Temporary folder for indexes, generated corpora and job files; removed at the end. */
  workDir: string;
  log: (line: string) => void;
  /** performance.now() value at which the run's budget ends. */
  deadline: number;
  /** Ingestion of the real sources into `baseIndexDir`, once measured. */
  baseIngest: IngestResult | null;
  /** Question run on the real sources, once measured. */
  baseQuestions: QuestionsResult | null;
}

export function baseIndexDir(context: BenchContext): string {
  return path.join(context.workDir, "index-1x");
}

export class BudgetSpentError extends AppError {
  constructor(readonly budgetSeconds: number) {
    super("BUDGET_SPENT", `The run's time budget of ${budgetSeconds} s was spent before this job could start: raise it with --budget, or run this part alone with --only.`);
  }
}

/**
 * Time limit of the next job: the per-job timeout, cut to what is left of the run's budget.
 * `limitedBy` tells a timeout message which limit stopped the job.
 */
export function jobTimeout(context: BenchContext): { seconds: number; limitedBy: "job timeout" | "run budget" } {
  const remaining = Math.floor((context.deadline - performance.now()) / 1000);
  if (remaining < 5) throw new BudgetSpentError(context.options.budgetSeconds);
  return remaining < context.options.timeoutSeconds
    ? { seconds: remaining, limitedBy: "run budget" }
    : { seconds: context.options.timeoutSeconds, limitedBy: "job timeout" };
}

/** The index of the real sources, building it (unmeasured) when the ingest part did not run. */
export async function ensureBaseIndex(context: BenchContext): Promise<string> {
  const indexDir = baseIndexDir(context);
  if (context.baseIngest !== null) return indexDir;
  context.log("building the index of the sources…");
  context.baseIngest = await runJob(
    { kind: "ingest", sourcesDir: context.sourcesDir, indexDir, perDocument: false, workDir: context.workDir },
    { workDir: context.workDir, name: "ingest-1x", timeout: jobTimeout(context) },
  );
  return indexDir;
}

/** `{ ok, value }` or the error's message: a failing part is reported, not fatal to the others. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

export async function attempt<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}
