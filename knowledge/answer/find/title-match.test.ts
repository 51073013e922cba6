import { describe, expect, it } from "vitest";
import { TitleMatcher } from "./title-match.js";

const titles = ["Cơ sở dữ liệu đất đai", "Cơ sở dữ liệu nhà ở", "Phát triển thương mại điện tử", "Phủ sóng 5G trên địa bàn"];

describe("TitleMatcher", () => {
  const matcher = TitleMatcher.fromTexts(titles, ["Kế hoạch chuyển đổi số tỉnh Quảng Trị"]);

  it("lets letters that can be no word lower a clear match without vetoing it", () => {
    // "kq" is no Vietnamese word: the rest of the topic still carries the match.
    expect(matcher.coverage("phu song 5g kq", "phu song 5g tren dia ban")).toBeGreaterThanOrEqual(0.6);
    expect(matcher.coverage("phu song 5g kq", "phu song 5g tren dia ban")).toBeLessThan(matcher.coverage("phu song 5g", "phu song 5g tren dia ban"));
  });

  it("weighs a Vietnamese word the documents never use double: it names something they do not cover", () => {
    expect(matcher.weight("hue")).toBeCloseTo(2 * matcher.weight("kq"));
    expect(matcher.coverage("phu song 5g hue", "phu song 5g tren dia ban")).toBeLessThan(matcher.coverage("phu song 5g kq", "phu song 5g tren dia ban"));
  });
});

describe("TitleMatcher and abbreviations a document writes without spelling them out", () => {
  const titles = ["Sửa đổi Luật NSNN", "Quỹ Đầu tư PT CN chiến lược", "Xây dựng trung tâm đổi mới sáng tạo về dữ liệu", "Sửa đổi Luật Thuế"];
  const matcher = TitleMatcher.fromTexts(titles);

  it("matches spelt-out syllables against the capitals a title writes", () => {
    expect(matcher.coverage("sua doi luat ngan sach nha nuoc", "Sửa đổi Luật NSNN")).toBeGreaterThan(0.75);
    expect(matcher.coverage("sua doi luat ngan sach nha nuoc", "Sửa đổi Luật Thuế")).toBeLessThan(0.5);
    expect(matcher.coverage("quy dau tu phat trien cong nghiep chien luoc", "Quỹ Đầu tư PT CN chiến lược")).toBeGreaterThan(0.75);
    expect(matcher.specificity("quy dau tu phat trien cong nghiep chien luoc", "Quỹ Đầu tư PT CN chiến lược")).toBeGreaterThan(0.75);
  });

  it("matches letters asked against the syllables a title spells out", () => {
    expect(matcher.coverage("xay dung tt dmst ve du lieu", "Xây dựng trung tâm đổi mới sáng tạo về dữ liệu")).toBeGreaterThan(0.75);
    // Letters that spell nothing in the title earn nothing.
    expect(matcher.coverage("xay dung tt dmst ve du lieu", "Sửa đổi Luật Thuế")).toBe(0);
  });
});

describe("TitleMatcher and free pairs of syllables", () => {
  const matcher = TitleMatcher.fromTexts(["Tỉnh cần dành ít nhất 10% ngân sách chi cho an toàn, an ninh mạng", "Kế hoạch phát triển kinh tế số"]);

  it("frees both syllables where the topic writes the pair, and no syllable where it does not", () => {
    const title = "tinh can danh it nhat 10% ngan sach chi cho an toan an ninh mang";
    const free = new Set(["de_an"]);
    // "Đề án yêu cầu …": the document's kind, written as the pair, is not asked about.
    expect(matcher.coverage("de an danh it nhat ngan sach an toan an ninh mang", title, free)).toBeCloseTo(matcher.coverage("danh it nhat ngan sach an toan an ninh mang", title));
    expect(matcher.coverage("de an danh it nhat ngan sach an toan an ninh mang", title, free)).toBeGreaterThan(matcher.coverage("de an danh it nhat ngan sach an toan an ninh mang", title));
    // "an" of "an toàn" stays asked when "đề án" is not written.
    expect(matcher.coverage("an toan thong tin", "thong tin", free)).toBeCloseTo(matcher.coverage("an toan thong tin", "thong tin"));
  });
});
