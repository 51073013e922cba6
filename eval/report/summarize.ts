import type { Split } from "../case-schema.js";
import type { CaseResult, QuestionResult, SplitSummary, Summary, Tally } from "./report-schema.js";

function tally(results: QuestionResult[]): Tally {
  const passed = results.filter((result) => result.passed).length;
  return { total: results.length, passed, rate: results.length === 0 ? 0 : passed / results.length };
}

function tallyBy(results: QuestionResult[], key: (result: QuestionResult) => string): Record<string, Tally> {
  const groups = new Map<string, QuestionResult[]>();
  for (const result of results) {
    const name = key(result);
    groups.set(name, [...(groups.get(name) ?? []), result]);
  }
  return Object.fromEntries([...groups.entries()].sort(([left], [right]) => left.localeCompare(right)).map(([name, group]) => [name, tally(group)]));
}

/** Nearest-rank percentile of a list of numbers (0 for an empty list). */
export function percentile(values: number[], fraction: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((left, right) => left - right);
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? 0;
}

function summarizeSplit(results: QuestionResult[], cases: CaseResult[]): SplitSummary {
  const all = tally(results);
  const answerable = results.filter((result) => result.kind !== "out-of-scope");
  const answerableWrong = answerable.filter((result) => result.outcome === "confident-wrong").length;
  return {
    cases: cases.length,
    questions: all.total,
    passed: all.passed,
    passRate: all.rate,
    answerable: answerable.length,
    notFound: answerable.filter((result) => result.outcome === "not-found").length,
    confidentWrong: results.filter((result) => result.outcome === "confident-wrong").length,
    confidentWrongRate: answerable.length === 0 ? 0 : answerableWrong / answerable.length,
    refusals: tally(results.filter((result) => result.kind === "out-of-scope")),
  };
}

function bySplit(results: QuestionResult[], cases: CaseResult[]): Partial<Record<Split, SplitSummary>> {
  const splits: Partial<Record<Split, SplitSummary>> = {};
  for (const split of ["tune", "holdout"] as const) {
    const own = cases.filter((evalCase) => evalCase.split === split);
    if (own.length > 0) splits[split] = summarizeSplit(results.filter((result) => result.split === split), own);
  }
  return splits;
}

export function summarize(results: QuestionResult[], cases: CaseResult[]): Summary {
  const all = tally(results);
  const answerable = results.filter((result) => result.kind !== "out-of-scope" && result.found);
  const citationsCorrect = answerable.filter((result) => result.citationOk === true).length;
  const outOfScope = results.filter((result) => result.kind === "out-of-scope");
  const byOutcome: Record<string, number> = {};
  for (const result of results) byOutcome[result.outcome] = (byOutcome[result.outcome] ?? 0) + 1;
  const latencies = results.map((result) => result.latencyMs);
  return {
    cases: cases.length,
    questions: all.total,
    passed: all.passed,
    passRate: all.rate,
    casesPassed: cases.filter((evalCase) => evalCase.passed).length,
    byKind: tallyBy(results, (result) => result.kind),
    byDocument: tallyBy(results, (result) => result.document),
    byOutcome,
    citations: {
      total: answerable.length,
      passed: citationsCorrect,
      rate: answerable.length === 0 ? 0 : citationsCorrect / answerable.length,
    },
    refusals: tally(outOfScope),
    confidentWrong: byOutcome["confident-wrong"] ?? 0,
    staleCases: cases.filter((evalCase) => evalCase.evidence.status !== "ok").length,
    latencyMs: { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), max: Math.max(0, ...latencies) },
    bySplit: bySplit(results, cases),
  };
}
