import { describe, expect, it } from "vitest";
import { bestTitleMatches, containment, similarity } from "./fuzzy.js";

describe("fuzzy title similarity", () => {
  it("is 1 for texts equal after folding and 0 for nothing in common", () => {
    expect(similarity("Hạ tầng số", "ha tang so")).toBe(1);
    expect(similarity("abc", "xyz")).toBe(0);
    expect(similarity("", "")).toBe(0);
  });
  it("tolerates a typo better than a different title", () => {
    const title = "Xây dựng cơ sở dữ liệu đất đai";
    const typo = similarity(title, "xay dung co so du lieu dat dia");
    const other = similarity(title, "Phát triển hạ tầng viễn thông");
    expect(typo).toBeGreaterThan(0.7);
    expect(other).toBeLessThan(0.3);
  });
  it("measures a short phrase contained in a long title", () => {
    expect(containment("co so du lieu", "Xây dựng cơ sở dữ liệu đất đai toàn tỉnh")).toBe(1);
  });
  it("ranks candidate titles", () => {
    const titles = ["Chính quyền số", "Kinh tế số", "Xã hội số"];
    const matches = bestTitleMatches("kinh te so", titles, (title) => title, { threshold: 0.3, limit: 2 });
    expect(matches[0]?.item).toBe("Kinh tế số");
  });
});
