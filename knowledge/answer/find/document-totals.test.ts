import { describe, expect, it } from "vitest";
import type { KnowledgeRecord } from "../../../ingest/records/schemas.js";
import type { QuestionFrame } from "../understand/understand-question.js";
import { isTotalRow, totalsFirst } from "./document-totals.js";
import type { RecordMatch } from "./find-records.js";

const budgetLine = (file: string, line: number, item: string, sums?: "table" | "group") =>
  ({
    kind: "budget-line",
    id: `${file}:${line}:budget-line`,
    item,
    locator: { file, line },
    ...(sums ? { sums } : {}),
  }) as unknown as KnowledgeRecord;

const match = (record: KnowledgeRecord): RecordMatch => ({ record, coverage: 1, specificity: 1, score: 1 });
const frame = (asksTotal: boolean, kind: QuestionFrame["kind"] = "budget") => ({ asksTotal, kind }) as QuestionFrame;

describe("total rows answer a question that asks for a sum", () => {
  // Two layouts: a decision's appendix closing with "Tổng cộng: 716.168", a plan's table with a "Tổng số" row.
  const decision = [budgetLine("qd.txt", 487, "Nhóm nhiệm vụ chung — DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM", "group"), budgetLine("qd.txt", 1257, "Tổng cộng: 716.168 — DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM", "table")];
  const plan = [budgetLine("kh.md", 560, "Kinh phí thực hiện các dự án"), budgetLine("kh.md", 601, "Tổng số — TỔNG HỢP KINH PHÍ NĂM 2025", "table")];

  it("reads the rows ingestion marks as summing their table, not a group's subtotal nor a title that starts with 'Tổng'", () => {
    expect(decision.map(isTotalRow)).toEqual([false, true]);
    expect(plan.map(isTotalRow)).toEqual([false, true]);
    expect(isTotalRow(budgetLine("kh.md", 1, "Tổng đài hỗ trợ người dân"))).toBe(false);
    // The mark decides, not the words: a total row whose item reads otherwise is still one.
    expect(isTotalRow(budgetLine("kh.md", 2, "Cộng — các nhiệm vụ", "table"))).toBe(true);
    expect(isTotalRow(budgetLine("kh.md", 3, "Tổng cộng — nhóm I"))).toBe(false);
  });

  it("keeps only the total rows among the matches when a sum is asked", () => {
    for (const records of [decision, plan]) {
      const search = { matches: records.map(match), runnerUpScore: null };
      expect(totalsFirst(frame(true), search).matches.map((entry) => entry.record)).toEqual([records[1]]);
      // No sum asked, or not a budget question: every match stays.
      expect(totalsFirst(frame(false), search).matches).toHaveLength(2);
      expect(totalsFirst(frame(true, "owner"), search).matches).toHaveLength(2);
    }
  });

  it("leaves the matches alone when none of them is a total row (a group's subtotal is asked)", () => {
    const search = { matches: [match(decision[0]!)], runnerUpScore: null };
    expect(totalsFirst(frame(true), search)).toBe(search);
  });
});
