import { describe, expect, it } from "vitest";
import type { DocumentInfo } from "../../../ingest/records/schemas.js";
import { loadGlossary } from "../../../vietnamese/glossary/glossary.js";
import { understandQuestion } from "./understand-question.js";
import { readNumber, readYesNo } from "./yes-no-question.js";

const documents: DocumentInfo[] = [
  {
    file: "ke-hoach-429.md", kind: "Kế hoạch", number: "429/KH-UBND", date: "2025-01-30", dateText: "ngày 30 tháng 01 năm 2025",
    issuer: "UBND tỉnh Quảng Trị", title: "Chuyển đổi số tỉnh Quảng Trị năm 2026", aliases: ["Kế hoạch 429", "KH 429", "429/KH-UBND"],
  },
];
const glossary = loadGlossary();
const read = (question: string) => readYesNo(question, { kind: (text) => understandQuestion(text, glossary, documents).kind, glossary, documents });

describe("readYesNo: an agency claimed", () => {
  it("'có phải … không' claims the owner; the question left asks who", () => {
    const reading = read("Có phải Sở Y tế chủ trì CSDL nhà ở không?");
    expect(reading?.claim).toEqual({ type: "agency", canonical: "Sở Y tế", written: "Sở Y tế", role: "owner" });
    expect(reading?.underlying).toBe("chủ trì CSDL nhà ở?");
    expect(reading?.form).toBe("statement");
  });

  it("'X có chủ trì … không' asks whether it is so, also in chat style without diacritics", () => {
    expect(read("Sở Y tế có chủ trì CSDL nhà ở không?")).toMatchObject({ underlying: "chủ trì CSDL nhà ở?", form: "existence" });
    const chat = read("so y te co chu tri csdl nha o ko");
    expect(chat).toMatchObject({ underlying: "chu tri csdl nha o?", form: "existence" });
    expect(chat?.claim).toMatchObject({ canonical: "Sở Y tế" });
  });

  it("a coordinator claim checks the coordinators", () => {
    expect(read("Sở Nội vụ phối hợp họp phiên thường kỳ Ban Chỉ đạo đúng không?")?.claim).toMatchObject({ canonical: "Sở Nội vụ", role: "coordinator" });
  });

  it("without a role word the question left asks who chairs", () => {
    expect(read("Có phải CSDL nhà ở do Sở Xây dựng làm không?")?.underlying).toMatch(/^ai chủ trì /);
  });
});

describe("readYesNo: a particle that ends the question", () => {
  it("'… làm à?', '… chủ trì hả?' ask whether the agency does it, as 'có phải' does", () => {
    expect(read("CSDL nhà ở Sở Xây dựng làm à?")).toMatchObject({ claim: { canonical: "Sở Xây dựng", role: "owner" }, form: "statement" });
    expect(read("Sở Y tế chủ trì Kế hoạch 429 hả?")).toMatchObject({ claim: { canonical: "Sở Y tế" }, underlying: "chủ trì Kế hoạch 429?" });
  });

  it("only typed with its tone mark and only at the end: folded 'a' and an item 'A' are words", () => {
    expect(read("Sở Y tế chủ trì phụ lục A")).toBeNull();
    expect(read("so y te lam a")).toBeNull();
    expect(read("Sở Y tế à, ai chủ trì CSDL nhà ở")).toBeNull();
  });
});

describe("readYesNo: a number or a period claimed", () => {
  it("a value question claims its last number, not the year nor the document number", () => {
    const reading = read("Theo KH 429, chỉ tiêu phủ sóng 5G năm 2026 có phải 80% không?");
    expect(reading?.claim).toEqual({ type: "number", written: "80%", value: 80 });
    expect(reading?.underlying).toContain("2026");
    expect(reading?.underlying).not.toContain("80");
  });

  it("a deadline question claims its period", () => {
    const reading = read("Có phải hạn ban hành Khung kiến trúc số là tháng 2/2026 không?");
    expect(reading?.claim).toMatchObject({ type: "period", from: "2026-02-01", to: "2026-02-28" });
    expect(reading?.underlying).not.toContain("2/2026");
  });

  it("reads Vietnamese numbers", () => {
    expect(readNumber("74,2")).toBe(74.2);
    expect(readNumber("1.000")).toBe(1000);
    expect(readNumber("7.050")).toBe(7050);
  });
});

describe("readYesNo: not a yes/no question", () => {
  it("a question word, no claim, or 'sử dụng không' typed without diacritics", () => {
    expect(read("Ai chủ trì CSDL nhà ở?")).toBeNull();
    expect(read("Có phải sở nào chủ trì CSDL nhà ở không?")).toBeNull();
    expect(read("Có phải CSDL nhà ở không?")).toBeNull();
    expect(read("cac thiet bi dien tu truoc khi dua vao su dung khong")).toBeNull();
  });
});
