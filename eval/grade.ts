import { basename } from "node:path";
import type { Answer } from "../knowledge/answer/answer-types.js";
import { foldText } from "../vietnamese/fold.js";
import { LIST_KINDS, type EvalCase } from "./case-schema.js";

/**
 * - pass: right fact first, found, cites the expected file (or, for a refuse case, refused).
 * - fact-not-first: the fact is in the answer but not in its leading lines.
 * - wrong-citation: the fact is right but no citation names the expected file.
 * - not-found: the assistant refused a question the documents answer.
 * - confident-wrong: found is true but an expected group is missing, or a refuse case was answered.
 * - error: the assistant threw.
 */
export type Outcome = "pass" | "fact-not-first" | "wrong-citation" | "not-found" | "confident-wrong" | "error";

export interface Grade {
  passed: boolean;
  outcome: Outcome;
  /** Expected groups (joined by " | ") not found in the graded part of the answer. */
  missingGroups: string[];
  /** True when a citation names the expected file; null for refuse cases. */
  citationOk: boolean | null;
}

/** How many non-empty leading lines a single-fact answer is graded on. */
export const LEADING_LINE_COUNT = 2;

/** Comparison key: NFC, lower case, no diacritics (đ→d), punctuation ignored, padded for whole-word search. */
export function gradingKey(text: string): string {
  return ` ${foldKey(text)} `;
}

/** foldText with the symbols it keeps (% ≥ ≤ &) set apart as words, so "74,2%" holds "74,2" and "≥50" equals "≥ 50". */
function foldKey(text: string): string {
  return foldText(text).replace(/([%≥≤&])/g, " $1 ").replace(/\s+/g, " ").trim();
}

/** True when the folded alternative occurs in the folded text as whole words. */
export function containsAlternative(text: string, alternative: string): boolean {
  const needle = foldKey(alternative);
  if (needle === "") return false;
  return gradingKey(text).includes(` ${needle} `);
}

export function leadingLines(text: string, count: number = LEADING_LINE_COUNT): string {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .slice(0, count)
    .join("\n");
}

function missingGroupsIn(text: string, expected: string[][]): string[] {
  return expected
    .filter((group) => !group.some((alternative) => containsAlternative(text, alternative)))
    .map((group) => group.join(" | "));
}

function citesFile(answer: Answer, file: string): boolean {
  return answer.citations.some((citation) => basename(citation.file) === basename(file));
}

export function gradeAnswer(evalCase: EvalCase, answer: Answer): Grade {
  if (evalCase.refuse === true) {
    return answer.found
      ? { passed: false, outcome: "confident-wrong", missingGroups: [], citationOk: null }
      : { passed: true, outcome: "pass", missingGroups: [], citationOk: null };
  }
  const citationOk = citesFile(answer, evalCase.document);
  if (!answer.found) {
    return { passed: false, outcome: "not-found", missingGroups: evalCase.expected.map((group) => group.join(" | ")), citationOk };
  }
  const gradedText = LIST_KINDS.has(evalCase.kind) ? answer.text : leadingLines(answer.text);
  const missingGroups = missingGroupsIn(gradedText, evalCase.expected);
  if (missingGroups.length > 0) {
    const inWholeText = missingGroupsIn(answer.text, evalCase.expected).length === 0;
    return { passed: false, outcome: inWholeText ? "fact-not-first" : "confident-wrong", missingGroups, citationOk };
  }
  if (!citationOk) return { passed: false, outcome: "wrong-citation", missingGroups, citationOk };
  return { passed: true, outcome: "pass", missingGroups, citationOk };
}

/** The grade of a question whose answering threw. */
export function gradeError(evalCase: EvalCase): Grade {
  return {
    passed: false,
    outcome: "error",
    missingGroups: evalCase.expected.map((group) => group.join(" | ")),
    citationOk: evalCase.refuse === true ? null : false,
  };
}
