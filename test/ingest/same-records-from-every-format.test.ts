import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingestDocument } from "../../ingest/ingest-document.js";
import { readDocument } from "../../ingest/read/read-document.js";
import type { TaskRecord } from "../../ingest/records/schemas.js";

type TaskSummary = Pick<TaskRecord, "itemNumber" | "title" | "owners" | "coordinators"> & { deadline: string };
import { loadGlossary } from "../../vietnamese/glossary/glossary.js";

const fixtures = path.resolve("test/fixtures/documents");

async function tasksOf(file: string): Promise<TaskSummary[]> {
  const source = await readDocument(path.join(fixtures, file));
  const ingested = ingestDocument(source, loadGlossary());
  return ingested.records
    .filter((record): record is TaskRecord => record.kind === "task")
    .map(({ itemNumber, title, owners, coordinators, deadline }) => ({ itemNumber, title, owners, coordinators, deadline: deadline.text }));
}

/**
 * The same plan written as Markdown, exported to DOCX and printed to PDF (LibreOffice, see
 * test/fixtures/documents/make-fixtures.sh) must give the same task records.
 */
describe("a plan gives the same records whatever its format", () => {
  it("reads the three tasks from the Markdown text", async () => {
    const tasks = await tasksOf("ke-hoach-mau.md");
    expect(tasks).toHaveLength(3);
    expect(tasks[0]).toMatchObject({
      itemNumber: "1",
      title: "Xây dựng cơ sở dữ liệu nhà ở và thị trường bất động sản",
      owners: ["Sở Xây dựng"],
      coordinators: ["Sở Khoa học và Công nghệ"],
      deadline: "Quý II/2026",
    });
    expect(tasks[1]?.owners).toEqual(["Sở Khoa học và Công nghệ"]);
    expect(tasks[1]?.coordinators).toEqual(["Công an tỉnh", "Văn phòng UBND tỉnh"]);
  });

  for (const file of ["ke-hoach-mau.docx", "ke-hoach-mau.pdf"]) {
    it(`reads the same records from ${file}`, async () => {
      expect(await tasksOf(file)).toEqual(await tasksOf("ke-hoach-mau.md"));
    });
  }
});
