import { describe, expect, it } from "vitest";
import { ParsedTable } from "../table-model.js";
import { tabSeparatedLayout } from "./tab-separated.js";
import { cell, parseSource, readSource, rowNumbered, rowStartingAt, tableFor } from "./tab-separated/test-support.js";

const file = "ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md";
const tables = parseSource(tabSeparatedLayout, file);

describe("tab-separated layout on Kế hoạch 429", () => {
  it("finds the three appendix tables, valid against the contract, with nothing left over", () => {
    expect(tables.map((table) => table.appendix)).toEqual(["Phụ lục I", "Phụ lục II", "Phụ lục III"]);
    for (const table of tables) {
      expect(() => ParsedTable.parse(table)).not.toThrow();
      expect(table.layout).toBe("tab-separated");
      expect(table.unparsed).toEqual([]);
    }
    expect(tables.map((table) => table.rows.length)).toEqual([23, 62, 60]);
  });

  it("keeps source lines verbatim with their 1-based numbers", () => {
    const lines = readSource(file);
    for (const row of tables.flatMap((table) => table.rows)) {
      for (const sourceLine of row.sourceLines) expect(sourceLine.text).toBe(lines[sourceLine.line - 1]?.text);
    }
  });

  describe("Phụ lục I (indicators)", () => {
    const table = tableFor(tables, "Phụ lục I");

    it("reads the header as written", () => {
      expect(table.headers).toEqual([
        "STT", "Chỉ tiêu", "Đơn vị tính", "Mục tiêu Kế hoạch 2025", "Kết quả Năm 2025",
        "Mục tiêu Kế hoạch 2026", "Định hướng đến năm 2030", "Cơ quan chủ trì theo dõi, tổng hợp, đánh giá",
      ]);
      expect(table.startLine).toBe(506);
      expect(table.endLine).toBe(537);
    });

    it("reads 1.1 with its unit, values and owner", () => {
      const row = rowNumbered(table, "1.1");
      expect(cell(table, row, "Chỉ tiêu")).toBe("Tỷ lệ phủ sóng 5G trên địa bàn");
      expect(cell(table, row, "Đơn vị tính")).toBe("%");
      expect(cell(table, row, "Mục tiêu Kế hoạch 2025")).toBe("≥ 50");
      expect(cell(table, row, "Kết quả Năm 2025")).toBe("74,2%");
      expect(cell(table, row, "Mục tiêu Kế hoạch 2026")).toBe("80");
      expect(cell(table, row, "Định hướng")).toBe("≥ 95");
      expect(cell(table, row, "Cơ quan chủ trì")).toBe("Sở Khoa học và Công nghệ");
      expect(row.groupPath).toEqual(["1 Phát triển hạ tầng"]);
      expect(row.isGroup).toBe(false);
    });

    it("reads group heading rows with a number", () => {
      const group = rowStartingAt(table, 507);
      expect(group).toMatchObject({ itemNumber: "1", isGroup: true, groupPath: [] });
      expect(rowStartingAt(table, 518)).toMatchObject({ itemNumber: "3", isGroup: true, groupPath: [] });
      expect(table.rows.filter((row) => row.isGroup)).toHaveLength(3);
    });

    it("reads 1.3 with the Có/Không unit and text values", () => {
      const row = rowNumbered(table, "1.3");
      expect(cell(table, row, "Đơn vị tính")).toBe("Có/Không");
      expect(cell(table, row, "Kết quả Năm 2025")).toBe("Có");
      expect(cell(table, row, "Cơ quan chủ trì")).toBe("Công an tỉnh");
    });

    it("keeps four agencies in one owner cell (2.4) and the Điểm unit (3.1)", () => {
      expect(cell(table, rowNumbered(table, "2.4"), "Cơ quan chủ trì")).toBe(
        "Sở Y tế, Sở Giáo dục và Đào tạo, Bảo hiểm xã hội tỉnh, Sở Xây dựng",
      );
      expect(rowNumbered(table, "2.4").sourceLines.map((line) => line.line)).toEqual([517]);
      expect(cell(table, rowNumbered(table, "3.1"), "Đơn vị tính")).toBe("Điểm (khung 1,0)");
      expect(cell(table, rowNumbered(table, "3.1"), "Mục tiêu Kế hoạch 2025")).toBe("≥0,6");
    });

    it("joins 3.3 and 3.10 with their continuation after the page break", () => {
      const row = rowNumbered(table, "3.3");
      expect(cell(table, row, "Chỉ tiêu")).toBe(
        "Tỷ lệ thủ tục hành chính liên quan đến đào tạo, nghiên cứu, sản xuất, kinh doanh phải được thực hiện trực tuyển",
      );
      expect(row.sourceLines.map((line) => line.line)).toEqual([521, 524]);
      expect(cell(table, rowNumbered(table, "3.10"), "Chỉ tiêu")).toMatch(/trục liên thông dữ liệu cấp tỉnh$/);
      expect(rowNumbered(table, "3.4").sourceLines.map((line) => line.line)).toEqual([525]);
    });
  });

  describe("Phụ lục II (budgets, two-line header)", () => {
    const table = tableFor(tables, "Phụ lục II");

    it("combines the two header lines into full column names", () => {
      expect(table.headers).toEqual([
        "STT", "Tên nhiệm vụ, đề án, dự án", "Cơ quan, đơn vị thực hiện", "Thời gian thực hiện", "Tiến độ",
        "Kinh phí đã thực hiện năm 2025 - Tổng số",
        "Kinh phí đã thực hiện năm 2025 - Ngân sách Trung ương",
        "Kinh phí đã thực hiện năm 2025 - Ngân sách địa phương",
        "Ghi chú",
      ]);
      expect(table.unit).toBeNull();
    });

    it("reads the unnumbered group with subtotals and the first project without STT", () => {
      const group = rowStartingAt(table, 548);
      expect(group.isGroup).toBe(true);
      expect(cell(table, group, "Tên")).toBe("Kinh phí đầu tư công");
      expect(cell(table, group, "Kinh phí đã thực hiện năm 2025 - Tổng số")).toBe("113.872");
      const first = rowStartingAt(table, 549);
      expect(first).toMatchObject({ itemNumber: null, isGroup: false, groupPath: ["Kinh phí đầu tư công"] });
      expect(cell(table, first, "Cơ quan")).toBe("Sở KH&CN");
      expect(cell(table, first, "Kinh phí đã thực hiện năm 2025 - Ngân sách Trung ương")).toBe("46.070");
    });

    it("reads amounts per source", () => {
      const row = rowNumbered(table, "12", "Kinh phí đầu tư công");
      expect(cell(table, row, "Kinh phí đã thực hiện năm 2025 - Tổng số")).toBe("2.786");
      expect(cell(table, row, "Kinh phí đã thực hiện năm 2025 - Ngân sách Trung ương")).toBe("");
      expect(cell(table, row, "Kinh phí đã thực hiện năm 2025 - Ngân sách địa phương")).toBe("2.786");
    });

    it("treats '1 Kinh phí chi thường xuyên' as a sibling group and restarts numbering under it", () => {
      const group = rowStartingAt(table, 573);
      expect(group).toMatchObject({ itemNumber: "1", isGroup: true, groupPath: [] });
      const second = rowNumbered(table, "2", "1 Kinh phí chi thường xuyên");
      expect(cell(table, second, "Tên")).toBe("Xây dựng ứng dụng trực tuyến PCTT");
      expect(rowNumbered(table, "2", "Kinh phí đầu tư công").sourceLines[0]?.line).toBe(550);
      expect(rowNumbered(table, "19").groupPath).toEqual(["1 Kinh phí chi thường xuyên"]);
    });

    it("joins rows cut by page breaks (owner 'Sở NN&MT(Ban' / 'Quản lý Rừng…')", () => {
      const row = rowNumbered(table, "11", "1 Kinh phí chi thường xuyên");
      expect(cell(table, row, "Cơ quan")).toBe("Sở NN&MT(Ban Quản lý Rừng đặc dụng Nam Quảng Trị)");
      expect(cell(table, row, "Tiến độ")).toBe("Đã hoàn thành");
      expect(cell(table, rowNumbered(table, "8", "Kinh phí đầu tư công"), "Tiến độ")).toBe("Hoàn thành 2025");
    });

    it("moves the spilled start of item 31's name back to item 30", () => {
      expect(cell(table, rowNumbered(table, "30"), "Tên")).toMatch(/leasedline dự phòng phục vụ hoạt động của Trung tâm dữ liệu điện tử$/);
      expect(cell(table, rowNumbered(table, "31"), "Tên")).toMatch(/^Thuê dịch vụ đường truyền mạng truyền số liệu/);
    });

    it("reads the totals row as an ordinary row outside any group", () => {
      const totals = table.rows.at(-1);
      expect(totals).toMatchObject({ itemNumber: null, isGroup: false, groupPath: [] });
      if (!totals) return;
      expect(cell(table, totals, "Tên")).toBe("Tổng cộng");
      expect(cell(table, totals, "Kinh phí đã thực hiện năm 2025 - Tổng số")).toBe("158.477");
      expect(cell(table, totals, "Kinh phí đã thực hiện năm 2025 - Ngân sách địa phương")).toBe("58.391");
    });
  });
});
