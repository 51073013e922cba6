import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDocument } from "../../read/read-document.js";
import { toSourceLines } from "../../read/source-text.js";
import { oneLineRowsLayout } from "./one-line-rows.js";

const parse = (text: string) => oneLineRowsLayout.parse({ file: "test.txt", lines: toSourceLines(text), breadcrumbAt: () => ["Phụ lục 2"] });

describe("one-line rows (raw PDF text)", () => {
  it("splits the trailing agency off each numbered line and joins a wrapped name", () => {
    const [table] = parse(
      [
        "Thông tin chung",
        "STT Tên thông tin Đơn vị chủ trì cung cấp",
        " thông tin, số liệu",
        "1 Tên tỉnh",
        "2 Số lượng dân số Chi Cục Thống kê",
        "3 ",
        "Số lượng viên chức (không tính viên chức thuộc các đơn ",
        "vị sự nghiệp)",
        "Sở Nội vụ",
        "4 Số lượng thủ tục hành chính Văn phòng UBND tỉnh",
      ].join("\n"),
    );
    expect(table?.headers).toEqual(["STT", "Tên thông tin", "Đơn vị chủ trì cung cấp"]);
    expect(table?.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ["1", "Tên tỉnh"],
      ["2", "Số lượng dân số", "Chi Cục Thống kê"],
      ["3", "Số lượng viên chức (không tính viên chức thuộc các đơn vị sự nghiệp)", "Sở Nội vụ"],
      ["4", "Số lượng thủ tục hành chính", "Văn phòng UBND tỉnh"],
    ]);
    expect(table?.rows[2]?.sourceLines.map((line) => line.line)).toEqual([6, 7, 8, 9]);
  });

  it("reads the 'Thông tin chung' table of the DTI plan", async () => {
    const source = await readDocument(path.resolve("knowledge/sources/ke-hoach-nang-cao-chi-so-DTI-2025.txt"));
    const [table] = oneLineRowsLayout.parse({ file: source.file, lines: source.lines, breadcrumbAt: () => [] });
    expect(table?.rows).toHaveLength(14);
    const byNumber = (item: string) => table?.rows.find((row) => row.itemNumber === item)?.cells.map((cell) => cell.text);
    expect(byNumber("10")).toEqual(["10", "Số lượng công chức", "Sở Nội vụ"]);
    expect(byNumber("13")).toEqual(["13", "Tổng chi Ngân sách nhà nước cho chuyển đổi số", "Sở Tài chính"]);
    expect(byNumber("14")).toEqual(["14", "Số lượng thủ tục hành chính", "Văn phòng UBND tỉnh"]);
  });

  it("leaves task, criteria and tab-separated tables to their own parsers", async () => {
    for (const file of ["ke-hoach-thuc-hien-nghi-quyet-57-NQ-TW.txt", "ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md", "quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt"]) {
      const source = await readDocument(path.resolve("knowledge/sources", file));
      expect(oneLineRowsLayout.parse({ file, lines: source.lines, breadcrumbAt: () => [] })).toEqual([]);
    }
  });
});
