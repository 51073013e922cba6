import { describe, expect, it } from "vitest";
import type { DocumentInfo } from "../../../ingest/records/schemas.js";
import { foldText } from "../../../vietnamese/fold.js";
import { loadGlossary } from "../../../vietnamese/glossary/glossary.js";
import { readDocumentQuestion } from "./document-question.js";

const glossary = loadGlossary();
const citing = (line: number, dateText: string, date: string | null) => ({
  kind: "Nghị quyết", number: "45-NQ/TW", date, dateText, issuer: "Ban Chấp hành Trung ương Đảng", subject: "", lead: "Thực hiện",
  source: { line, quote: `Nghị quyết số 45-NQ/TW ${dateText}` },
});
const info = (file: string, kind: string, number: string, aliases: string[], line: number, dateText: string, date: string | null): DocumentInfo =>
  ({
    file, kind, number, date: null, dateText: "", issuer: "", title: aliases[0] ?? "", aliases,
    facts: { numberSource: null, dateSource: null, signer: null, citations: [citing(line, dateText, date)] },
  }) as DocumentInfo;

// Two documents cite the same resolution; the first one read writes its date too.
const plan = info("kh-635.txt", "Kế hoạch", "635/KH-UBND", ["Kế hoạch 635", "KH 635"], 414, "ngày 24/11/2023", "2023-11-24");
const programme = info("nq-03.md", "Nghị quyết", "03/NQ-CP", ["Nghị quyết 03", "NQ 03"], 177, "ngày 24 tháng 11 năm 2023", "2023-11-24");

describe("readDocumentQuestion of a document the corpus cites", () => {
  it("quotes the citing line of the document the question names, when that one cites it", () => {
    const asked = readDocumentQuestion(foldText("Trong NQ 03, Nghị quyết 45-NQ/TW ban hành ngày nào?"), [plan, programme], glossary);
    expect(asked?.target.type).toBe("cited");
    if (asked?.target.type === "cited") expect(asked.target.matches.map((match) => match.file)).toEqual(["nq-03.md"]);
  });

  it("quotes any citing line when the question names no citing document", () => {
    const asked = readDocumentQuestion(foldText("Nghị quyết 45-NQ/TW ban hành ngày nào?"), [plan, programme], glossary);
    expect(asked?.target.type).toBe("cited");
    if (asked?.target.type === "cited") expect(asked.target.matches).toHaveLength(1);
  });
});

describe("readDocumentQuestion of the kind asked for by its number", () => {
  const cites = (kind: string, number: string, issuer: string, lead: string, line: number) => ({
    kind, number, date: null, dateText: "", issuer, subject: "", lead, source: { line, quote: `${lead} ${kind} số ${number}` },
  });
  const withCitations = (file: string, kind: string, number: string, alias: string, citations: ReturnType<typeof cites>[]): DocumentInfo =>
    ({
      file, kind, number, date: null, dateText: "", issuer: "UBND tỉnh", title: alias, aliases: [alias],
      facts: { numberSource: null, dateSource: null, signer: null, citations },
    }) as DocumentInfo;
  // Two documents, each resting on a ministry's decision and proposed by a department's submission.
  const dti = withCitations("ke-hoach-dti.txt", "Kế hoạch", "12/KH-UBND", "KH DTI", [
    cites("Quyết định", "405/QĐ-BKHCN", "Bộ Khoa học và Công nghệ", "Căn cứ", 10),
    cites("Tờ trình", "2098/TTr-SKHCN", "Sở Khoa học và Công nghệ", "Xét đề nghị của", 14),
  ]);
  const decision = withCitations("quyet-dinh-1982.txt", "Quyết định", "1982/QĐ-UBND", "QĐ 1982", [
    cites("Nghị quyết", "02-NQ/TU", "Tỉnh ủy", "Căn cứ", 8),
    cites("Tờ trình", "55/TTr-STTTT", "Sở Thông tin và Truyền thông", "Theo đề nghị của", 12),
  ]);
  const numbers = (question: string) => {
    const asked = readDocumentQuestion(foldText(question), [dti, decision], glossary);
    return asked?.target.type === "cited" ? asked.target.matches.map((match) => match.citation.number) : asked?.target.type;
  };

  it("reads the kind right before 'số mấy' as the document sought, not the one the question names", () => {
    expect(numbers("KH DTI được ban hành theo đề nghị của Sở KH&CN tại Tờ trình số mấy?")).toEqual(["2098/TTr-SKHCN"]);
    expect(numbers("QĐ 1982 được ban hành theo tờ trình số mấy của sở nào?")).toEqual(["55/TTr-STTTT"]);
  });

  it("reads a kind code before a bare 'số' the same way, typed without diacritics", () => {
    expect(numbers("qd 1982 theo TTr so cua so nao")).toEqual(["55/TTr-STTTT"]);
  });

  it("keeps 'số' that starts a word of the subject ('số hóa') out of it", () => {
    expect(numbers("KH DTI số hóa")).toBeUndefined();
  });
});

describe("readDocumentQuestion of a document known by the mark of the one it carries out", () => {
  const cites = (kind: string, number: string, line: number) => ({
    kind, number, date: null, dateText: "", issuer: "", subject: "", lead: "Căn cứ", source: { line, quote: `Căn cứ ${kind} số ${number}` },
  });
  const carrying = (file: string, kind: string, aliases: string[], cited: ReturnType<typeof cites>) =>
    ({ file, kind, number: null, date: null, dateText: "năm 2025", issuer: "UBND tỉnh", title: aliases[0] ?? "", aliases, facts: { numberSource: null, dateSource: null, signer: null, citations: [cited] } }) as DocumentInfo;
  // A plan carrying out a resolution and a programme carrying out another, each known by the resolution's mark.
  const plan = carrying("kh-nq57.txt", "Kế hoạch", ["Kế hoạch thực hiện Nghị quyết 57", "Nghị quyết 57", "NQ 57"], cites("Nghị quyết", "57-NQ/TW", 5));
  const programme = carrying("ctr-nq03.md", "Chương trình", ["Chương trình thực hiện Nghị quyết 03", "Nghị quyết 03", "NQ 03"], cites("Nghị quyết", "03/NQ-CP", 7));
  const target = (question: string) => {
    const asked = readDocumentQuestion(foldText(question), [plan, programme], glossary);
    return asked?.target.type === "own" ? asked.target.document.file : asked?.target.type === "cited" ? asked.target.matches.map((match) => match.citation.number) : null;
  };

  it("reads the document's own kind right before the mark as naming that document", () => {
    expect(target("kh nq57 ai ky")).toBe("kh-nq57.txt");
    expect(target("CTr NQ 03 ký ngày nào?")).toBe("ctr-nq03.md");
  });

  it("reads the mark alone, or after another kind, as the resolution it names", () => {
    expect(target("NQ 57 ký ngày nào?")).toEqual(["57-NQ/TW"]);
    expect(target("KH NQ 03 ký ngày nào?")).not.toBe("ctr-nq03.md");
  });
});
