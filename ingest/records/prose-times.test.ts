import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingestDocument } from "../ingest-document.js";
import { readDocument } from "../read/read-document.js";
import { timeOf } from "./prose-duties.js";
import { dutiesOf, glossary } from "./prose-test-support.js";
import type { TaskRecord } from "./schemas.js";

// Decision 035: a duty written in prose is due when its time phrases say, in their words, and no more.
const root = path.join(import.meta.dirname, "..", "..");
const taskAt = async (file: string, line: number) =>
  ingestDocument(await readDocument(path.join(root, file)), glossary).records.find(
    (record): record is TaskRecord => record.kind === "task" && record.locator.line === line,
  );

describe("the time of a duty written in prose", () => {
  it("keeps the time phrases and drops what lies between them", () => {
    expect(timeOf("định kỳ 6 tháng báo cáo kết quả thực hiện về Bộ Tài chính trước ngày 15 tháng 6 và trước ngày 01 tháng 12 để tổng hợp")).toBe(
      "định kỳ 6 tháng, trước ngày 15 tháng 6, trước ngày 01 tháng 12",
    );
    expect(timeOf("bảo đảm nguồn kinh phí thực hiện hằng năm theo Nghị quyết số 57-NQ/TW")).toBe("hằng năm");
    expect(timeOf("báo cáo trước ngày 15 của tháng cuối quý về Sở Tài chính")).toBe("trước ngày 15 của tháng cuối quý");
    expect(timeOf("hoàn thành trong quý III năm 2025")).toBe("hoàn thành trong quý III năm 2025");
    expect(timeOf("triển khai các nhiệm vụ được giao")).toBe("");
  });
  it("reads NQ 03's reports and funding and NQ 57's reports so (devdocs)", async () => {
    const reports = await taskAt("test/fixtures/devdocs/nghi-quyet-03-NQ-CP-chuong-trinh-hanh-dong.md", 301);
    expect(reports?.deadline).toMatchObject({ text: "định kỳ 6 tháng, trước ngày 15 tháng 6, trước ngày 01 tháng 12", kind: "recurring" });
    expect((await taskAt("test/fixtures/devdocs/nghi-quyet-03-NQ-CP-chuong-trinh-hanh-dong.md", 305))?.deadline.text).toBe("hằng năm");
    expect((await taskAt("test/fixtures/devdocs/nghi-quyet-57-NQ-TW-toan-van.md", 121))?.deadline.text).toBe("định kỳ 6 tháng");
  });
  it("keeps the deadline a recurrence gives in brackets", () => {
    expect(timeOf("định kỳ hàng tuần (trước 10h00 thứ năm trong tuần), hàng tháng (trước ngày 18 của tháng) báo cáo về Sở")).toBe(
      "định kỳ hàng tuần (trước 10h00 thứ năm trong tuần), hàng tháng (trước ngày 18 của tháng)",
    );
    expect(timeOf("hằng năm (theo Kế hoạch số 5) báo cáo")).toBe("hằng năm");
  });
  // Decision 038: a wrapped sentence goes on over a line opening with a number or a bracket.
  const reports =
    "định kỳ hàng tuần (trước 10h00 thứ năm trong tuần), hàng tháng (trước ngày 18 của tháng), hàng quý (trước ngày 15 tháng cuối quý), hằng năm (trước ngày 15 tháng 12)";
  it("reads the provincial NQ 57 plan's reports over lines opening with a number or a bracket, as text and as PDF", async () => {
    const text = await taskAt("knowledge/sources/ke-hoach-thuc-hien-nghi-quyet-57-NQ-TW.txt", 743);
    expect(text?.deadline).toMatchObject({ text: reports, kind: "recurring" });
    expect(text?.title).toContain("báo cáo tình hình, kết quả thực hiện về Sở Khoa học và Công nghệ để tổng hợp, báo cáo UBND tỉnh và cấp trên");
    const pdf = ingestDocument(await readDocument(path.join(root, "test/fixtures/corpus-formats/ke-hoach-thuc-hien-nghi-quyet-57-NQ-TW.pdf")), glossary);
    expect(pdf.records.find((record): record is TaskRecord => record.kind === "task" && record.deadline.text === reports)).toBeDefined();
  });
  it("does not join a numbered item or a lone page number to the sentence above", () => {
    const lines = ["Sở Tài chính chủ trì, phối hợp với các sở bố trí kinh phí thực hiện định kỳ hàng quý (trước", "15 tháng cuối quý) báo cáo", "4", "2. Sở Nội vụ chủ trì, phối hợp với các sở, ngành tổ chức đào tạo kỹ năng số cho cán bộ."];
    const duties = dutiesOf(lines, ["III. TỔ CHỨC THỰC HIỆN"]);
    expect(duties.map((duty) => duty.locator.line)).toEqual([1, 4]);
    expect(duties[0]?.sourceLines.map((line) => line.line)).toEqual([1, 2]);
  });
  it("ends a sentence on a line opening with a capital, never across a section heading (DTI plan, KH 429)", async () => {
    const dti = ingestDocument(await readDocument(path.join(root, "knowledge/sources/ke-hoach-nang-cao-chi-so-DTI-2025.txt")), glossary);
    // "… báo cáo UBND tỉnh xem xét để gửi Bộ" / "Khoa học và Công nghệ đánh giá, xếp hạng." is one paragraph.
    expect(dti.warnings.find((warning) => warning.startsWith("Phần «Tổ chức thực hiện»"))).toContain("dòng 165, 181, 185, 197, 204.");
    const plan = ingestDocument(await readDocument(path.join(root, "knowledge/sources/ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md")), glossary);
    const first = plan.records.find((record): record is TaskRecord => record.kind === "task" && record.locator.line === 432);
    expect(first?.sourceLines.map((line) => line.line)).toEqual([432]);
    expect(first?.locator.breadcrumb.at(-1)).toBe("1. Sở Khoa học và Công nghệ");
  });
});
