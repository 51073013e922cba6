import type { EvalReport, QuestionResult } from "./report-schema.js";
import type { ReportWords } from "./report-words.js";

/** The short name of a document file ("Kế hoạch 429/KH-UBND"), or the file name when the report has none. */
export function documentName(report: EvalReport, file: string): string {
  if (file === "none") return "không thuộc văn bản nào";
  return report.documentNames[file] ?? file;
}

/** One failed question with what it should have rested on. */
export interface Failure {
  result: QuestionResult;
  /** The evidence line of its case: document, line, verbatim text; null for a question that must be refused. */
  evidence: { document: string; line: number; text: string | null } | null;
  /** What the answer lacked: the expected groups missing, or the right document. */
  missing: string;
}

export interface FailureGroup {
  outcome: string;
  label: string;
  check: string;
  failures: Failure[];
}

/**
 * The failed questions grouped by cause (không tìm thấy, sai sự việc, sai văn bản, sự việc không
 * đứng đầu, lỗi), each group with what to check, each case with the evidence line it should rest
 * on. Held-out questions are only counted (`holdoutFailed`), never listed one by one: nobody
 * tunes on them (docs/decisions/007-answering-eval-splits.md).
 */
export function groupFailures(report: EvalReport, words: ReportWords): { groups: FailureGroup[]; holdoutFailed: number } {
  const cases = new Map(report.cases.map((evalCase) => [evalCase.id, evalCase]));
  const failed = report.results.filter((result) => !result.passed);
  const listed = failed.filter((result) => result.split !== "holdout");
  const groups = words.causes
    .map((cause) => ({
      outcome: cause.outcome,
      label: cause.label,
      check: cause.check,
      failures: listed
        .filter((result) => result.outcome === cause.outcome)
        .map((result): Failure => {
          const evalCase = cases.get(result.caseId);
          const line = evalCase?.evidenceLine ?? null;
          return {
            result,
            evidence: line === null ? null : { document: documentName(report, result.document), line, text: evalCase?.evidenceText ?? null },
            missing: result.missingGroups.length > 0 ? result.missingGroups.join("; ") : result.citationOk === false ? "trích dẫn đúng văn bản" : "",
          };
        }),
    }))
    .filter((group) => group.failures.length > 0);
  return { groups, holdoutFailed: failed.length - listed.length };
}
