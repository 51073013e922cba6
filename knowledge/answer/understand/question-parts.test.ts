import { describe, expect, it } from "vitest";
import type { DocumentInfo } from "../../../ingest/records/schemas.js";
import { foldText } from "../../../vietnamese/fold.js";
import { loadGlossary } from "../../../vietnamese/glossary/glossary.js";
import { documentHints } from "./document-hints.js";
import { splitQuestion, splitQuestionParts, type PartReader } from "./question-parts.js";
import { abbreviator } from "../../../vietnamese/glossary/abbreviator.js";
import { understandQuestion } from "./understand-question.js";

const documents: DocumentInfo[] = [
  {
    file: "ke-hoach-429.md", kind: "Kế hoạch", number: "429/KH-UBND", date: "2025-01-30", dateText: "ngày 30 tháng 01 năm 2025",
    issuer: "UBND tỉnh Quảng Trị", title: "Chuyển đổi số tỉnh Quảng Trị năm 2026", aliases: ["Kế hoạch 429", "KH 429", "429/KH-UBND"],
  },
];
const glossary = loadGlossary();
const reader: PartReader = {
  read: (question) => understandQuestion(question, glossary, documents),
  agencySpans: (question) => glossary.findAgencies(question).map((mention) => ({ start: mention.start, end: mention.start + mention.written.length })),
  documentPhrases: (question) => {
    const hints = documentHints(foldText(question), documents, abbreviator(glossary));
    return [...hints.matchedPhrases, ...hints.softPhrases];
  },
};
const split = (question: string) => splitQuestion(question, reader);
const frame = (question: string) => understandQuestion(question, glossary, documents);

describe("splitQuestion: a list of years", () => {
  it("asks the question once per year, with or without diacritics", () => {
    expect(split("Chỉ tiêu phủ sóng 5G năm 2025 và 2026 là bao nhiêu?")).toEqual([
      "Chỉ tiêu phủ sóng 5G năm 2025 là bao nhiêu?",
      "Chỉ tiêu phủ sóng 5G năm 2026 là bao nhiêu?",
    ]);
    expect(split("chi tieu phu song 5g nam 2025, nam 2026 hay 2030")).toHaveLength(3);
    // Chat writes "&" and "+" for "và".
    expect(split("CT phủ sóng 5G 2026 & 2030?")).toHaveLength(2);
    expect(split("Ai chủ trì CSDL nhà ở + hạn khi nào?")).toHaveLength(2);
  });

  it("asks a comparison of two years once per year, without the word that asks to compare", () => {
    expect(split("So sánh chỉ tiêu phủ sóng 5G năm 2025 với năm 2026?")).toEqual(["chỉ tiêu phủ sóng 5G năm 2025?", "chỉ tiêu phủ sóng 5G năm 2026?"]);
    expect(split("Kết quả năm 2025 so với mục tiêu năm 2025 của tỷ lệ phủ sóng 5G?").map((part) => frame(part).kind)).toEqual(["result", "value"]);
  });

  it("keeps a range and two ranges whole", () => {
    const question = "Giai đoạn 2021 - 2025 và 2026 - 2030 kinh tế số chiếm bao nhiêu GRDP?";
    expect(split(question)).toEqual([question]);
  });

  it("keeps a list question whole", () => {
    const question = "Việc gì đến hạn năm 2025 và 2026?";
    expect(split(question)).toEqual([question]);
  });
});

describe("splitQuestion: several asks", () => {
  it("carries the subject named once into the ask that names none", () => {
    const [owner, coordinators, ...rest] = split("Ai chủ trì và ai phối hợp xây dựng CSDL nhà ở?");
    expect(rest).toEqual([]);
    expect(reader.read(owner ?? "").kind).toBe("owner");
    expect(foldText(owner ?? "")).toContain("csdl nha o");
    expect(reader.read(coordinators ?? "").kind).toBe("coordinators");
  });

  it("marks the asks that name no subject of their own as borrowing it", () => {
    expect(splitQuestionParts("csdl nha o ai lam, han khi nao?", reader).map((part) => part.borrowsSubject)).toEqual([false, true]);
    expect(splitQuestionParts("Theo KH 429, ai chủ trì CSDL đất đai và ai chủ trì CSDL nhà ở?", reader).map((part) => part.borrowsSubject)).toEqual([false, false]);
  });

  it("reads an ask after a comma, typed without diacritics", () => {
    const parts = split("csdl nha o ai lam, han khi nao?");
    expect(parts.map((part) => reader.read(part).kind)).toEqual(["owner", "deadline"]);
    expect(foldText(parts[1] ?? "")).toContain("csdl nha o");
  });

  it("keeps the words before the first ask, and the named document, in every part", () => {
    const parts = split("Theo KH 429, tỷ lệ phủ sóng 5G mục tiêu 2026 và định hướng 2030?");
    expect(parts).toHaveLength(2);
    for (const part of parts) expect(frame(part).documentFiles).toEqual(["ke-hoach-429.md"]);
    expect(parts.map((part) => frame(part).year)).toEqual([2026, 2030]);
  });

  it("carries a document named in one part into a part that names none", () => {
    const parts = split("KH 429: tỷ lệ phủ sóng 5G do ai theo dõi, còn tỷ lệ VNeID ai theo dõi?");
    expect(parts).toHaveLength(2);
    for (const part of parts) expect(frame(part).documentFiles).toEqual(["ke-hoach-429.md"]);
  });

  it("carries the year of the ask that names one into the ask that names none", () => {
    const parts = split("Ai chủ trì Kế hoạch cải cách hành chính năm 2026, hạn khi nào?");
    expect(parts.map((part) => frame(part).year)).toEqual([2026, 2026]);
  });

  it("asks a value once per document named", () => {
    const documentsTwo: DocumentInfo[] = [...documents, { ...documents[0]!, file: "nq57.txt", number: "57-NQ/TW", aliases: ["NQ 57", "Nghị quyết 57"] }];
    const twoReader: PartReader = { ...reader, documentPhrases: (question) => documentHints(foldText(question), documentsTwo, abbreviator(glossary)).matchedPhrases, read: (question) => understandQuestion(question, glossary, documentsTwo) };
    const parts = splitQuestion("Tỷ lệ phủ sóng 5G đến năm 2030 theo KH 429 và theo NQ 57 là bao nhiêu?", twoReader);
    expect(parts.map((part) => understandQuestion(part, glossary, documentsTwo).documentFiles)).toEqual([["ke-hoach-429.md"], ["nq57.txt"]]);
  });

  it("answers two subjects asked with their own question words", () => {
    expect(split("Ai chủ trì CSDL người khuyết tật và ai chủ trì CSDL đăng kiểm phương tiện?")).toHaveLength(2);
  });

  it("keeps one subject written with commas or 'và' whole", () => {
    for (const question of [
      "Ai chủ trì lập quy hoạch, kế hoạch sử dụng đất?",
      "Ai phối hợp với Sở Khoa học và Công nghệ xây dựng CSDL nhà ở?",
      "Theo KH 429, kinh phí dự án thành phần 3 về hệ thống thông tin, cơ sở dữ liệu lĩnh vực Tư pháp là 7.050 triệu đồng đúng không?",
      "Tỷ lệ phủ sóng 5G năm 2025 đạt 74,2% phải không?",
      "Sở Nội vụ chủ trì và phối hợp những nhiệm vụ nào?",
    ]) expect(split(question), question).toEqual([question]);
  });

  it("keeps asks that read the same whole", () => {
    const question = "Ai chủ trì, ai chủ trì CSDL nhà ở?";
    expect(split(question)).toEqual([question]);
  });
});
