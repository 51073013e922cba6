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
