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
  it("writes out a period letter glued to its number, and a range of two-digit years", () => {
    expect(expandShorthand("phiên họp BCĐ Q1 phối hợp những ai")).toBe("phiên họp BCĐ quý 1 phối hợp những ai");
    expect(expandShorthand("T10/2025 task gì, q3/2026?")).toBe("tháng 10/2025 task gì, quý 3/2026?");
    expect(expandShorthand("TMĐT 26-30 ai tham mưu")).toBe("TMĐT 2026-2030 ai tham mưu");
  });
  it("leaves numbers that are not a quarter, a month or a later year alone", () => {
    for (const text of ["Q5", "T13", "mục 1.26-30", "ngày 26-30/6", "điểm 12,26-30", "30-26", "1.1.13"]) expect(expandShorthand(text)).toBe(text);
  });
  it("leaves words that merely contain shorthand alone", () => {
    expect(expandShorthand("bnx ktx ctcty")).toBe("bnx ktx ctcty");
  });
});
