import { describe, expect, it } from "vitest";
import type { TableCellBlock, TableBlock } from "../../document/document-model.js";
import { assemblePages } from "./assemble.js";
import type { PageItem, PageLayout, PageTableRow } from "./page-layout.js";

const cell = (text: string): TableCellBlock => ({ text, rowSpan: 1, colSpan: 1, header: false, bold: false });
const row = (...texts: string[]): PageTableRow => ({ cells: texts.map(cell), starts: texts.map((_, index) => index) });
const xs = [50, 80, 300, 420, 540];
const table = (top: number, rows: PageTableRow[]): PageItem => ({ kind: "table", table: { x0: 50, x1: 540, top, bottom: top + 20 * rows.length, xs, rows, found: "ruling" } });
const line = (text: string, top: number, x0 = 57, x1 = 540): PageItem => ({ kind: "line", line: { text, x0, x1, top, bottom: top + 12, size: 12, bold: false } });
const page = (number: number, items: PageItem[]): PageLayout => ({ number, width: 595, height: 842, items });
const head = row("STT", "Nội dung", "Chủ trì", "Thời hạn");

describe("assemblePages", () => {
  it("joins a table continued on the next page, drops the repeated head, mends the cut row, and keeps furniture apart", () => {
    const result = assemblePages([
      page(1, [line("KẾ HOẠCH", 60, 250, 340), table(100, [head, row("1", "Xây dựng cơ sở", "Sở Xây dựng", "2026")]), line("Trang 1", 800, 280, 320)]),
      page(2, [line("2", 30, 290, 300), table(60, [head, row("", "dữ liệu nhà ở", "", ""), row("2", "Nâng cấp mạng", "Sở KH&CN", "2027")]), line("Nơi nhận: lưu VT.", 200, 57, 200)]),
    ]);
    const tables = result.blocks.filter((block): block is TableBlock => block.type === "table");
    expect(tables).toHaveLength(1);
    expect(tables[0]?.rows.map((r) => [r.kind, r.provenance.page, ...r.cells.map((c) => c.text)])).toEqual([
      ["header", 1, "STT", "Nội dung", "Chủ trì", "Thời hạn"],
      ["body", 1, "1", "Xây dựng cơ sở dữ liệu nhà ở", "Sở Xây dựng", "2026"],
      ["body", 2, "2", "Nâng cấp mạng", "Sở KH&CN", "2027"],
    ]);
    expect(result.lines).toEqual([
      "KẾ HOẠCH",
      "STT\tNội dung\tChủ trì\tThời hạn",
      "1\tXây dựng cơ sở dữ liệu nhà ở\tSở Xây dựng\t2026",
      "2\tNâng cấp mạng\tSở KH&CN\t2027",
      "Nơi nhận: lưu VT.",
      "",
      "Trang 1",
      "2",
    ]);
    expect(result.furniture.map((block) => [block.text, block.provenance.page])).toEqual([
      ["Trang 1", 1],
      ["2", 2],
    ]);
  });

  it("keeps two tables apart when text comes between them or their columns differ", () => {
    const other: PageItem = { kind: "table", table: { x0: 50, x1: 540, top: 60, bottom: 100, xs: [50, 200, 540], rows: [row("a", "b"), row("c", "d")], found: "ruling" } };
    const result = assemblePages([page(1, [table(100, [head, row("1", "x", "y", "z")])]), page(2, [other])]);
    expect(result.blocks.map((block) => block.type)).toEqual(["table", "table"]);
  });

  it("groups full lines into one paragraph and starts a new one after a short line or at an indent", () => {
    const result = assemblePages([
      page(1, [line("Mục tiêu: đẩy mạnh chuyển đổi số toàn diện, phát triển", 100, 85), line("chính quyền số.", 114, 57, 150), line("Nhiệm vụ: xây dựng", 128, 85, 200)]),
    ]);
    expect(result.blocks.map((block) => [block.type, block.provenance.startLine, block.provenance.endLine])).toEqual([
      ["paragraph", 1, 2],
      ["paragraph", 3, 3],
    ]);
  });

  it("takes a line repeated at the same height on most pages as a running header", () => {
    const pages = [1, 2, 3].map((number) => page(number, [line(`Kế hoạch 429/KH-UBND - trang ${number}`, 20, 57, 300), line(`Nội dung trang ${number}`, 200)]));
    const result = assemblePages(pages);
    expect(result.furniture).toHaveLength(3);
    expect(result.blocks.map((block) => (block.type === "paragraph" ? block.text : ""))).toEqual(["Nội dung trang 1", "Nội dung trang 2", "Nội dung trang 3"]);
  });
});
