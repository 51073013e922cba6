import path from "node:path";
import { describe, expect, it } from "vitest";
import type { TableBlock } from "../../ingest/document/document-model.js";
import { ingestDocument } from "../../ingest/ingest-document.js";
import { readDocument } from "../../ingest/read/read-document.js";
import { loadGlossary } from "../../vietnamese/glossary/glossary.js";
import { compareRecords } from "./compare-records.js";

/**
 * Tables printed without any ruling line (test/fixtures/borderless/make-fixtures.sh: HTML →
 * DOCX → PDF by LibreOffice, borders off) are found in the PDF from the alignment of their text
 * and give the records the DOCX of the same document gives (its tables are real tables); a PDF
 * of plain paragraphs gives no table at all.
 */

const fixtures = path.resolve("test/fixtures/borderless");
const glossary = loadGlossary();

async function compare(name: string) {
  const reference = ingestDocument(await readDocument(path.join(fixtures, `${name}.docx`)), glossary);
  const pdf = ingestDocument(await readDocument(path.join(fixtures, `${name}.pdf`)), glossary);
  const comparison = compareRecords(reference.records, pdf.records);
  const summary = `${name}: ${comparison.equal} of ${comparison.expected} records equal (${comparison.actual} read), ${comparison.percent.toFixed(1)} %`;
  return { comparison, message: [summary, ...comparison.differences].join("\n") };
}

describe("tables without rulings in a PDF", () => {
  it("a corpus decision's task and budget table (QĐ 1982, nine columns over eleven pages) gives the records of its DOCX", async () => {
    const { comparison, message } = await compare("quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030");
    expect(comparison.percent, message).toBeGreaterThanOrEqual(95);
  }, 120_000);

  it("a national WBS plan's table (English heads, US dates) gives the records of its DOCX, its head read once", async () => {
    const name = "ke-hoach-theo-thang-nq57-wbs";
    const model = await readDocument(path.join(fixtures, `${name}.pdf`));
    const [table] = model.blocks.filter((block): block is TableBlock => block.type === "table");
    const head = table?.rows.filter((row) => row.kind === "header").map((row) => row.cells.map((cell) => cell.text));
    expect(head).toHaveLength(1);
    // "START" fills its narrow column edge to edge, so "START"/"DATE" reads as one upper-case word
    // broken over two lines ("STARTDATE"), the same as in a ruled cell; the other heads are exact.
    expect(head?.[0]?.filter((_, index) => index !== 3)).toEqual(["WBS NUMBER", "TASK TITLE", "TASK OWNER", "DUE DATE", "DURATION (Days)", "PCT OF TASK COMPLETE"]);
    expect(table?.rows[3]?.cells.map((cell) => cell.text)).toEqual(["1.1.1", "Kế hoạch triển khai Chương trình hành động của Chính phủ", "Các bộ, ngành, địa phương", "1/1/2025", "1/31/2025", "30", ""]);
    const { comparison, message } = await compare(name);
    expect(comparison.percent, message).toBeGreaterThanOrEqual(95);
  }, 120_000);

  it("a PDF of plain paragraphs (the full text of Resolution 57) gives no table", async () => {
    const model = await readDocument(path.join(fixtures, "nghi-quyet-57-NQ-TW-toan-van.pdf"));
    expect(model.blocks.filter((block) => block.type === "table")).toEqual([]);
    expect(model.blocks.filter((block) => block.type === "paragraph").length).toBeGreaterThan(100);
  }, 120_000);
});
