import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingestDocument } from "../ingest-document.js";
import { readDocument } from "../read/read-document.js";
import { glossary } from "./prose-test-support.js";
import type { BudgetLineRecord } from "./schemas.js";

// Decision 038: ingestion marks the rows that sum others, so answering need not guess them from their words.
const root = path.join(import.meta.dirname, "..", "..");

async function sums(file: string): Promise<[string | undefined, string][]> {
  const document = ingestDocument(await readDocument(path.join(root, file)), glossary);
  return document.records
    .filter((record): record is BudgetLineRecord => record.kind === "budget-line" && record.sums !== undefined)
    .map((record) => [record.sums, record.amounts[0]?.text ?? ""]);
}

describe("rows that sum a table or a group", () => {
  it("marks QĐ 1982's total and its four group subtotals, as text and as DOCX", async () => {
    const expected = [["group", "58.626"], ["group", "54.100"], ["group", "62.500"], ["group", "43.000"], ["table", "58.626"]];
    expect(await sums("knowledge/sources/quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt")).toEqual(expected);
    expect(await sums("test/fixtures/corpus-formats/quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.docx")).toEqual(expected);
  });

  it("marks KH 429's 'Tổng cộng' and its two kinds of spending, and no item row", async () => {
    const file = "knowledge/sources/ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md";
    expect(await sums(file)).toEqual([["group", "113.872"], ["group", "44.605"], ["table", "158.477"]]);
    const document = ingestDocument(await readDocument(path.join(root, file)), glossary);
    const items = document.records.filter((record) => record.kind === "budget-line" && record.sums === undefined);
    expect(items.length).toBeGreaterThan(30);
  });
});
