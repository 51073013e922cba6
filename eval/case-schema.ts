import { z } from "zod";
import { QuestionKind } from "../knowledge/answer/answer-types.js";

/**
 * One known-answer case of the eval suite, one JSON object per line in `eval/cases/*.jsonl`.
 * `expected` is a list of groups: every group must appear in the answer, and any one
 * alternative of a group is enough ("Sở KH&CN" or "Sở Khoa học và Công nghệ").
 */
export const CaseKind = z.enum([...QuestionKind.exclude(["general"]).options, "out-of-scope"]);
export type CaseKind = z.infer<typeof CaseKind>;

/** Kinds graded on the whole answer text; the others are graded on the leading lines. */
export const LIST_KINDS: ReadonlySet<CaseKind> = new Set<CaseKind>(["list-by-agency", "list-by-period"]);

/**
 * `tune`: cases thresholds, weights and vocabulary may be fit on. `holdout`: questions written by
 * people who saw only the documents; never used to decide anything, only reported. Cases in a
 * `holdout/` folder are holdout whatever they say (load-cases.ts).
 */
export const Split = z.enum(["tune", "holdout"]);
export type Split = z.infer<typeof Split>;

export const Evidence = z.object({
  /** 1-based line of the document that holds the fact. */
  line: z.number().int().positive(),
  /** Verbatim substring of that line, 15–80 characters. */
  text: z.string().min(15).max(80),
});
export type Evidence = z.infer<typeof Evidence>;

export const EvalCase = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "id: chữ thường, số và '-' / lower-case letters, digits and '-'"),
    /** File name inside `knowledge/sources/` the answer must cite (for refusals: the document the question leans on, or "none"). */
    document: z.string().min(1),
    kind: CaseKind,
    question: z.string().min(5),
    rewordings: z.array(z.string().min(3)).min(2).max(3),
    expected: z.array(z.array(z.string().min(1)).min(1)),
    evidence: Evidence.optional(),
    refuse: z.literal(true).optional(),
    split: Split.default("tune"),
    /** Earlier questions of the same chat, asked first through the same conversation path (a follow-up case). */
    context: z.array(z.string().min(1)).min(1).optional(),
  })
  .superRefine((value, context) => {
    const refuses = value.refuse === true;
    if (refuses !== (value.kind === "out-of-scope")) {
      context.addIssue({ code: "custom", message: "kind \"out-of-scope\" và refuse: true phải đi cùng nhau / go together" });
    }
    if (!refuses && value.evidence === undefined) {
      context.addIssue({ code: "custom", message: "case không phải từ chối cần evidence / a non-refusal case needs evidence" });
    }
    if (!refuses && value.expected.length === 0) {
      context.addIssue({ code: "custom", message: "case không phải từ chối cần expected / a non-refusal case needs expected groups" });
    }
  });
export type EvalCase = z.infer<typeof EvalCase>;
