import { describe, expect, it } from "vitest";
import { comparable } from "./question-kind.js";
import { scopeClauseMarks } from "./scope-clause.js";

const marked = (question: string) => {
  const target = comparable(question);
  const marks = scopeClauseMarks(question, target);
  return target.text.split(" ").filter((_token, index) => marks[index]).join(" ");
};

describe("scopeClauseMarks", () => {
  it("marks a leading clause that says where or what for, set off by a comma, typed with or without diacritics", () => {
    expect(marked("Trong bộ chỉ số DTI cấp tỉnh, chỉ số Hạ tầng số chiếm bao nhiêu điểm?")).toBe("trong bộ chỉ số dti cấp tỉnh");
    expect(marked("De van hanh chinh quyen 2 cap, tinh da thiet lap bao nhieu nhom Zalo?")).toBe("de van hanh chinh quyen 2 cap");
  });
  it("marks a trailing clause", () => {
    expect(marked("Ai chủ trì xây dựng CSDL đất đai, theo Kế hoạch 429?")).toBe("theo kế hoạch 429");
  });
  it("marks nothing without a comma, without a scope word, or when the clause is the whole question", () => {
    expect(marked("Trong bộ chỉ số DTI chỉ số Hạ tầng số chiếm bao nhiêu điểm?")).toBe("");
    expect(marked("Sở Y tế chủ trì, phối hợp với ai?")).toBe("");
    expect(marked("Trong bộ chỉ số DTI,")).toBe("");
  });
});

describe("a closing clause saying when the fact holds", () => {
  it("marks 'tại thời điểm …' that asks nothing itself, with or without diacritics", () => {
    expect(marked("Tổng số thuê bao Internet toàn tỉnh tại thời điểm lập đề án?")).toBe("tại thời điểm lập đề án");
    expect(marked("so thue bao internet vao thoi diem xay dung de an")).toBe("vao thoi diem xay dung de an");
  });

  it("leaves a clause that asks when, or is followed by an ask", () => {
    expect(marked("Báo cáo nộp vào thời điểm nào?")).toBe("");
    expect(marked("Tỷ lệ tại thời điểm đánh giá đạt bao nhiêu")).toBe("");
  });
});
