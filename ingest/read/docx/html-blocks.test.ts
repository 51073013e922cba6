import { describe, expect, it } from "vitest";
import type { Block, TableBlock } from "../../document/document-model.js";
import { htmlToRendition } from "./html-blocks.js";

function tables(blocks: Block[]): TableBlock[] {
  return blocks.filter((block): block is TableBlock => block.type === "table");
}

describe("htmlToRendition", () => {
  it("writes a line per paragraph and per table row, the blocks pointing at their lines", () => {
    const html =
      "<h1>Kế hoạch</h1><p>Đoạn <strong>một</strong></p>" +
      "<table><tr><td><p>STT</p></td><td><p>Nội dung</p></td></tr>" +
      "<tr><td><p>1</p></td><td><p>Dòng đầu</p><p>dòng hai</p></td></tr></table><p>Hết</p>";
    const { lines, blocks } = htmlToRendition(html);
    expect(lines).toEqual(["Kế hoạch", "Đoạn một", "STT\tNội dung", "1\tDòng đầu dòng hai", "Hết"]);
    expect(blocks.map((block) => [block.type, block.provenance.startLine, block.provenance.endLine])).toEqual([
      ["heading", 1, 1],
      ["paragraph", 2, 2],
      ["table", 3, 4],
      ["paragraph", 5, 5],
    ]);
    expect(blocks[0]).toMatchObject({ type: "heading", level: 1, text: "Kế hoạch" });
    const [table] = tables(blocks);
    expect(table?.rows.map((row) => row.kind)).toEqual(["header", "body"]);
    expect(table?.rows[1]?.cells.map((cell) => cell.text)).toEqual(["1", "Dòng đầu dòng hai"]);
    expect(table?.rows[1]?.provenance).toEqual({ startLine: 4, endLine: 4, page: null });
  });

  it("keeps row and column spans, lays the text out on the grid, and takes a spanned first row as a two-level head", () => {
    const html =
      '<table><tr><td rowspan="2">STT</td><td rowspan="2">Tên</td><td colspan="3">Kinh phí</td><td rowspan="2">Ghi chú</td></tr>' +
      "<tr><td>Tổng số</td><td>Trung ương</td><td>Địa phương</td></tr>" +
      "<tr><td>1</td><td>Dự án</td><td>10</td><td>6</td><td>4</td><td></td></tr></table>";
    const { lines, blocks } = htmlToRendition(html);
    expect(lines).toEqual(["STT\tTên\tKinh phí\t\t\tGhi chú", "\t\tTổng số\tTrung ương\tĐịa phương\t", "1\tDự án\t10\t6\t4\t"]);
    const [table] = tables(blocks);
    expect(table?.columnCount).toBe(6);
    expect(table?.rows.map((row) => row.kind)).toEqual(["header", "header", "body"]);
    expect(table?.rows[0]?.cells.map((cell) => [cell.text, cell.rowSpan, cell.colSpan])).toEqual([
      ["STT", 2, 1],
      ["Tên", 2, 1],
      ["Kinh phí", 1, 3],
      ["Ghi chú", 2, 1],
    ]);
  });

  it("marks <thead> and <th> rows as header and whole-bold cells as bold", () => {
    const html =
      "<table><thead><tr><th>STT</th><th>Nội dung</th></tr></thead><tbody>" +
      "<tr><td><strong>I</strong></td><td><p><strong>Hạ tầng </strong><strong>số</strong></p></td></tr>" +
      "<tr><td>1</td><td>Nâng cấp <strong>mạng</strong></td></tr></tbody></table>";
    const [table] = tables(htmlToRendition(html).blocks);
    expect(table?.rows.map((row) => row.kind)).toEqual(["header", "body", "body"]);
    expect(table?.rows[0]?.cells.every((cell) => cell.header)).toBe(true);
    expect(table?.rows[1]?.cells.map((cell) => cell.bold)).toEqual([true, true]);
    expect(table?.rows[2]?.cells.map((cell) => cell.bold)).toEqual([false, false]);
  });

  it("writes list items with markers and their nesting depth, entities decoded", () => {
    const html = "<ul><li>Sở KH&amp;CN<ul><li>Phòng Tin học</li></ul></li><li>Công an tỉnh</li></ul><ol><li>Một</li><li>Hai</li></ol>";
    const { lines, blocks } = htmlToRendition(html);
    expect(lines).toEqual(["- Sở KH&CN", "  - Phòng Tin học", "- Công an tỉnh", "1. Một", "2. Hai"]);
    expect(blocks.map((block) => (block.type === "list-item" ? [block.depth, block.marker, block.text] : null))).toEqual([
      [0, "-", "Sở KH&CN"],
      [1, "-", "Phòng Tin học"],
      [0, "-", "Công an tỉnh"],
      [0, "1.", "Một"],
      [0, "2.", "Hai"],
    ]);
  });

  it("flattens a table nested in a cell into that cell's text", () => {
    const html = "<table><tr><td>A</td><td><table><tr><td>x</td><td>y</td></tr></table></td></tr></table>";
    expect(htmlToRendition(html).lines).toEqual(["A\tx y"]);
  });

  it("splits a paragraph at line breaks into lines of one block", () => {
    const { lines, blocks } = htmlToRendition("<p>Nơi nhận:<br/>- Như trên;<br/>- Lưu VT.</p>");
    expect(lines).toEqual(["Nơi nhận:", "- Như trên;", "- Lưu VT."]);
    expect(blocks).toEqual([{ type: "paragraph", text: "Nơi nhận: - Như trên; - Lưu VT.", provenance: { startLine: 1, endLine: 3, page: null } }]);
  });
});
