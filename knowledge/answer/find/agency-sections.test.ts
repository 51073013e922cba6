import { describe, expect, it } from "vitest";
import type { Passage } from "../../../ingest/records/schemas.js";
import { loadGlossary } from "../../../vietnamese/glossary/glossary.js";
import { agencySections } from "./agency-sections.js";
import type { KnowledgeBase } from "./knowledge-base.js";

const glossary = loadGlossary();

/** Body passages as ingestion writes them: a breadcrumb, lines with their source line numbers. */
function passage(file: string, breadcrumb: string[], startLine: number, lines: string[]): Passage {
  return { id: `${file}:p${startLine}`, file, breadcrumb, text: lines.join("\n"), startLine, endLine: startLine + lines.length - 1, recordId: null, lineNumbers: lines.map((_line, index) => startLine + index) };
}

/** A knowledge base whose search returns every passage of the asked files (ranking is not what is tested). */
function knowledgeBase(passages: Passage[]): KnowledgeBase {
  const files = [...new Set(passages.map((entry) => entry.file))];
  return {
    documents: files.map((file) => ({ file, kind: "Kế hoạch", number: null, date: null, dateText: "", issuer: "", title: file, aliases: [] })),
    searchPassages: (_query, options) => passages.filter((entry) => !options.files?.length || options.files.includes(entry.file)).map((entry) => ({ id: entry.id, score: 1 })),
    searchRecords: () => [],
    record: () => undefined,
    passage: (id) => passages.find((entry) => entry.id === id),
    recordsOf: () => [],
    vocabulary: {} as KnowledgeBase["vocabulary"],
  };
}

const planWithHeadings = [
  passage("ke-hoach-a.md", ["V. TỔ CHỨC THỰC HIỆN", "2. Công an tỉnh"], 438, ["2. Công an tỉnh", "Chủ trì giám sát, xử lý các lỗ hổng bảo mật."]),
  passage("ke-hoach-a.md", ["V. TỔ CHỨC THỰC HIỆN", "3. Sở Tài chính"], 442, ["3. Sở Tài chính", "Cân đối, đề xuất bố trí đủ kinh phí để thực hiện Kế hoạch này."]),
  passage("ke-hoach-a.md", ["V. TỔ CHỨC THỰC HIỆN", "3. Sở Tài chính"], 446, ["Phối hợp hướng dẫn quản lý, sử dụng kinh phí."]),
  passage("ke-hoach-a.md", ["III. NHIỆM VỤ", "1. Hạ tầng số"], 300, ["Sở Tài chính bố trí kinh phí cho hạ tầng."]),
];
const planWithItems = [
  passage("ke-hoach-b.txt", ["III. TỔ CHỨC THỰC HIỆN"], 760, [
    "4. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch",
    "theo phân cấp ngân sách hiện hành.",
    "5. Công an tỉnh Chủ trì, tham mưu, hướng dẫn triển khai các biện pháp",
    "bảo vệ bí mật nhà nước.",
    "6. Các sở, ngành, địa phương xây dựng kế hoạch của mình.",
  ]),
];

describe("the sections a document writes for one agency", () => {
  it("a section headed by the agency's name gives its passages in order, the heading left out; a mention elsewhere does not count", async () => {
    const sections = await agencySections({ canonical: "Sở Tài chính", written: "Sở Tài chính" }, knowledgeBase(planWithHeadings), glossary, { files: [], limit: 5 });
    expect(sections).toHaveLength(1);
    expect(sections[0]).toMatchObject({ file: "ke-hoach-a.md", place: "3. Sở Tài chính", line: 443, lines: [443, 446] });
    expect(sections[0]?.text).toBe("Cân đối, đề xuất bố trí đủ kinh phí để thực hiện Kế hoạch này.\nPhối hợp hướng dẫn quản lý, sử dụng kinh phí.");
  });

  it("a list item that starts with the agency's name runs to the next item", async () => {
    const sections = await agencySections({ canonical: "Công an tỉnh", written: "Công an tỉnh" }, knowledgeBase(planWithItems), glossary, { files: [], limit: 5 });
    expect(sections).toHaveLength(1);
    expect(sections[0]).toMatchObject({ file: "ke-hoach-b.txt", place: "III. TỔ CHỨC THỰC HIỆN", line: 762, lines: [762, 763] });
    expect(sections[0]?.text).toBe("Chủ trì, tham mưu, hướng dẫn triển khai các biện pháp\nbảo vệ bí mật nhà nước.");
  });

  it("both forms across two documents, in the order of the files asked for", async () => {
    const base = knowledgeBase([...planWithHeadings, ...planWithItems]);
    const sections = await agencySections({ canonical: "Sở Tài chính", written: "Sở Tài chính" }, base, glossary, { files: ["ke-hoach-b.txt", "ke-hoach-a.md"], limit: 5 });
    expect(sections.map((section) => `${section.file}:${section.line}`)).toEqual(["ke-hoach-b.txt:760", "ke-hoach-a.md:443"]);
    expect(sections[0]?.text.startsWith("tham mưu bố trí kinh phí")).toBe(true);
  });

  it("a heading naming the agency with more words (a task about it) is no section of it", async () => {
    const base = knowledgeBase([passage("ke-hoach-c.md", ["II. NHIỆM VỤ", "2. Hỗ trợ Sở Tài chính xây dựng cơ sở dữ liệu giá"], 90, ["2. Hỗ trợ Sở Tài chính xây dựng cơ sở dữ liệu giá", "Nội dung."])]);
    expect(await agencySections({ canonical: "Sở Tài chính", written: "Sở Tài chính" }, base, glossary, { files: [], limit: 5 })).toEqual([]);
  });
});
