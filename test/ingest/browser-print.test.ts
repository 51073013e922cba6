import path from "node:path";
import { describe, expect, it } from "vitest";
import type { TableBlock } from "../../ingest/document/document-model.js";
import { ingestDocument } from "../../ingest/ingest-document.js";
import { readDocument } from "../../ingest/read/read-document.js";
import { loadGlossary } from "../../vietnamese/glossary/glossary.js";
import { compareRecords } from "./compare-records.js";

/**
 * Tables printed to PDF by a browser (test/fixtures/browser-print/make-fixtures.sh: Chromium,
 * the head repeated on every page, the row running over a page break cut without a rule under
 * its first part) are read as one table, its head once, with the records of the Markdown source.
 */

const glossary = loadGlossary();
const documents = ["ke-hoach-theo-thang-nq57-wbs", "ket-qua-dau-ra-chuong-trinh-hanh-dong-nq03"];

describe("tables a browser printed over several pages", () => {
  for (const name of documents) {
    it(`${name}: one table, its head once, the records of the Markdown source`, async () => {
      const source = await readDocument(path.resolve("test/fixtures/devdocs", `${name}.md`));
      const printed = await readDocument(path.resolve("test/fixtures/browser-print", `${name}.pdf`));
      const tables = printed.blocks.filter((block): block is TableBlock => block.type === "table");
      expect(tables).toHaveLength(1);
      expect(tables[0]?.rows.filter((row) => row.kind === "header")).toHaveLength(1);
      expect(new Set(tables[0]?.rows.map((row) => row.provenance.page)).size).toBeGreaterThan(3);
      const comparison = compareRecords(ingestDocument(source, glossary).records, ingestDocument(printed, glossary).records);
      const summary = `${name}: ${comparison.equal} of ${comparison.expected} records equal (${comparison.actual} read), ${comparison.percent.toFixed(1)} %`;
      expect(comparison.percent, [summary, ...comparison.differences].join("\n")).toBeGreaterThanOrEqual(98);
    }, 120_000);
  }
});
