import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingestDocument } from "../../../ingest/ingest-document.js";
import { readDocument } from "../../../ingest/read/read-document.js";
import { loadGlossary } from "../../../vietnamese/glossary/glossary.js";
import { understandQuestion } from "./understand-question.js";
import { agenciesNamedByDocuments } from "../../../ingest/index/vocabulary/document-agencies.js";

const glossary = loadGlossary();
const root = path.join(import.meta.dirname, "..", "..", "..");
const recordsOf = async (file: string) => ingestDocument(await readDocument(path.join(root, file)), glossary).records;

describe("agencies the documents' owner columns name", () => {
  it("learns the national agencies a plan names that the glossary does not list, and no collective", async () => {
    const names = agenciesNamedByDocuments(await recordsOf("test/fixtures/devdocs/ke-hoach-theo-thang-nq57-wbs.md"), glossary);
    expect(names).toEqual(expect.arrayContaining(["Bộ Ngoại giao", "Bộ Nội vụ", "Bộ Quốc phòng", "Viện Hàn lâm KH&CN VN"]));
    // Agencies the glossary knows, collectives and lists the cell did not split are no new names.
    expect(names).not.toContain("Bộ Công an");
    expect(names.some((name) => name.includes(",") || /^các\s/iu.test(name))).toBe(false);
  });

  it("learns the agencies of a provincial table the same way", async () => {
    const names = agenciesNamedByDocuments(await recordsOf("test/fixtures/documents/bang-nhiem-vu-doi-bo-cuc.md"), glossary);
    expect(names).toContain("Viện Nghiên cứu phát triển miền Trung");
    expect(names).not.toContain("Sở Khoa học và Công nghệ");
  });

  it("makes a question naming one read as a question about that agency", async () => {
    const learned = glossary.withAgencies(["Bộ Ngoại giao"]);
    const asked = "Bộ Ngoại giao chủ trì những nhiệm vụ nào?";
    expect(understandQuestion(asked, glossary, []).agencies).toEqual([]);
    const frame = understandQuestion(asked, learned, []);
    expect(frame.agencies.map((agency) => agency.canonical)).toEqual(["Bộ Ngoại giao"]);
    expect(frame.kind).toBe("list-by-agency");
    // Without diacritics too; a known agency stays itself.
    expect(understandQuestion("bo ngoai giao chu tri nhung gi", learned, []).agencies.map((agency) => agency.canonical)).toEqual(["Bộ Ngoại giao"]);
    expect(learned.canonicalAgency("Sở KH&CN")).toBe("Sở Khoa học và Công nghệ");
    expect(glossary.withAgencies(["Sở KHCN"]).agencies.length).toBe(glossary.agencies.length);
  });
});
