import { describe, expect, it } from "vitest";
import { abbreviationLetters, spellingRuns, writtenAbbreviations } from "./initials.js";

describe("syllable initials", () => {
  it("finds the abbreviations a text writes in capitals, never a syllable or a word in capitals", () => {
    expect(writtenAbbreviations("Quỹ Đầu tư PT CN chiến lược")).toEqual(["pt", "cn"]);
    expect(writtenAbbreviations("Bố trí cán bộ chuyên môn KH-KT")).toEqual(["kh", "kt"]);
    expect(writtenAbbreviations("Bộ KH&ĐT, Sửa đổi Luật NSNN")).toEqual(["khdt", "nsnn"]);
    expect(writtenAbbreviations("BAN HÀNH ĐỀ ÁN CHUYỂN ĐỔI SỐ")).toEqual([]);
    expect(abbreviationLetters("2025")).toBeNull();
    expect(abbreviationLetters("tmdt")).toBe("tmdt");
  });

  it("spells an abbreviation with the first letters of consecutive syllables, not across a gap", () => {
    const tokens = "sua doi luat ngan sach nha nuoc · nha o".split(" ");
    expect(spellingRuns("nsnn", tokens)).toEqual([[3, 4, 5, 6]]);
    expect(spellingRuns("nno", tokens)).toEqual([]);
    expect(spellingRuns("qg", "co so du lieu quoc gia".split(" "))).toEqual([[4, 5]]);
  });
});
