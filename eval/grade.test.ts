import { describe, expect, it } from "vitest";
import { containsAlternative, gradeAnswer, leadingLines } from "./grade.js";
import { makeAnswer, makeCase } from "./test-support.js";

describe("containsAlternative", () => {
  it("ignores case, diacritics, đ and punctuation", () => {
    expect(containsAlternative("SỞ KHOA HỌC VÀ CÔNG NGHỆ (chủ trì).", "so khoa hoc va cong nghe")).toBe(true);
    expect(containsAlternative("Đơn vị: Sở Xây dựng", "don vi")).toBe(true);
    expect(containsAlternative("đạt 74,2% năm 2026", "74,2")).toBe(true);
  });
  it("matches whole words only", () => {
    expect(containsAlternative("hạn 18/2025", "8/2025")).toBe(false);
    expect(containsAlternative("tháng 8/2025", "8/2025")).toBe(true);
  });
});

describe("gradeAnswer", () => {
  it("passes when the fact leads, found is true and the expected file is cited", () => {
    expect(gradeAnswer(makeCase({ id: "a" }), makeAnswer({})).outcome).toBe("pass");
  });
  it("needs every group, any alternative of each", () => {
    const evalCase = makeCase({ id: "a", kind: "coordinators", expected: [["Công an tỉnh"], ["Sở Nội vụ", "SNV"]] });
    expect(gradeAnswer(evalCase, makeAnswer({ text: "Công an tỉnh, SNV phối hợp." })).passed).toBe(true);
    const missing = gradeAnswer(evalCase, makeAnswer({ text: "Công an tỉnh phối hợp." }));
    expect(missing.outcome).toBe("confident-wrong");
    expect(missing.missingGroups).toEqual(["Sở Nội vụ | SNV"]);
  });
  it("grades single facts on the first two non-empty lines only", () => {
    const answer = makeAnswer({ text: "Theo kế hoạch:\n\nViệc này có nhiều bên.\nChủ trì: Sở Xây dựng" });
    expect(leadingLines(answer.text)).toBe("Theo kế hoạch:\nViệc này có nhiều bên.");
    expect(gradeAnswer(makeCase({ id: "a" }), answer).outcome).toBe("fact-not-first");
  });
  it("grades lists on the whole text", () => {
    const evalCase = makeCase({ id: "a", kind: "list-by-agency", expected: [["nhà ở"], ["đất đai"]] });
    const answer = makeAnswer({ text: "Các nhiệm vụ:\n1. Khác\n2. CSDL nhà ở\n3. CSDL đất đai" });
    expect(gradeAnswer(evalCase, answer).passed).toBe(true);
  });
  it("fails a right fact without a citation of the expected file", () => {
    const answer = makeAnswer({ citations: [] });
    const grade = gradeAnswer(makeCase({ id: "a" }), answer);
    expect(grade).toMatchObject({ passed: false, outcome: "wrong-citation", citationOk: false });
  });
  it("fails a refusal of an answerable question as not-found", () => {
    expect(gradeAnswer(makeCase({ id: "a" }), makeAnswer({ found: false, text: "Không tìm thấy." })).outcome).toBe("not-found");
  });
  it("passes a refuse case only when found is false", () => {
    const evalCase = makeCase({ id: "a", kind: "out-of-scope", refuse: true, expected: [], evidence: undefined });
    expect(gradeAnswer(evalCase, makeAnswer({ found: false, text: "Tài liệu không nói." })).passed).toBe(true);
    expect(gradeAnswer(evalCase, makeAnswer({ found: true })).outcome).toBe("confident-wrong");
  });
});
