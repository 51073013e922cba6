import { beforeAll, describe, expect, it } from "vitest";
import type { Assistant } from "../../knowledge/answer/answer-types.js";
import { leadingLines, sharedUngatedAssistant } from "./shared-assistant.js";

let assistant: Assistant;
beforeAll(async () => {
  assistant = await sharedUngatedAssistant();
}, 120_000);

describe("a question that asks for a sum is answered by the table's total row", () => {
  const cases = [
    // A decision's appendix and a plan's appendix, each closing with its total row.
    { question: "Tổng dự toán kinh phí các nhiệm vụ trọng tâm trong phụ lục QĐ 1982 là bao nhiêu?", holds: ["716.168"], file: "quyet-dinh-1982" },
    { question: "tong kinh phi de an cds", holds: ["716.168"], file: "quyet-dinh-1982" },
    { question: "Tổng kinh phí các dự án ứng dụng CNTT, chuyển đổi số năm 2025 theo KH 429 là bao nhiêu?", holds: ["158.477"], file: "ke-hoach-429" },
    // A group named in the question keeps its own subtotal.
    { question: "Nhóm nhiệm vụ Phát triển xã hội số trong Phụ lục có tổng dự toán bao nhiêu?", holds: ["43.000", "126.500"], file: "quyet-dinh-1982" },
  ];
  for (const testCase of cases) {
    it(testCase.question, async () => {
      const answer = await assistant.answer(testCase.question);
      expect(answer.found).toBe(true);
      for (const value of testCase.holds) expect(leadingLines(answer.text, 1)).toContain(value);
      expect(answer.citations[0]?.file).toContain(testCase.file);
    });
  }
});

describe("a bound asked is read from the sentence or the condition that states it", () => {
  it("a sentence of the decision that names itself by its kind ('Đề án yêu cầu …')", async () => {
    const answer = await assistant.answer("Đề án yêu cầu dành ít nhất bao nhiêu phần trăm ngân sách chi cho CNTT, chuyển đổi số cho an toàn an ninh mạng?");
    expect(answer.found).toBe(true);
    expect(leadingLines(answer.text, 1)).toContain("10%");
  });

  it("a criterion's condition, after a clause saying what it is for", async () => {
    const answer = await assistant.answer("Để đạt điểm, tỷ lệ công chức, viên chức chuyên trách về chuyển đổi số phải đạt tối thiểu bao nhiêu?");
    expect(answer.found).toBe(true);
    expect(leadingLines(answer.text, 1)).toMatch(/>=\s*10%/u);
    expect(leadingLines(answer.text, 1)).not.toMatch(/^Điểm tối đa/u);
  });
});

describe("the deadline of a recurring report is read from the sentence that sets it", () => {
  const cases = [
    { question: "Báo cáo tháng về tình hình thực hiện kế hoạch NQ 57 phải gửi trước ngày nào?", holds: "trước ngày 18 của tháng" },
    { question: "bc tuan nq57 nop luc nao", holds: "10h00 thứ năm" },
  ];
  for (const testCase of cases) {
    it(testCase.question, async () => {
      const answer = await assistant.answer(testCase.question);
      expect(answer.found).toBe(true);
      expect(leadingLines(answer.text, 1)).toContain(testCase.holds);
      expect(answer.citations[0]?.file).toContain("nghi-quyet-57");
    });
  }
});
