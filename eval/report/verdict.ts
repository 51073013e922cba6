import type { EvalReport } from "./report-schema.js";

export interface ExitPolicy {
  /** Fail when the share of passing questions is below this (0–1). */
  minPassRate: number;
  /** Fail when a question that passed in the previous run fails now. */
  failOnRegression: boolean;
  /** Fail when an out-of-scope question was answered instead of refused. */
  requireAllRefusals: boolean;
}

export const DEFAULT_EXIT_POLICY: ExitPolicy = { minPassRate: 0.95, failOnRegression: true, requireAllRefusals: true };

export interface Verdict {
  exitCode: 0 | 1;
  /** Why the run failed, one sentence each (empty when it passed). */
  reasons: string[];
}

function percent(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

/**
 * Judges the tune cases only (all cases when the run has no split figures): holdout figures are
 * reported, never used to decide anything.
 */
export function decideVerdict(report: EvalReport, policy: ExitPolicy): Verdict {
  const reasons: string[] = [];
  const summary = report.summary.bySplit.tune ?? (report.summary.bySplit.holdout ? null : report.summary);
  if (summary === null) return { exitCode: 0, reasons };
  if (summary.passRate < policy.minPassRate) {
    reasons.push(`Tỉ lệ đạt ${percent(summary.passRate)} thấp hơn ngưỡng ${percent(policy.minPassRate)} (--min-pass-rate).`);
  }
  if (policy.failOnRegression && report.regressions.length > 0) {
    reasons.push(`${report.regressions.length} câu hỏi lần trước đạt nay không đạt (--no-fail-on-regression để bỏ qua).`);
  }
  const unrefused = summary.refusals.total - summary.refusals.passed;
  if (policy.requireAllRefusals && unrefused > 0) {
    reasons.push(`${unrefused} câu ngoài phạm vi tài liệu đã được trả lời thay vì từ chối (--allow-unrefused để bỏ qua).`);
  }
  return { exitCode: reasons.length === 0 ? 0 : 1, reasons };
}
