import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingestDocument } from "../ingest-document.js";
import { readDocument } from "../read/read-document.js";
import { toSourceLines } from "../read/source-text.js";
import { buildSectionMap } from "../structure/sections.js";
import { itemMarker } from "./prose-duties.js";
import { dutiesOf, glossary } from "./prose-test-support.js";
import { proseTargets, readTarget } from "./prose-targets.js";
import type { IndicatorRecord, TaskRecord } from "./schemas.js";

// Decision 035: the numbering Party documents write ("A-", "II-", "1-", "2.1-", "**1-**") and what it holds.
const root = path.join(import.meta.dirname, "..", "..");
const FULL_TEXT_57 = "test/fixtures/devdocs/nghi-quyet-57-NQ-TW-toan-van.md";

const SYNTHETIC = [
  "**NGHỊ QUYẾT**",
  "VỀ PHÁT TRIỂN MỘT LĨNH VỰC",
  "",
  "**A- TÌNH HÌNH VÀ NGUYÊN NHÂN**",
  "",
  "**1-** Trong những năm qua, lĩnh vực đã có nhiều tiến bộ.",
  "",
  "**B- ĐỊNH HƯỚNG ĐẾN NĂM 2020 VÀ TẦM NHÌN ĐẾN NĂM 2030**",
  "I- QUAN ĐIỂM",
  "Phát triển là quốc sách hàng đầu.",
  "II- MỤC TIÊU",
  "**1- Mục tiêu cụ thể**",
  "Tỷ lệ doanh nghiệp ứng dụng công nghệ đạt khoảng 40%.",
  "III- NHIỆM VỤ VÀ GIẢI PHÁP",
  "**2.1- Đổi mới cơ chế tài chính**",
  "Tăng đầu tư của Nhà nước cho lĩnh vực bảo đảm tối thiểu 2% tổng chi ngân sách hằng năm.",
  "Số văn bản 20-NQ/TW được sửa đổi.",
  "**C- TỔ CHỨC THỰC HIỆN**",
  "**1-** Ban Tuyên giáo Trung ương chủ trì phối hợp với các ban đảng, ban cán sự đảng, đảng đoàn trực thuộc Trung ương theo dõi, đôn đốc.",
];

async function ingested(file: string) {
  return ingestDocument(await readDocument(path.join(root, file)), glossary);
}

describe("Party numbering: sections", () => {
  const map = buildSectionMap(toSourceLines(SYNTHETIC.join("\n")));
  it("reads upper-case letter parts above roman headings, and hyphenated arabic headings under them", () => {
    expect(map.breadcrumbAt(6)).toEqual(["A- TÌNH HÌNH VÀ NGUYÊN NHÂN"]);
    expect(map.breadcrumbAt(13)).toEqual(["B- ĐỊNH HƯỚNG ĐẾN NĂM 2020 VÀ TẦM NHÌN ĐẾN NĂM 2030", "II- MỤC TIÊU", "1- Mục tiêu cụ thể"]);
    expect(map.breadcrumbAt(16)).toEqual(["B- ĐỊNH HƯỚNG ĐẾN NĂM 2020 VÀ TẦM NHÌN ĐẾN NĂM 2030", "III- NHIỆM VỤ VÀ GIẢI PHÁP", "2.1- Đổi mới cơ chế tài chính"]);
    expect(map.breadcrumbAt(19)).toEqual(["C- TỔ CHỨC THỰC HIỆN"]);
  });
  it("takes a document number for no heading, and a sentence numbered '1-' for no heading", () => {
    expect(map.sections.map((section) => section.title)).not.toContain("Số văn bản 20-NQ/TW được sửa đổi.");
    expect(map.sections.some((section) => section.title.startsWith("1- Trong"))).toBe(false);
  });
  it("gives the resolution quoted in the full text of NQ 57 (NQ 20) its parts", async () => {
    const document = await readDocument(path.join(root, FULL_TEXT_57));
    const sections = buildSectionMap(document.lines);
    // Under the heading that names it in the page (decision 038).
    expect(sections.breadcrumbAt(253).slice(2)).toEqual(["II- MỤC TIÊU", "2- Mục tiêu cụ thể"]);
    expect(sections.breadcrumbAt(253)[0]).toBe("Nghị quyết 20 - 2012");
    expect(sections.breadcrumbAt(253)[1]).toMatch(/^B- ĐỊNH HƯỚNG/u);
    expect(sections.breadcrumbAt(395)).toEqual(["Nghị quyết 20 - 2012", "C- TỔ CHỨC THỰC HIỆN"]);
  });
});

