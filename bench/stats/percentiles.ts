import { AppError } from "../../errors/app-error.js";
/** Latency summary of a run of timed operations, in milliseconds. */
export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

export class EmptySampleError extends AppError {
  constructor(readonly what: string) {
    super("EMPTY_SAMPLE", `No ${what} were measured, so no percentile exists: run at least one operation before summarising.`);
  }
}

/**
 * Nearest-rank percentile: the smallest value such that at least `percent` % of the sample is
 * at or below it (p50 of [1,2,3,4] is 2; p100 is the maximum).
 */
export function percentile(values: readonly number[], percent: number): number {
  if (values.length === 0) throw new EmptySampleError("values");
  if (percent < 0 || percent > 100) throw new RangeError(`percent must be within 0..100, got ${percent}`);
  const sorted = [...values].sort((left, right) => left - right);
  const rank = Math.max(1, Math.ceil((percent / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

export function summarizeLatencies(milliseconds: readonly number[]): LatencySummary {
  if (milliseconds.length === 0) throw new EmptySampleError("latencies");
  const total = milliseconds.reduce((sum, value) => sum + value, 0);
  return {
    count: milliseconds.length,
    p50: percentile(milliseconds, 50),
    p95: percentile(milliseconds, 95),
    p99: percentile(milliseconds, 99),
    mean: total / milliseconds.length,
    max: Math.max(...milliseconds),
  };
}
