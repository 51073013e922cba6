import { beforeAll, describe, expect, it } from "vitest";
import type { Assistant } from "../../knowledge/answer/answer-types.js";
import { foldText } from "../../vietnamese/fold.js";
import { leadingLines, sharedAssistant } from "./shared-assistant.js";

let assistant: Assistant;
beforeAll(async () => {
  assistant = await sharedAssistant();
});

const contains = (text: string, expected: string) => foldText(text).includes(foldText(expected));

describe("questions about a document itself are answered from its own lines", () => {
  const cases: { question: string; expected: string[]; file: string; line: number }[] = [
    { question: "Kế hoạch chuyển đổi số tỉnh Quảng Trị năm 2026 số hiệu là gì, ban hành ngày nào?", expected: ["429/KH-UBND", "30 tháng 01 năm 2025"], file: "ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md", line: 9 },
    { question: "ke hoach 429 ai ky", expected: ["Lê Hồng Vinh"], file: "ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md", line: 489 },
    { question: "người ký kế hoạch nâng cao chỉ số DTI là ai?", expected: ["Hoàng Xuân Tân"], file: "ke-hoach-nang-cao-chi-so-DTI-2025.txt", line: 257 },
    { question: "Quyết định 1982 ký ngày nào?", expected: ["29/7/2022"], file: "quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt", line: 47 },
    // A document that carries no number yet: the number another document cites it by, quoted from that line.
    // When it takes effect: its own sentence, and the day of signing it points to.
    { question: "QĐ 1982 có hiệu lực từ khi nào?", expected: ["có hiệu lực kể từ ngày ký", "29/7/2022"], file: "quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt", line: 30 },
    { question: "KH THỰC HIỆN NQ 57 TRÊN ĐỊA BÀN TỈNH LÀ KẾ HOẠCH SỐ MẤY?".toLowerCase(), expected: ["635/KH-UBND"], file: "ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md", line: 216 },
    { question: "KH thực hiện NQ 57 trên địa bàn tỉnh là kế hoạch số mấy?", expected: ["635/KH-UBND"], file: "ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md", line: 216 },
  ];
  for (const testCase of cases) {
    it(testCase.question, async () => {
      const answer = await assistant.answer(testCase.question);
      expect(answer.found, answer.text).toBe(true);
      for (const expected of testCase.expected) expect(contains(leadingLines(answer.text), expected), answer.text).toBe(true);
      expect(answer.citations.map((citation) => [citation.file, citation.line])).toContainEqual([testCase.file, testCase.line]);
    });
  }
});

describe("a document the corpus only cites is answered from the citing line", () => {
  const cases: { question: string; expected: string[]; file: string | null }[] = [
    { question: "Chương trình công tác của Ban Chỉ đạo năm 2026 căn cứ quyết định nào?", expected: ["3328/QĐ-UBND", "25/12/2025"], file: "chuong-trinh-cong-tac-ban-chi-dao-2026.md" },
    { question: "nghi quyet cua tinh uy ve chuyen doi so la so may, ngay nao", expected: ["02-NQ/TU", "04/11/2021"], file: "quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt" },
    { question: "Ban Chỉ đạo chuyển đổi số tỉnh được thành lập theo quyết định số mấy?", expected: ["428/QĐ-UBND"], file: "quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt" },
    // Cited by several documents: any of them may be quoted.
    { question: "KH 09-KH/TU của Ban Thường vụ Tỉnh ủy ban hành ngày nào?", expected: ["31/7/2025"], file: null },
  ];
  for (const testCase of cases) {
    it(testCase.question, async () => {
      const answer = await assistant.answer(testCase.question);
      expect(answer.found, answer.text).toBe(true);
      for (const expected of testCase.expected) expect(contains(leadingLines(answer.text), expected), answer.text).toBe(true);
      if (testCase.file) expect(answer.citations.map((citation) => citation.file)).toContain(testCase.file);
      expect(answer.citations[0]?.quote, answer.text).toMatch(/\d/);
    });
  }
});

describe("when the documents do not say, the answer says so", () => {
  it("a signature block that names a title and nobody: the title as written, no name, no agency from a row", async () => {
    for (const question of ["Chương trình công tác Ban Chỉ đạo năm 2026 do ai ký?", "Chương trình công tác năm 2026 của BCĐ được ký với chức danh nào?"]) {
      const answer = await assistant.answer(question);
      expect(answer.found, answer.text).toBe(true);
      expect(contains(leadingLines(answer.text), "ký với chức danh TRƯỞNG BAN (TM. BAN CHỈ ĐẠO)"), answer.text).toBe(true);
      expect(contains(answer.text, "không ghi tên người ký"), answer.text).toBe(true);
      expect(contains(answer.text, "Sở Khoa học và Công nghệ"), answer.text).toBe(false);
      expect(answer.citations[0]?.quote).toContain("TRƯỞNG BAN");
    }
  });

  it("a plan with no sentence on when it takes effect says so, with no date from elsewhere", async () => {
    const answer = await assistant.answer("Kế hoạch nâng cao chỉ số DTI 2025 có hiệu lực từ ngày nào?");
    expect(answer.found, answer.text).toBe(false);
    expect(answer.text).toContain("hiệu lực");
  });

  it("a decision with no signature block", async () => {
    const answer = await assistant.answer("ai ky QD 1982?");
    expect(answer.found, answer.text).toBe(false);
    expect(answer.citations).toEqual([]);
  });

  it("who signed a document the corpus only cites is not known", async () => {
    const answer = await assistant.answer("Quyết định 3328/QĐ-UBND do ai ký?");
    expect(answer.found, answer.text).toBe(false);
  });
});

describe("questions about tasks stay with the tasks", () => {
  it("the deadline of a task that issues a document is not read as a document's date", async () => {
    for (const question of ["hạn ban hành Khung kiến trúc số?", "Kế hoạch phát triển kinh tế số và xã hội số phải ban hành khi nào theo KH 429?"]) {
      const answer = await assistant.answer(question);
      expect(answer.text, answer.text).not.toMatch(/ký ngày|toàn văn văn bản này/u);
      expect(answer.citations.every((citation) => !/phần đầu văn bản/u.test(citation.locator)), answer.text).toBe(true);
    }
  });
});
