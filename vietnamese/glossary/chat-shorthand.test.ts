import { describe, expect, it } from "vitest";
import { expandShorthand } from "./chat-shorthand.js";

describe("expandShorthand", () => {
  it("writes out chat shorthand as whole words", () => {
    expect(expandShorthand("ctct thang 2 phai lam gi, bn viec?")).toBe("chương trình công tác thang 2 phai lam gi, bao nhiêu viec?");
    expect(expandShorthand("qt moi xep thu may")).toBe("Quảng Trị moi xep thu may");
  });
  it("reads the period letters T and Q before a question word as 'tháng' and 'quý'", () => {
    expect(expandShorthand("ban hành T mấy/2026?")).toBe("ban hành tháng mấy/2026?");
    expect(expandShorthand("hop bcd Q nao")).toBe("hop Ban Chỉ đạo quý nao");
    expect(expandShorthand("Sở KH&CN T nào")).toBe("Sở KH&CN tháng nào");
    expect(expandShorthand("mục T mẫu")).toBe("mục T mẫu");
  });
  it("leaves words that merely contain shorthand alone", () => {
    expect(expandShorthand("bnx ktx ctcty")).toBe("bnx ktx ctcty");
  });
});