describe("Party numbering: items and duties", () => {
  it("reads escaped, bold and hyphenated item markers, and no year or document number as one", () => {
    expect(itemMarker.exec("1\\. Thành lập Ban")?.[1]).toBe("1");
    expect(itemMarker.exec("**1-** Các cấp uỷ")?.[1]).toBe("1");
    expect(itemMarker.exec("2.1- Đổi mới")?.[1]).toBe("2.1");
    expect(itemMarker.exec("2025 - 2030 Sở Y tế")?.[0]).toBe("");
    expect(itemMarker.exec("20-NQ/TW của Bộ Chính trị")?.[0]).toBe("");
    expect(itemMarker.exec("**Sở Y tế**")?.[0]).toBe("");
  });
  it("reads the duties of a Party body with its coordinators (synthetic)", () => {
    const [duty] = dutiesOf([SYNTHETIC.at(-1) ?? ""], ["C- TỔ CHỨC THỰC HIỆN"]);
    expect(duty).toMatchObject({ itemNumber: "1", ownerText: "Ban Tuyên giáo Trung ương", title: "theo dõi, đôn đốc" });
    expect(duty?.coordinatorText).toBe("các ban đảng, ban cán sự đảng, đảng đoàn trực thuộc Trung ương");
  });
  it("reads NQ 57's and NQ 20's 'Tổ chức thực hiện' in the full text, numbered", async () => {
    const tasks = (await ingested(FULL_TEXT_57)).records.filter((record): record is TaskRecord => record.kind === "task");
    const at = (line: number) => tasks.find((task) => task.locator.line === line);
    expect(at(113)).toMatchObject({ itemNumber: "2", ownerText: "Đảng đoàn Quốc hội" });
    expect(at(121)).toMatchObject({ itemNumber: "6", ownerText: "Văn phòng Trung ương Đảng" });
    expect(at(389)).toMatchObject({ itemNumber: "1", ownerText: "Các cấp uỷ đảng" });
    expect(at(395)?.coordinatorText).toBe("các ban đảng, ban cán sự đảng, đảng đoàn, đảng uỷ trực thuộc Trung ương");
  });
});

describe("targets: rates per head and values with their own year", () => {
  it("keeps a rate per head of population whole, as its unit (NQ 57 and NQ 20)", async () => {
    expect(readTarget("Số cán bộ khoa học và công nghệ nghiên cứu và phát triển đạt mức 11 người trên một vạn dân")).toMatchObject({
      name: "Số cán bộ khoa học và công nghệ nghiên cứu và phát triển",
      unit: "người trên một vạn dân",
      values: [{ text: "11 người trên một vạn dân", number: 11 }],
    });
    const records = (await ingested(FULL_TEXT_57)).records.filter((record): record is IndicatorRecord => record.kind === "indicator");
    const research = records.find((record) => record.name === "Nguồn nhân lực nghiên cứu khoa học, phát triển công nghệ, đổi mới sáng tạo");
    expect(research?.values[0]).toMatchObject({ text: "12 người trên một vạn dân", year: 2030 });
    expect(records.find((record) => record.locator.line === 255)?.unit).toBe("người trên một vạn dân");
  });
  it("gives each value the year written after it, wherever the sentence stands (NQ 20 in the full text)", async () => {
    const records = (await ingested(FULL_TEXT_57)).records.filter((record): record is IndicatorRecord => record.kind === "indicator");
    const investment = records.find((record) => record.name === "Nâng tổng đầu tư xã hội cho khoa học và công nghệ");
    expect(investment?.unit).toBe("% GDP");
    expect(investment?.values.map((value) => [value.text, value.year, value.label])).toEqual([
      ["1,5% GDP", 2015, "Mục tiêu đến năm 2015"],
      ["trên 2% GDP", 2020, "Mục tiêu đến năm 2020"],
      ["khoảng 3% GDP", 2030, "Mục tiêu đến năm 2030"],
    ]);
    // The sentence after it, under "III- NHIỆM VỤ VÀ GIẢI PHÁP", gives no year of its own: a task, no target.
    expect(records.some((record) => record.name.startsWith("Tăng đầu tư của Nhà nước"))).toBe(false);
  });
  it("reads the tasks under a part named after its horizon as no objectives (synthetic)", () => {
    const lines = SYNTHETIC.map((text, index) => ({ line: index + 1, text }));
    const map = buildSectionMap(toSourceLines(SYNTHETIC.join("\n")));
    const targets = proseTargets({ file: "x.md", lines, inTable: () => false, breadcrumbAt: (line) => map.breadcrumbAt(line) });
    expect(targets.map((target) => [target.locator.line, target.values[0]?.year])).toEqual([[13, 2020]]);
  });
});

describe("a collective part goes on the name before it", () => {
  it("keeps 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương' and 'các bộ, ngành, địa phương' whole (NQ 03)", async () => {
    const tasks = (await ingested("test/fixtures/devdocs/nghi-quyet-03-NQ-CP-chuong-trinh-hanh-dong.md")).records.filter((record): record is TaskRecord => record.kind === "task");
    const at = (line: number) => tasks.find((task) => task.locator.line === line);
    expect(at(295)?.owners).toEqual(["các bộ", "cơ quan ngang bộ", "cơ quan thuộc Chính phủ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]);
    expect(at(307)?.owners).toEqual(["các bộ, ngành, địa phương"]);
  });
  it("reads 'Người đứng đầu các sở, ban, ngành' as one owner (the provincial NQ 57 plan)", async () => {
    const tasks = (await ingested("knowledge/sources/ke-hoach-thuc-hien-nghi-quyet-57-NQ-TW.txt")).records.filter((record): record is TaskRecord => record.kind === "task");
    expect(tasks.some((task) => task.owners[0] === "Người đứng đầu các sở, ban, ngành")).toBe(true);
    expect(tasks.some((task) => task.owners.includes("ban") || task.owners.includes("ngành"))).toBe(false);
  });
});
