import { describe, expect, it } from "vitest";
import { loadGlossary } from "../../vietnamese/glossary/glossary.js";
import type { Answer, Citation } from "./answer-types.js";
import { answerByForm, type FormContext } from "./answer-forms.js";
import { understandQuestion } from "./understand/understand-question.js";
import { foldText } from "../../vietnamese/fold.js";

const glossary = loadGlossary();
const rowOf = (file: string, line: number): Citation => ({ file, title: file, locator: `dòng ${line}`, quote: "…", line });
const answer = (question: string, found: boolean, text: string, citations: Citation[]): Answer => ({ question, found, kind: "general", text, citations, suggestions: [] });

/** A knowledge base of two rows that both say "bản sao số": the plan's row (line 7) and another document's (line 40). */
function context(asked: string[], fromSources: string[]): FormContext {
  return {
    read: (text) => understandQuestion(text, glossary, []),
    glossary,
    knowledgeBase: { documents: [], recordsOf: () => [] },
    async answerOne(question) {
      asked.push(question);
      const folded = foldText(question);
      if (folded.includes("ai chu tri")) return answer(question, true, "Bộ A chủ trì: Đề án bản sao số.", [rowOf("plan.md", 7)]);
      // Read alone, the ask of the deadline reaches another document's row.
      return answer(question, true, "Thời hạn: 2030 — Bản sao số đô thị.", [rowOf("other.md", 40)]);
    },
    answerFromSources(question, citations) {
      fromSources.push(`${question} @ ${citations.map((citation) => `${citation.file}:${citation.line}`).join(",")}`);
      return answer(question, true, "Thời hạn: 12/2026 — Đề án bản sao số.", citations);
    },
  };
}

describe("answerByForm: asks of one subject", () => {
  it("answers the ask that names no subject from the source its subject's ask was answered from", async () => {
    const asked: string[] = [];
    const fromSources: string[] = [];
    const reply = await answerByForm("Đề án bản sao số do ai chủ trì, hạn khi nào?", context(asked, fromSources));
    expect(asked).toHaveLength(2);
    expect(fromSources).toHaveLength(1);
    expect(fromSources[0]).toContain("plan.md:7");
    expect(reply.text.split("\n").slice(0, 2)).toEqual(["Bộ A chủ trì: Đề án bản sao số.", "Thời hạn: 12/2026 — Đề án bản sao số."]);
    expect(reply.text).not.toContain("2030");
  });

  it("leaves asks that each name their own subject to their own sources", async () => {
    const fromSources: string[] = [];
    await answerByForm("Ai chủ trì Đề án bản sao số và ai chủ trì Đề án đô thị thông minh?", context([], fromSources));
    expect(fromSources).toEqual([]);
  });
});

/** A knowledge base where only the subject's ask finds a row; the row holds a deadline and a "KPI tác nghiệp" column. */
function rowContext(fromSources: string[]): FormContext {
  return {
    read: (text) => understandQuestion(text, glossary, []),
    glossary,
    knowledgeBase: { documents: [], recordsOf: () => [] },
    async answerOne(question) {
      if (foldText(question).includes("chu tri")) return answer(question, true, "Bộ A chủ trì: Chỉ số đổi mới sáng tạo.", [rowOf("plan.md", 7)]);
      return answer(question, false, "Không tìm thấy.", []);
    },
    answerFromSources(question, citations) {
      fromSources.push(question);
      const folded = foldText(question);
      if (folded.includes("kpi tac nghiep")) return answer(question, true, "KPI tác nghiệp: Số bằng sáng chế — Chỉ số đổi mới sáng tạo.", citations);
      if (folded.includes("thoi han")) return answer(question, true, "Thời hạn: Hàng năm — Chỉ số đổi mới sáng tạo.", citations);
      return answer(question, true, "Bộ A chủ trì: Chỉ số đổi mới sáng tạo.", citations);
    },
  };
}

describe("answerByForm: an ask whose own words reach nothing", () => {
  it("is answered from the subject's row when its words are few or name the fact the row states", async () => {
    const column = await answerByForm("Chỉ số đổi mới sáng tạo do ai chủ trì, KPI tác nghiệp là gì?", rowContext([]));
    expect(column.text.split("\n").slice(0, 2)).toEqual(["Bộ A chủ trì: Chỉ số đổi mới sáng tạo.", "KPI tác nghiệp: Số bằng sáng chế — Chỉ số đổi mới sáng tạo."]);
    const few = await answerByForm("Chỉ số đổi mới sáng tạo do ai chủ trì và thực hiện theo thời hạn nào?", rowContext([]));
    expect(few.found).toBe(true);
    expect(few.text).toContain("Thời hạn: Hàng năm");
  });

  it("is not answered from another subject's row when it names a subject of its own", async () => {
    const other = await answerByForm("Chỉ số đổi mới sáng tạo do ai chủ trì, còn đề án đô thị thông minh hạn khi nào?", rowContext([]));
    expect(other.found).toBe(false);
    expect(other.text).not.toContain("Hàng năm");
  });
});

describe("answerByForm: a yes/no question naming an agency by an abbreviation the documents teach", () => {
  it("claims the agency once the abbreviation is written out, and asks who does it", async () => {
    const asked: string[] = [];
    const base = context(asked, []);
    const written = { ...base, writtenOut: (text: string) => text.replace(/\bSKT\b/u, "Sở Y tế") };
    const reply = await answerByForm("Đề án bản sao số SKT làm à?", written);
    expect(asked[0]).toMatch(/^ai chủ trì Đề án bản sao số/);
    expect(reply.text).toMatch(/^Theo văn bản: Bộ A chủ trì/);
    const plain = await answerByForm("Đề án bản sao số SKT làm à?", base);
    expect(asked[1]).toBe("Đề án bản sao số SKT làm à?");
    expect(plain.text).not.toMatch(/^Theo văn bản/);
  });
});
