import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingestDocument, type IngestedDocument } from "../../ingest/ingest-document.js";
import { readDocument } from "../../ingest/read/read-document.js";
import type { TaskRecord } from "../../ingest/records/schemas.js";
import { loadGlossary } from "../../vietnamese/glossary/glossary.js";

/**
 * Real documents that are not in the corpus, in layouts the assistant was not built on: they go
 * through the one generic path (Markdown reader → document model → tables → records) with no
 * code written for any of them.
 */
const folder = path.join(import.meta.dirname, "../fixtures/devdocs");
const ingest = async (file: string): Promise<IngestedDocument> => ingestDocument(await readDocument(path.join(folder, file)), loadGlossary());
const taskAt = (document: IngestedDocument, line: number) =>
  document.records.find((record): record is TaskRecord => record.kind === "task" && record.locator.line === line);

describe("documents outside the corpus", () => {
  it("reads a WBS plan with English headers and month-first dates into tasks with owners and deadlines", async () => {
    const wbs = await ingest("ke-hoach-theo-thang-nq57-wbs.md");
    expect(wbs.counts.tasks).toBeGreaterThan(90);
    expect(taskAt(wbs, 9)).toMatchObject({
      itemNumber: "1.1.4",
      title: "Sửa đổi Luật KH&CN",
      owners: ["Bộ Khoa học và Công nghệ"],
      deadline: { text: "6/30/2025", from: "2025-06-30", to: "2025-06-30" },
    });
    // An agency the glossary does not know stays an agency, as written, because its column says so.
    expect(taskAt(wbs, 53)?.owners).toEqual(["Bộ KH&ĐT", "Bộ Công Thương"]);
    expect(taskAt(wbs, 9)?.locator.groupPath[1]).toMatch(/^1\.1 Milestone 1\.1/);
  });

  it("reads a nine-column deliverables table whose owner and deadline come last, item numbers inside the title", async () => {
    const deliverables = await ingest("ket-qua-dau-ra-chuong-trinh-hanh-dong-nq03.md");
    expect(deliverables.counts.tasks).toBeGreaterThan(150);
    expect(taskAt(deliverables, 13)).toMatchObject({
      itemNumber: "7",
      title: "Nghị định về quỹ đầu tư mạo hiểm",
      owners: ["Bộ Khoa học và Công nghệ"],
    });
    expect(deliverables.records.every((record) => record.kind === "task")).toBe(true);
  });

  it("says so, instead of staying silent, when a document holds no table that becomes records", async () => {
    const resolution = await ingest("nghi-quyet-57-NQ-TW-toan-van.md");
    // Its records are read from sentences: duties, and the targets of its objectives.
    expect(resolution.records.every((record) => (record.kind === "task" || record.kind === "indicator") && record.locator.appendix === null)).toBe(true);
    expect(resolution.passages.length).toBeGreaterThan(50);
    expect(resolution.warnings.join(" ")).toMatch(/không có bảng/);
  });
});
