import { describe, expect, it } from "vitest";
import { sentencesOfLines, withoutListMark } from "./sentences.js";

describe("sentencesOfLines", () => {
  it("joins a sentence wrapped over lines (blank lines between), whatever the case of the next line", () => {
    const lines = [
      "7. Thanh tra tỉnh chủ trì, phối hợp với các sở, ban, ngành liên quan tham ",
      "",
      "mưu bổ sung nội dung về kiểm tra việc triển khai thực hiện Nghị quyết số 57-",
      "",
      "NQ/TW của Bộ Chính trị vào chương trình thanh tra hằng năm của UBND tỉnh. ",
      "",
      "8. Trong quá trình tổ chức thực hiện, các sở chủ động đề xuất./. ",
    ];
    const sentences = sentencesOfLines(lines);
    expect(sentences.map((sentence) => sentence.lineIndex)).toEqual([0, 6]);
    expect(sentences[0]?.text).toBe(
      "7. Thanh tra tỉnh chủ trì, phối hợp với các sở, ban, ngành liên quan tham mưu bổ sung nội dung về kiểm tra việc triển khai thực hiện Nghị quyết số 57- NQ/TW của Bộ Chính trị vào chương trình thanh tra hằng năm của UBND tỉnh.",
    );
  });

  it("starts a new sentence at a list item and splits sentences on one line, keeping the line each starts on", () => {
    const lines = ["Mục tiêu cụ thể:", "- 100% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng. Phấn đấu 90% tại cấp huyện;", "+ Tỉnh Quảng Bình đạt", "84,51 %"];
    const sentences = sentencesOfLines(lines);
    expect(sentences.map((sentence) => [sentence.text, sentence.lineIndex])).toEqual([
      ["Mục tiêu cụ thể:", 0],
      ["- 100% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng.", 1],
      ["Phấn đấu 90% tại cấp huyện;", 1],
      ["+ Tỉnh Quảng Bình đạt 84,51 %", 2],
    ]);
  });

  it("keeps a line in capitals (a title, a heading) apart from the text around it", () => {
    const sentences = sentencesOfLines(["KẾ HOẠCH", "Nâng cao xếp hạng chỉ số chuyển đổi số", "II. NHIỆM VỤ TRỌNG TÂM", "Triển khai các nền tảng số dùng chung"]);
    expect(sentences.map((sentence) => sentence.text)).toEqual(["KẾ HOẠCH", "Nâng cao xếp hạng chỉ số chuyển đổi số", "II. NHIỆM VỤ TRỌNG TÂM", "Triển khai các nền tảng số dùng chung"]);
  });
});

describe("withoutListMark", () => {
  it("drops the bullet or numbering that opens an item, and nothing else", () => {
    expect(withoutListMark("- Tham mưu UBND tỉnh bố trí vốn.")).toBe("Tham mưu UBND tỉnh bố trí vốn.");
    expect(withoutListMark("2.1) Xây dựng CSDL")).toBe("Xây dựng CSDL");
    expect(withoutListMark("a) Bộ Công an")).toBe("Bộ Công an");
    expect(withoutListMark("Giao Sở Tài chính rà soát")).toBe("Giao Sở Tài chính rà soát");
  });
});
