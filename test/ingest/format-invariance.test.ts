import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { DocumentModel, TableBlock } from "../../ingest/document/document-model.js";
import { findTables, ingestDocument } from "../../ingest/ingest-document.js";
import { readDocument } from "../../ingest/read/read-document.js";
import { buildSectionMap } from "../../ingest/structure/sections.js";
import { foldText } from "../../vietnamese/fold.js";
import { loadGlossary } from "../../vietnamese/glossary/glossary.js";
import { compareRecords } from "./compare-records.js";

/**
 * Format invariance on the real corpus: each corpus document, written as DOCX and as PDF by
 * LibreOffice with real tables (test/fixtures/corpus-formats/make-fixtures.sh), must be read into
 * the same tables and give the same records as its text version.
 */

const sources = path.resolve("knowledge/sources");
const fixtures = path.resolve("test/fixtures/corpus-formats");
const documents = readdirSync(sources).sort();
const formats = ["docx", "pdf"] as const;
const glossary = loadGlossary();

/** Share of records (owner, coordinators, deadline, values) that must be equal, per document. */
const recordsEqualPercent = 98;

const models = new Map<string, Promise<DocumentModel>>();
function read(file: string): Promise<DocumentModel> {
  const cached = models.get(file) ?? readDocument(file);
  models.set(file, cached);
  return cached;
}

function fixture(document: string, format: string): string {
  return path.join(fixtures, `${document.replace(/\.(md|txt)$/, "")}.${format}`);
}

function tablesOf(model: DocumentModel): TableBlock[] {
  return model.blocks.filter((block): block is TableBlock => block.type === "table");
}

/** A row's cells as comparable text: folded, spaces removed (a PDF may break a word over lines). */
function rowKey(cells: string[]): string {
  return cells.map((cell) => foldText(cell).replace(/ /g, "")).join("|");
}

describe("the corpus documents read the same from DOCX and PDF", () => {
  for (const document of documents) {
    it(`${document}: one table per table of the text version, each joined over its pages, one head, the same rows`, async () => {
      const text = await read(path.join(sources, document));
      const sections = buildSectionMap(text.lines);
      const expected = findTables(text, (line) => sections.breadcrumbAt(line));
      const docx = tablesOf(await read(fixture(document, "docx")));
      const pdf = tablesOf(await read(fixture(document, "pdf")));
      expect(docx.map((table) => table.rows.length)).toEqual(expected.map((table) => table.rows.length + 1));
      expect(pdf.map((table) => table.rows.length)).toEqual(docx.map((table) => table.rows.length));
      for (const [index, table] of pdf.entries()) {
        const head = table.rows.filter((row) => row.kind === "header");
        expect(head).toHaveLength(1);
        expect(head[0]?.cells.map((cell) => cell.text.replace(/\s/g, ""))).toEqual(expected[index]?.headers.map((header) => header.replace(/\s/g, "")));
        const docxRows = new Set(docx[index]?.rows.map((row) => rowKey(row.cells.map((cell) => cell.text))));
        const same = table.rows.filter((row) => docxRows.has(rowKey(row.cells.map((cell) => cell.text)))).length;
        expect(same / table.rows.length, `table ${index + 1}: PDF rows equal to the DOCX rows`).toBeGreaterThanOrEqual(0.9);
      }
    }, 120_000);

    it(`${document}: the PDF's running header and page numbers are furniture, not body`, async () => {
      const model = await read(fixture(document, "pdf"));
      const pages = new Set(model.blocks.flatMap((block) => (block.type === "table" ? block.rows.map((row) => row.provenance.page) : [block.provenance.page])));
      const numbers = model.furniture.filter((block) => /^\d+$/.test(block.text));
      expect(numbers.map((block) => Number(block.text))).toEqual(numbers.map((block) => block.provenance.page));
      expect(numbers).toHaveLength(pages.size);
      const running = model.furniture.filter((block) => !/^\d+$/.test(block.text));
      expect(running).toHaveLength(pages.size);
      expect(new Set(running.map((block) => block.text)).size).toBe(1);
      const body = model.blocks.filter((block) => block.type !== "table");
      expect(body.filter((block) => block.text === running[0]?.text || block.text === String(block.provenance.page))).toEqual([]);
    }, 120_000);
  }
});

describe("the corpus documents give the same records from text, DOCX and PDF", () => {
  for (const document of documents) {
    for (const format of formats) {
      it(`${document} as ${format.toUpperCase()}`, async () => {
        const text = ingestDocument(await read(path.join(sources, document)), glossary);
        const converted = ingestDocument(await read(fixture(document, format)), glossary);
        expect({ tables: converted.counts.tables, rows: converted.counts.rows }).toEqual({ tables: text.counts.tables, rows: text.counts.rows });
        const comparison = compareRecords(text.records, converted.records);
        const summary = `${document} as ${format}: ${comparison.equal} of ${comparison.expected} records equal (${comparison.actual} read), ${comparison.percent.toFixed(1)} %`;
        if (comparison.differences.length > 0) console.info([summary, ...comparison.differences.map((line) => `  ${line}`)].join("\n"));
        expect(comparison.percent, [summary, ...comparison.differences].join("\n")).toBeGreaterThanOrEqual(recordsEqualPercent);
      }, 120_000);
    }
  }
});
