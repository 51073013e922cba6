import type { Answer, AskContext, Assistant, Understanding } from "../knowledge/answer/answer-types.js";
import type { EvalCase } from "./case-schema.js";

/** Test helpers: cases and a scripted Assistant that answers from a question → answer table. */

export function makeCase(overrides: Partial<EvalCase> & Pick<EvalCase, "id">): EvalCase {
  return {
    document: "plan.md",
    kind: "owner",
    question: "Ai chủ trì xây dựng CSDL nhà ở?",
    rewordings: ["Ai chu tri xay dung CSDL nha o?", "csdl nha o ai lam?"],
    expected: [["Sở Xây dựng", "SXD"]],
    evidence: { line: 2, text: "CSDL nhà ở — Sở Xây dựng" },
    split: "tune",
    ...overrides,
  };
}

export function makeAnswer(overrides: Partial<Answer>): Answer {
  return {
    question: "",
    found: true,
    kind: "owner",
    text: "Sở Xây dựng chủ trì.\nNguồn: plan.md",
    citations: [{ file: "plan.md", title: "Kế hoạch", locator: "Phụ lục", quote: "CSDL nhà ở — Sở Xây dựng", line: 2 }],
    suggestions: [],
    ...overrides,
  };
}

/** `previous`: the understanding of the chat's previous question, as the conversation path passes it. */
export function scriptedAssistant(reply: (question: string, previous: Understanding | null) => Answer | Error): Assistant {
  return {
    async answer(question: string, context?: AskContext): Promise<Answer> {
      const result = reply(question, context?.previous ?? null);
      if (result instanceof Error) throw result;
      return { ...result, question, understanding: { question, kind: result.kind } };
    },
    async dueTasks(): Promise<Answer> {
      return makeAnswer({ found: false, text: "Không có." });
    },
    documents: () => [],
    reload: async () => "",
  };
}
