import { describe, expect, it } from "vitest";
import { cutAtWord } from "./cut-at-word.js";

describe("cutAtWord", () => {
  it("cuts between words and marks the cut", () => {
    expect(cutAtWord("Chương trình Công tác Ban Chỉ đạo của UBND tỉnh", 30)).toBe("Chương trình Công tác Ban Chỉ…");
    expect(cutAtWord("Kế hoạch 429/KH-UBND", 30)).toBe("Kế hoạch 429/KH-UBND");
    expect(cutAtWord("Quyếtđịnhdàiquá", 5)).toBe("Quyết…");
  });
});
