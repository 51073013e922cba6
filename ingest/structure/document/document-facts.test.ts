import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toSourceLines } from "../../read/source-text.js";
import { readDocumentInfo } from "../metadata.js";
import { readCitations } from "./citations.js";
import { readSigner } from "./signature.js";

const factsOf = (folder: "knowledge/sources" | "test/fixtures/devdocs", file: string) => {
  const lines = toSourceLines(readFileSync(new URL(`../../../${folder}/${file}`, import.meta.url), "utf8"));
  const info = readDocumentInfo(file, lines);
  if (!info.facts) throw new Error(`no facts read for ${file}`);
  return { info, facts: info.facts, lines };
};

describe("when a document takes effect, as its own sentence says", () => {
  it("a decision (text export) and a resolution (Markdown, bold article number): the sentence, without the article's number", () => {
    expect(factsOf("knowledge/sources", "quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt").facts.effective).toEqual({ line: 30, quote: "Quyết định này có hiệu lực kể từ ngày ký." });
    expect(factsOf("test/fixtures/devdocs", "nghi-quyet-03-NQ-CP-chuong-trinh-hanh-dong.md").facts.effective).toEqual({ line: 26, quote: "Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành." });
  });

  it("a plan that says nothing of it has none; 'hiệu lực quản lý' is no such sentence", () => {
    expect(factsOf("knowledge/sources", "ke-hoach-thuc-hien-nghi-quyet-57-NQ-TW.txt").facts.effective).toBeNull();
  });
});

describe("a document's own number, date and signer, with their lines", () => {
  it("429 (Markdown with bold digits): number and date lines in the header, the Chủ tịch's name under the block", () => {
    const { facts } = factsOf("knowledge/sources", "ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md");
    expect(facts.numberSource).toEqual({ line: 9, quote: "Số: **429**/KH-UBND" });
    expect(facts.dateSource?.line).toBe(11);
    expect(facts.signer).toEqual({ name: "Lê Hồng Vinh", authority: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], source: expect.objectContaining({ line: 489 }) });
  });

  it("DTI plan (raw PDF text, a blank line between lines): KT. block with the Phó Chủ tịch's name several lines down", () => {
    const { facts } = factsOf("knowledge/sources", "ke-hoach-nang-cao-chi-so-DTI-2025.txt");
    expect(facts.numberSource).toBeNull();
    expect(facts.signer?.name).toBe("Hoàng Xuân Tân");
    expect(facts.signer?.authority).toEqual(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]);
    expect(facts.signer?.source.line).toBe(257);
  });

  it("an unsigned draft keeps its block and no name; a decision without a block has no signer", () => {
    expect(factsOf("knowledge/sources", "chuong-trinh-cong-tac-ban-chi-dao-2026.md").facts.signer).toMatchObject({ name: null, authority: ["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN"] });
    const decision = factsOf("knowledge/sources", "quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt").facts;
    expect(decision.signer).toBeNull();
    // The number and date come from the attachment note, and so does their line.
    expect(decision.numberSource?.quote).toMatch(/^\(Ban hành kèm theo Quyết định số 1982\/QĐ-UBND/u);
  });

  it("NQ 03 (Markdown, «[đã ký]» between the block and the name)", () => {
    const { facts } = factsOf("test/fixtures/devdocs", "nghi-quyet-03-NQ-CP-chuong-trinh-hanh-dong.md");
    expect(facts.signer).toMatchObject({ name: "Nguyễn Hòa Bình", authority: ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG"] });
    expect(facts.numberSource?.line).toBe(4);
    expect(facts.dateSource?.line).toBe(5);
  });

  it("NQ 57 full text: the signer from the sentence that says who signed it, not the block of the conclusion appended below", () => {
    const { facts } = factsOf("test/fixtures/devdocs", "nghi-quyet-57-NQ-TW-toan-van.md");
    expect(facts.signer).toMatchObject({ name: "Tô Lâm", source: { line: 5 } });
  });

  it("a block written on one line, and one whose name follows the mark", () => {
    const inline = toSourceLines(["Nơi nhận:", "- Như trên;", "|   | T/M BỘ CHÍNH TRỊ *(Đã ký)* Trương Thị Mai |"].join("\n"));
    expect(readSigner(inline)).toMatchObject({ name: "Trương Thị Mai", authority: ["T/M BỘ CHÍNH TRỊ"] });
    const noPrefix = toSourceLines(["Nơi nhận:", "- Lưu: VT.", "", "CHỦ TỊCH", "", "(Đã ký)", "", "Nguyễn Văn An"].join("\n"));
    expect(readSigner(noPrefix)).toMatchObject({ name: "Nguyễn Văn An", authority: ["CHỦ TỊCH"] });
    expect(readSigner(toSourceLines("Điều 1. Ban hành kèm theo Quyết định này.\nPHỤ LỤC I"))).toBeNull();
  });
});

describe("the documents a text cites, with number, date, subject and line", () => {
  it("Chương trình công tác: the decision it rests on, with its subject and lead", () => {
    const { facts } = factsOf("knowledge/sources", "chuong-trinh-cong-tac-ban-chi-dao-2026.md");
    const basis = facts.citations.find((citation) => citation.number === "3328/QĐ-UBND");
    expect(basis).toMatchObject({ kind: "Quyết định", date: "2025-12-25", issuer: "UBND tỉnh", source: { line: 11 } });
    expect(basis?.subject).toMatch(/^về việc kiện toàn Ban Chỉ đạo/u);
    expect(basis?.lead).toMatch(/Căn cứ$/u);
  });

  it("DTI plan (raw PDF text): a number and date split over lines, and the proposal's number with who proposed it", () => {
    const { facts } = factsOf("knowledge/sources", "ke-hoach-nang-cao-chi-so-DTI-2025.txt");
    expect(facts.citations.find((citation) => citation.number === "405/QĐ-BKHCN")).toMatchObject({ date: "2025-04-03", issuer: "Bộ Khoa học và Công nghệ", source: { line: 7 } });
    const proposal = facts.citations.find((citation) => citation.kind === "Tờ trình");
    expect(proposal).toMatchObject({ number: "2098/TTr-SKHCN", date: "2025-11-20" });
    expect(proposal?.lead).toMatch(/Theo đề nghị của Sở Khoa học và Công nghệ tại$/u);
  });

  it("QĐ 1982: a date written before the citation, and the number itself left out", () => {
    const { facts } = factsOf("knowledge/sources", "quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt");
    expect(facts.citations.find((citation) => citation.number === "428/QĐ-UBND")).toMatchObject({ date: "2021-12-16" });
    expect(facts.citations.find((citation) => citation.number === "02-NQ/TU")).toMatchObject({ date: "2021-11-04", issuer: "Tỉnh ủy Quảng Trị" });
    expect(facts.citations.some((citation) => citation.number === "1982/QĐ-UBND")).toBe(false);
  });

  it("cites two documents side by side: the second is not read as the first one's subject", () => {
    const lines = toSourceLines("Thực hiện Nghị quyết số 57-\nNQ/TW ngày 22/12/2024 của Bộ Chính trị, Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ về sửa đổi, bổ sung Chương trình hành động;");
    const citations = readCitations(lines, null);
    expect(citations.map((citation) => [citation.number, citation.date, citation.issuer])).toEqual([
      ["57-NQ/TW", "2024-12-22", "Bộ Chính trị"],
      ["71/NQ-CP", "2025-04-01", "Chính phủ"],
    ]);
    expect(citations[1]?.subject).toBe("về sửa đổi, bổ sung Chương trình hành động");
    expect(citations[0]?.source.line).toBe(1);
  });
});
