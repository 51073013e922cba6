import { describe, expect, it } from "vitest";
import { cellUnder, parseSource, parseText, rowAt } from "./test-support.js";

/** A small made-up table in the same raw-PDF layout, so the parser is not tied to one document. */
const synthetic = [
  " PHỤ LỤC III ",
  "",
  "TT Tên nhiệm vụ ",
  "Cơ quan, đơn ",
  "",
  "vị chủ trì ",
  "",
  "Cơ quan, đơn ",
  "",
  "vị phối hợp ",
  "Kết quả ",
  "",
  "Thời gian ",
  "",
  "hoàn ",
  "",
  "thành ",
  "",
  "I ",
  "",
  "Phát triển dữ liệu số của tỉnh ",
  "",
  "        ",
  "",
  "1 ",
  "",
  "Xây dựng kho dữ liệu dùng chung phục vụ quản lý nhà nước, ",
  "",
  "kết nối với các hệ thống thông tin của bộ, ngành ",
  "",
  "Sở Tài chính ",
  "",
  "Các sở, ban, ",
  "",
  "ngành, địa ",
  "",
  "phương ",
  "",
  "Hệ thống ",
  "",
  "được đưa vào ",
  "",
  "vận hành ",
  "",
  "12/2026 ",
  "",
  "2 ",
  "",
  "Tổ chức tập huấn kỹ năng số cho cán bộ cấp xã ",
  "",
  "Sở Nội vụ ",
  "",
  "  ",
  "",
  "Lớp tập huấn ",
  "",
  "Hằng năm ",
  "",
  "2.1 Tập huấn tại các xã miền núi Sở Nội vụ    ",
].join("\n");

describe("pdf-blocks on a synthetic table", () => {
  const tables = parseText("synthetic.txt", synthetic);
  const table = tables[0];
  if (!table) throw new Error("no table");

  it("finds the table and its rows", () => {
    expect(tables).toHaveLength(1);
    expect(table.appendix).toBe("Phụ lục III");
    expect(table.rows.map((row) => row.itemNumber)).toEqual(["I", "1", "2", "2.1"]);
  });

  it("splits the blocks into columns", () => {
    const row = rowAt(table, "1");
    expect(cellUnder(table, row, "Tên")).toBe("Xây dựng kho dữ liệu dùng chung phục vụ quản lý nhà nước, kết nối với các hệ thống thông tin của bộ, ngành");
    expect(cellUnder(table, row, "Cơ quan, đơn vị chủ trì")).toBe("Sở Tài chính");
    expect(cellUnder(table, row, "Cơ quan, đơn vị phối hợp")).toBe("Các sở, ban, ngành, địa phương");
    expect(cellUnder(table, row, "Kết quả")).toBe("Hệ thống được đưa vào vận hành");
    expect(cellUnder(table, row, "Thời gian")).toBe("12/2026");
    expect(row.groupPath).toEqual(["I Phát triển dữ liệu số của tỉnh"]);
  });

  it("reads an empty cell and an owner on the item line", () => {
    expect(cellUnder(table, rowAt(table, "2"), "Cơ quan, đơn vị phối hợp")).toBeUndefined();
    expect(cellUnder(table, rowAt(table, "2"), "Thời gian")).toBe("Hằng năm");
    expect(cellUnder(table, rowAt(table, "2.1"), "Cơ quan, đơn vị chủ trì")).toBe("Sở Nội vụ");
  });
});

describe("pdf-blocks leaves other layouts alone", () => {
  it("finds nothing in tab-separated, cell-per-line or Markdown documents", () => {
    expect(parseSource("ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md")).toEqual([]);
    expect(parseSource("quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt")).toEqual([]);
    expect(parseSource("chuong-trinh-cong-tac-ban-chi-dao-2026.md")).toEqual([]);
  });

  it("does not claim the DTI criteria tables, whose header is neither a task nor an indicator header", () => {
    expect(parseSource("ke-hoach-nang-cao-chi-so-DTI-2025.txt")).toEqual([]);
  });
});
