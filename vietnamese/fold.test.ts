import { describe, expect, it } from "vitest";
import { foldText, normalizeText, syllables } from "./fold.js";

describe("Vietnamese folding", () => {
  it("folds diacritics and đ so unaccented questions match", () => {
    expect(foldText("Sở Khoa học và Công nghệ")).toBe("so khoa hoc va cong nghe");
    expect(foldText("Đề án 06; ĐIỀU HÀNH!")).toBe("de an 06 dieu hanh");
  });
  it("keeps diacritics in the exact form and drops punctuation", () => {
    expect(normalizeText("  Ai chủ trì CSDL nhà ở?? ")).toBe("ai chủ trì csdl nhà ở");
    expect(syllables("KH&CN, CĐS")).toEqual(["kh&cn", "cđs"]);
  });
  it("treats decomposed input like composed input", () => {
    expect(foldText("Quảng Trị".normalize("NFD"))).toBe("quang tri");
  });
});

describe("tone-mark placement", () => {
  it("treats old and new placement as one word", () => {
    expect(normalizeText("Số hoá, thuỷ lợi, khoẻ")).toBe(normalizeText("Số hóa, thủy lợi, khỏe"));
    expect(normalizeText("hoàn thành")).toBe("hoàn thành");
    expect(normalizeText("quý")).toBe("quý");
  });
});
