import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingestDocument } from "../ingest-document.js";
import { readDocument } from "../read/read-document.js";
import { buildSectionMap } from "../structure/sections.js";
import { leadInOwners, listedTasks } from "./listed-tasks.js";
import { glossary } from "./prose-test-support.js";
import type { TaskRecord } from "./schemas.js";

const root = path.join(import.meta.dirname, "..", "..");
const ingest = async (file: string) => ingestDocument(await readDocument(path.join(root, file)), glossary);
const tasksOf = (records: { kind: string }[]) => records.filter((record): record is TaskRecord => record.kind === "task");

/** The points of a document read as listed tasks, whatever its tables hold. */
async function pointsOf(file: string): Promise<TaskRecord[]> {
  const source = await readDocument(path.join(root, file));
  const sections = buildSectionMap(source.lines);
  return listedTasks({ file: source.file, lines: source.lines, inTable: () => false, breadcrumbAt: (line) => sections.breadcrumbAt(line), taken: new Set() }, glossary);
}

function lines(texts: string[]) {
  return texts.map((text, index) => ({ line: index + 1, text }));
}

describe("tasks listed under a sentence that assigns them", () => {
  it("reads the lettered points of a national programme as tasks of the agencies its lead-in names", async () => {
    const document = await ingest("test/fixtures/devdocs/nghi-quyet-03-NQ-CP-chuong-trinh-hanh-dong.md");
    const listed = tasksOf(document.records).filter((task) => task.id.includes(":listed-task:"));
    // Seven groups of points "a)"… under "II. NHIỆM VỤ CỤ THỂ"; the two that state targets stay indicators.
    expect(listed.length).toBeGreaterThanOrEqual(95);
    const twin = listed.find((task) => task.locator.line === 155);
    expect(twin).toMatchObject({
      itemNumber: "i",
      title: "Thí điểm triển khai bản sao số cho một số thành phố trực thuộc Trung ương",
      ownerText: "các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
      inheritedFields: ["owners"],
    });
    expect(twin?.locator.breadcrumb.at(-1)).toMatch(/^3\. Tăng cường đầu tư/);
    // The first point under a heading is one ("### 1. …" does not swallow "a) …").
    expect(listed.find((task) => task.locator.line === 71)?.title).toMatch(/^Xây dựng, triển khai và tổ chức triển khai chương trình tuyên truyền/);
    // "đ) Sửa đổi Luật … để:" with its bullets: what the point is for is part of it.
    const law = listed.find((task) => task.locator.line === 111);
    expect(law?.title).toMatch(/^Sửa đổi Luật Khoa học và Công nghệ \(2013\) .*Đổi mới sáng tạo để: Tháo gỡ các khó khăn/);
    expect(law?.sourceLines.length).toBe(4);
    // "i) Phấn đấu … tối thiểu đạt 25%" is a target, read once.
    expect(listed.some((task) => task.locator.line === 87)).toBe(false);
    expect(document.records.some((record) => record.kind === "indicator" && record.locator.line === 87)).toBe(true);
    // "III. TỔ CHỨC THỰC HIỆN" is outside the lead-in's section: its duties are read as before.
    expect(listed.some((task) => task.locator.breadcrumb.some((title) => /TỔ CHỨC THỰC HIỆN/.test(title)))).toBe(false);
  });

  it("reads the same lead-in over wrapped PDF lines, but a plan whose appendix holds its tasks gives none from its body", async () => {
    // The provincial plan writes the same "… các sở, ban, ngành, địa phương cần cụ thể hóa … các nhiệm vụ sau đây:".
    const points = await pointsOf("knowledge/sources/ke-hoach-thuc-hien-nghi-quyet-57-NQ-TW.txt");
    expect(points.length).toBeGreaterThanOrEqual(60);
    expect(points[0]).toMatchObject({ locator: { line: 98 }, itemNumber: "a", ownerText: "các sở, ban, ngành, địa phương" });
    expect(points[0]?.title).toMatch(/^Tổ chức phổ biến, quán triệt, tuyên truyền sâu rộng nội dung Nghị quyết số 57-NQ\/TW, Nghị quyết số 71/);
    // Its appendix table states them with their own owners: the body restates them.
    const document = await ingest("knowledge/sources/ke-hoach-thuc-hien-nghi-quyet-57-NQ-TW.txt");
    expect(document.records.some((record) => record.id.includes(":listed-task:"))).toBe(false);
  });

  it("needs a lead-in that names agencies, and stops at the end of its section", () => {
    expect(leadInOwners("Các sở, ban, ngành, địa phương có trách nhiệm triển khai các nhiệm vụ trọng tâm sau:", glossary)).toEqual(["Các sở, ban, ngành, địa phương"]);
    expect(leadInOwners("Kế hoạch cần bảo đảm các yêu cầu sau đây:", glossary)).toBeNull();
    expect(leadInOwners("Các sở, ban, ngành triển khai các nhiệm vụ sau đây.", glossary)).toBeNull();
    const text = lines([
      "Sở Khoa học và Công nghệ, Sở Nội vụ cần triển khai các nhiệm vụ sau đây:",
      "a) Xây dựng kho dữ liệu dùng chung của tỉnh, hoàn thành trong năm 2026.",
      "a) Kết quả đạt được:",
      "b) Tổ chức đào tạo kỹ năng số cho cán bộ.",
      "c) Ngoài phạm vi: một điểm của mục khác.",
    ]);
    const tasks = listedTasks(
      { file: "x.md", lines: text, inTable: () => false, breadcrumbAt: (line) => (line <= 4 ? ["II. NHIỆM VỤ"] : ["III. TỔ CHỨC THỰC HIỆN"]), taken: new Set() },
      glossary,
    );
    expect(tasks.map((task) => task.title)).toEqual(["Xây dựng kho dữ liệu dùng chung của tỉnh, hoàn thành trong năm 2026", "Tổ chức đào tạo kỹ năng số cho cán bộ"]);
    expect(tasks[0]).toMatchObject({ owners: ["Sở Khoa học và Công nghệ", "Sở Nội vụ"], deadline: { kind: "year", to: "2026-12-31" } });
    // Without a lead-in, lettered points assign nothing.
    expect(listedTasks({ file: "x.md", lines: text.slice(1), inTable: () => false, breadcrumbAt: () => ["II. NHIỆM VỤ"], taken: new Set() }, glossary)).toEqual([]);
  });
});
