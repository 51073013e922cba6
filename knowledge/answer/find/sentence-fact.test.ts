import { describe, expect, it } from "vitest";
import type { QuestionFrame } from "../understand/understand-question.js";
import { sentenceHoldsAskedFact } from "./sentence-fact.js";

const asked = (kind: QuestionFrame["kind"]) => ({ kind }) as QuestionFrame;

describe("sentenceHoldsAskedFact", () => {
  it("lets a sentence answer how much only with a share or a sum of money", () => {
    expect(sentenceHoldsAskedFact(asked("budget"), "Bố trí ít nhất 3% tổng chi ngân sách hằng năm cho phát triển khoa học.")).toBe(true);
    expect(sentenceHoldsAskedFact(asked("budget"), "Tổng kinh phí thực hiện Đề án là 1.250 tỷ đồng.")).toBe(true);
    expect(sentenceHoldsAskedFact(asked("budget"), "Bộ Tài chính bảo đảm nguồn kinh phí thực hiện hằng năm.")).toBe(false);
    expect(sentenceHoldsAskedFact(asked("budget"), "Giai đoạn 2026-2030 bố trí kinh phí theo phân cấp.")).toBe(false);
  });

  it("never lets a sentence name who leads: duties come from rows and stated duties", () => {
    expect(sentenceHoldsAskedFact(asked("owner"), "Sở Tài chính bảo đảm kinh phí 500 triệu đồng.")).toBe(false);
  });
});
