import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingestDocument } from "../ingest-document.js";
import { readDocument } from "../read/read-document.js";
import { timeOf } from "./prose-duties.js";
import { glossary } from "./prose-test-support.js";
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
  it("reads the provincial NQ 57 plan's weekly report without the bracket it opens", async () => {
    expect((await taskAt("knowledge/sources/ke-hoach-thuc-hien-nghi-quyet-57-NQ-TW.txt", 743))?.deadline.text).toBe("định kỳ hàng tuần");
  });
});
