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
