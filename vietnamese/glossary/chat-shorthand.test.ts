import { describe, expect, it } from "vitest";
import { expandShorthand } from "./chat-shorthand.js";

describe("expandShorthand", () => {
  it("writes out chat shorthand as whole words", () => {
    expect(expandShorthand("ctct thang 2 phai lam gi, bn viec?")).toBe("chương trình công tác thang 2 phai lam gi, bao nhiêu viec?");
    expect(expandShorthand("qt moi xep thu may")).toBe("Quảng Trị moi xep thu may");
  });
  it("leaves words that merely contain shorthand alone", () => {
    expect(expandShorthand("bnx ktx ctcty")).toBe("bnx ktx ctcty");
  });
});
