import { describe, expect, it } from "vitest";
import { toSourceLines } from "../read/source-text.js";
import type { TableBlock, TableCellBlock } from "./document-model.js";
import { tableFromModel } from "./model-tables.js";

const cell = (text: string, extra: Partial<TableCellBlock> = {}): TableCellBlock => ({ text, rowSpan: 1, colSpan: 1, header: false, bold: false, ...extra });
const row = (kind: "header" | "body", line: number, cells: TableCellBlock[]) => ({ kind, cells, provenance: { startLine: line, endLine: line, page: null } });

function table(rows: ReturnType<typeof row>[], columnCount: number): TableBlock {
  const lines = rows.map((each) => each.provenance.startLine);
  return { type: "table", rows, columnCount, provenance: { startLine: Math.min(...lines), endLine: Math.max(...lines), page: null } };
}

const input = (count: number) => ({
  file: "x.docx",
  lines: toSourceLines(Array.from({ length: count }, (_unused, index) => `line ${index + 1}`).join("\n")),
  breadcrumbAt: () => ["Phụ lục I"],
});

describe("tableFromModel", () => {
  it("combines two header rows over a span and drops the repeated header and the column numbering", () => {
    const block = table(
      [
        row("header", 1, [cell("STT", { rowSpan: 2 }), cell("Nội dung", { rowSpan: 2 }), cell("Kinh phí", { colSpan: 2 })]),
        row("header", 2, [cell("Tổng số"), cell("Ngân sách tỉnh")]),
        row("body", 3, [cell("(1)"), cell("(2)"), cell("(3)"), cell("(4)")]),
        row("body", 4, [cell("1"), cell("Trung tâm dữ liệu"), cell("1.000"), cell("500")]),
        row("body", 5, [cell("STT"), cell("Nội dung"), cell("Kinh phí"), cell("Kinh phí")]),
        row("body", 6, [cell("2"), cell("Nền tảng số"), cell("200"), cell("100")]),
      ],
      4,
    );
    const result = tableFromModel(block, input(6));
    if (!("table" in result)) throw new Error(result.skipped);
    expect(result.table.headers).toEqual(["STT", "Nội dung", "Kinh phí - Tổng số", "Kinh phí - Ngân sách tỉnh"]);
    expect(result.table.rows.map((each) => each.itemNumber)).toEqual(["1", "2"]);
    expect(result.table.rows[1]?.sourceLines).toEqual([{ line: 6, text: "line 6" }]);
  });

  it("marks group rows — bold, or extended by the next number — and gives rows their group path", () => {
    const block = table(
      [
        row("header", 1, [cell("WBS NUMBER"), cell("TASK TITLE"), cell("TASK OWNER")]),
        row("body", 2, [cell("1", { bold: true }), cell("Thể chế", { bold: true }), cell("")]),
        row("body", 3, [cell("1.1"), cell("Milestone 1.1"), cell("")]),
        row("body", 4, [cell("1.1.1"), cell("Sửa luật"), cell("Bộ Tư pháp")]),
        row("body", 5, [cell("2", { bold: true }), cell("Hạ tầng", { bold: true }), cell("")]),
        row("body", 6, [cell("2.1"), cell("Phủ sóng"), cell("Sở KH&CN")]),
      ],
      3,
    );
    const result = tableFromModel(block, input(6));
    if (!("table" in result)) throw new Error(result.skipped);
    const rows = result.table.rows;
    expect(rows.map((each) => each.isGroup)).toEqual([true, true, false, true, false]);
    expect(rows[2]?.groupPath).toEqual(["1 Thể chế", "1.1 Milestone 1.1"]);
    expect(rows[4]?.groupPath).toEqual(["2 Hạ tầng"]);
  });

  it("marks a row numbered in Roman numerals with only a name as a group", () => {
    const block = table(
      [
        row("header", 1, [cell("STT"), cell("Nội dung"), cell("Kinh phí")]),
        row("body", 2, [cell("I"), cell("Nhóm nhiệm vụ chung"), cell("12.000")]),
        row("body", 3, [cell("1"), cell("Tuyên truyền"), cell("500")]),
      ],
      3,
    );
    const result = tableFromModel(block, input(3));
    if (!("table" in result)) throw new Error(result.skipped);
    expect(result.table.rows.map((each) => [each.isGroup, each.groupPath])).toEqual([[true, []], [false, ["I Nhóm nhiệm vụ chung"]]]);
  });

  it("takes an item number written at the start of the title when there is no number column", () => {
    const block = table(
      [row("header", 1, [cell("Deliverable"), cell("Đơn vị chủ trì")]), row("body", 2, [cell("12. Luật Dữ liệu", { bold: true }), cell("Bộ Công an")])],
      2,
    );
    const result = tableFromModel(block, input(2));
    if (!("table" in result)) throw new Error(result.skipped);
    expect(result.table.rows[0]).toMatchObject({ itemNumber: "12", isGroup: false, cells: [{ column: 0, text: "Luật Dữ liệu" }, { column: 1, text: "Bộ Công an" }] });
  });

  it("reports a table whose header it cannot recognise instead of guessing", () => {
    const block = table([row("body", 1, [cell("12"), cell("34")]), row("body", 2, [cell("56"), cell("78")])], 2);
    expect(tableFromModel(block, input(2))).toMatchObject({ skipped: expect.stringContaining("tiêu đề") });
  });
});
