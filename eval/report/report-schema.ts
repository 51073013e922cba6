import { z } from "zod";
import { AnswerEvidence } from "../../knowledge/answer/answer-types.js";
import { CaseKind, Split } from "../case-schema.js";

/** The eval report as written to `.reports/eval/report.json` and read back as `previous.json`. */

export const Outcome = z.enum(["pass", "fact-not-first", "wrong-citation", "not-found", "confident-wrong", "error"]);

export const QuestionResult = z.object({
  caseId: z.string(),
  document: z.string(),
  kind: CaseKind,
  split: Split.default("tune"),
  /** "question" or "rewording 1", "rewording 2"… */
  variant: z.string(),
  question: z.string(),
  passed: z.boolean(),
  outcome: Outcome,
  found: z.boolean(),
  missingGroups: z.array(z.string()),
  citationOk: z.boolean().nullable(),
  citedFiles: z.array(z.string()),
  answerHead: z.string(),
  latencyMs: z.number(),
  /** What a record or sentence answer rested on, and the confidence model's probability that it is right. */
  evidence: AnswerEvidence.optional(),
  confidence: z.number().min(0).max(1).optional(),
});
export type QuestionResult = z.infer<typeof QuestionResult>;

export const EvidenceState = z.object({
  status: z.enum(["ok", "moved", "missing", "no-document"]),
  newLine: z.number().optional(),
});

export const CaseResult = z.object({
  id: z.string(),
  document: z.string(),
  kind: CaseKind,
  split: Split.default("tune"),
  question: z.string(),
  passed: z.boolean(),
  variantsPassed: z.number(),
  variants: z.number(),
  evidenceLine: z.number().nullable(),
  /** The verbatim text of that line the case rests on. */
  evidenceText: z.string().nullable().default(null),
  evidence: EvidenceState,
});
export type CaseResult = z.infer<typeof CaseResult>;

export const Tally = z.object({ total: z.number(), passed: z.number(), rate: z.number() });
export type Tally = z.infer<typeof Tally>;

export const Regression = z.object({
  caseId: z.string(),
  variant: z.string(),
  question: z.string(),
  outcome: Outcome,
});
export type Regression = z.infer<typeof Regression>;

/** The figures of one split (tune or holdout), reported apart. */
export const SplitSummary = z.object({
  cases: z.number(),
  questions: z.number(),
  passed: z.number(),
  passRate: z.number(),
  /** Questions the documents answer (not out-of-scope). */
  answerable: z.number(),
  /** Answerable questions refused ("không tìm thấy"). */
  notFound: z.number(),
  /** Questions answered with confidence but wrongly (answerable ones, plus out-of-scope ones answered). */
  confidentWrong: z.number(),
  /** Confident-wrong answers to answerable questions, as a share of the answerable questions. */
  confidentWrongRate: z.number(),
  /** Out-of-scope questions: how many were refused. */
  refusals: Tally,
});
export type SplitSummary = z.infer<typeof SplitSummary>;

export const Summary = z.object({
  cases: z.number(),
  questions: z.number(),
  passed: z.number(),
  passRate: z.number(),
  casesPassed: z.number(),
  byKind: z.record(z.string(), Tally),
  byDocument: z.record(z.string(), Tally),
  byOutcome: z.record(z.string(), z.number()),
  /** Answers to non-refusal questions that were found: how many cite the expected file. */
  citations: Tally,
  /** Out-of-scope questions: how many were refused. */
  refusals: Tally,
  confidentWrong: z.number(),
  staleCases: z.number(),
  latencyMs: z.object({ p50: z.number(), p95: z.number(), max: z.number() }),
  /** Tune and holdout apart (only the splits that have cases). */
  bySplit: z.partialRecord(Split, SplitSummary).default({}),
});
export type Summary = z.infer<typeof Summary>;

export const EvalReport = z.object({
  createdAt: z.string(),
  /** Short document names by file ("Kế hoạch 429/KH-UBND"), for a page people read. */
  documentNames: z.record(z.string(), z.string()).default({}),
  summary: Summary,
  regressions: z.array(Regression),
  /** Questions that failed before and pass now. */
  fixed: z.array(Regression),
  /** True when a previous report was there to compare with. */
  comparedWithPrevious: z.boolean(),
  cases: z.array(CaseResult),
  results: z.array(QuestionResult),
});
export type EvalReport = z.infer<typeof EvalReport>;
