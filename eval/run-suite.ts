import { performance } from "node:perf_hooks";
import { askInConversation, ConversationMemory } from "../bot/core/conversation-memory.js";
import type { Answer, Assistant } from "../knowledge/answer/answer-types.js";
import type { EvalCase } from "./case-schema.js";
import { gradeAnswer, gradeError } from "./grade.js";
import { compareWithPrevious } from "./report/compare.js";
import type { CaseResult, EvalReport, QuestionResult } from "./report/report-schema.js";
import { summarize } from "./report/summarize.js";
import { checkEvidence, DocumentLines } from "./stale.js";
import { errorMessage } from "../errors/error-message.js";
import { cutAtWord } from "../vietnamese/cut-at-word.js";

export interface RunSuiteOptions {
  /** Folder of the documents, to check each case's evidence is still there (stale cases). */
  sourcesDir: string;
  /** The previous run's report, to list regressions; null or absent for none. */
  previous?: EvalReport | null;
  /** Also ask every rewording (default true). */
  includeRewordings?: boolean;
  /** Called after each question, e.g. to print progress. */
  onProgress?: (done: number, total: number) => void;
  /** Clock in milliseconds (tests inject one). */
  now?: () => number;
  /** Report date (tests inject one). */
  createdAt?: Date;
}

interface Variant {
  label: string;
  question: string;
}

function variantsOf(evalCase: EvalCase, includeRewordings: boolean): Variant[] {
  const variants: Variant[] = [{ label: "question", question: evalCase.question }];
  if (includeRewordings) {
    evalCase.rewordings.forEach((question, index) => variants.push({ label: `rewording ${index + 1}`, question }));
  }
  return variants;
}

async function askOne(
  assistant: Assistant,
  evalCase: EvalCase,
  variant: Variant,
  now: () => number,
): Promise<QuestionResult> {
  const asked = { caseId: evalCase.id, document: evalCase.document, kind: evalCase.kind, split: evalCase.split, variant: variant.label, question: variant.question };
  // A follow-up case: its earlier questions go first through the chat's conversation path, as in a bot.
  const memory = new ConversationMemory();
  const chatKey = `${evalCase.id}:${variant.label}`;
  let started = now();
  let answer: Answer | null = null;
  try {
    for (const earlier of evalCase.context ?? []) await askInConversation(assistant, memory, chatKey, earlier);
    started = now();
    answer = await askInConversation(assistant, memory, chatKey, variant.question);
  } catch (error) {
    return {
      ...asked,
      ...gradeError(evalCase),
      found: false,
      citedFiles: [],
      answerHead: `LỖI: ${errorMessage(error)}`.slice(0, 300),
      latencyMs: now() - started,
    };
  }
  const latencyMs = now() - started;
  return {
    ...asked,
    ...gradeAnswer(evalCase, answer),
    found: answer.found,
    citedFiles: [...new Set(answer.citations.map((citation) => citation.file))],
    answerHead: answer.text.slice(0, 300),
    latencyMs,
    ...(answer.evidence ? { evidence: answer.evidence } : {}),
    ...(answer.confidence !== undefined ? { confidence: answer.confidence } : {}),
  };
}

/**
 * Asks every case (and its rewordings) through `assistant.answer`, the same read path as the
 * bots (a case's `context` questions first, in the same conversation), grades each answer, checks the evidence is still in the documents and compares with the
 * previous run. Questions are asked one after another so latencies are comparable.
 */
export async function runSuite(assistant: Assistant, cases: EvalCase[], options: RunSuiteOptions): Promise<EvalReport> {
  const now = options.now ?? (() => performance.now());
  const includeRewordings = options.includeRewordings ?? true;
  const documents = new DocumentLines(options.sourcesDir);
  const total = cases.reduce((sum, evalCase) => sum + variantsOf(evalCase, includeRewordings).length, 0);
  const results: QuestionResult[] = [];
  const caseResults: CaseResult[] = [];
  for (const evalCase of cases) {
    const own: QuestionResult[] = [];
    for (const variant of variantsOf(evalCase, includeRewordings)) {
      const result = await askOne(assistant, evalCase, variant, now);
      own.push(result);
      results.push(result);
      options.onProgress?.(results.length, total);
    }
    const evidence = checkEvidence(evalCase, evalCase.refuse === true ? null : documents.lines(evalCase.document));
    const variantsPassed = own.filter((result) => result.passed).length;
    caseResults.push({
      id: evalCase.id,
      document: evalCase.document,
      kind: evalCase.kind,
      split: evalCase.split,
      question: evalCase.question,
      passed: variantsPassed === own.length,
      variantsPassed,
      variants: own.length,
      evidenceLine: evalCase.evidence?.line ?? null,
      evidenceText: evalCase.evidence?.text ?? null,
      evidence: evalCase.refuse === true ? { status: "ok" } : evidence,
    });
  }
  const { regressions, fixed } = compareWithPrevious(results, options.previous ?? null);
  return {
    createdAt: (options.createdAt ?? new Date()).toISOString(),
    documentNames: Object.fromEntries(
      assistant.documents().map((document) => [document.file, document.number ? `${document.kind} ${document.number}` : cutAtWord(`${document.kind} ${document.title}`, 48)]),
    ),
    summary: summarize(results, caseResults),
    regressions,
    fixed,
    comparedWithPrevious: options.previous !== undefined && options.previous !== null,
    cases: caseResults,
    results,
  };
}
