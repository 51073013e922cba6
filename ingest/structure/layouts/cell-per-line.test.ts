import { describe, expect, it } from "vitest";
import { ParsedTable } from "../table-model.js";
import { cellPerLineLayout } from "./cell-per-line.js";
import { tabSeparatedLayout } from "./tab-separated.js";
import { cell, parseSource, readSource, rowNumbered, rowStartingAt } from "./tab-separated/test-support.js";

const file = "quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt";
const tables = parseSource(cellPerLineLayout, file);
const table = tables[0] as ParsedTable;

describe("cell-per-line layout on Quyết định 1982", () => {
  it("finds the one appendix table, valid against the contract", () => {
    expect(tables).toHaveLength(1);
    expect(() => ParsedTable.parse(table)).not.toThrow();
    expect(table).toMatchObject({ layout: "cell-per-line", appendix: "Phụ lục", unit: "Triệu đồng", startLine: 466, endLine: 1264 });
    expect(table.rows).toHaveLength(78);
    expect(table.unparsed).toEqual([]);
  });

  it("merges the sub-header into full budget column names", () => {
    expect(table.headers).toEqual([
      "STT", "Nội dung, nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện",
      "Dự toán Kinh phí - Vốn đầu tư", "Dự toán Kinh phí - Vốn sự nghiệp", "Dự toán Kinh phí - Vốn hợp pháp khác", "Ghi chú",
    ]);
  });

  it("reads the group rows I–IV with their subtotals and no owner", () => {
    const groups = table.rows.filter((row) => row.isGroup);
    expect(groups.map((row) => row.itemNumber)).toEqual(["I", "II", "III", "IV"]);
    const first = rowNumbered(table, "I");
    expect(cell(table, first, "Nội dung")).toBe("Nhóm nhiệm vụ chung");
    expect(cell(table, first, "Dự toán Kinh phí - Vốn đầu tư")).toBe("58.626");
    expect(cell(table, first, "Dự toán Kinh phí - Vốn hợp pháp khác")).toBe("130.302");
    expect(cell(table, first, "Đơn vị chủ trì")).toBe("");
    expect(cell(table, rowNumbered(table, "II"), "Dự toán Kinh phí - Vốn sự nghiệp")).toBe("54.100");
    expect(groups.every((row) => row.groupPath.length === 0)).toBe(true);
  });

  it("reads row I.1 with owner, coordinators, time and amount", () => {
    const row = rowNumbered(table, "1", "I ");
    expect(row.groupPath).toEqual(["I Nhóm nhiệm vụ chung"]);
    expect(cell(table, row, "Nội dung")).toMatch(/^Tổ chức các khóa đào tạo, giới thiệu kiến thức cơ bản về chuyển đổi số/);
    expect(cell(table, row, "Đơn vị chủ trì")).toBe("Sở Thông tin và Truyền thông");
    expect(cell(table, row, "Đơn vị phối hợp")).toBe("Các sở, ban, ngành, UBND cấp huyện");
    expect(cell(table, row, "Thời gian")).toBe("2022-2025");
    expect(cell(table, row, "Dự toán Kinh phí - Vốn hợp pháp khác")).toBe("1.000");
    expect(cell(table, row, "Dự toán Kinh phí - Vốn đầu tư")).toBe("");
    expect(row.sourceLines.map((line) => line.line)).toEqual([496, 497, 498, 499, 500, 501, 502, 503, 504]);
  });

  it("keeps restarted numbering apart by group", () => {
    expect(cell(table, rowNumbered(table, "4", "I "), "Dự toán Kinh phí - Vốn đầu tư")).toBe("10.280");
    expect(cell(table, rowNumbered(table, "4", "II "), "Nội dung")).toBe("Nâng cấp Hệ thống thông tin báo cáo tỉnh");
    expect(cell(table, rowNumbered(table, "4.1", "III "), "Nội dung")).toMatch(/^Hoàn thiện hạ tầng và xây dựng/);
    expect(cell(table, rowNumbered(table, "4.1", "IV "), "Nội dung")).toBe("Chuyển đổi số trong quản lý y tế thông minh");
    expect(rowNumbered(table, "6.2", "IV ").groupPath).toEqual(["IV Phát triển xã hội số"]);
  });

  it("leaves sub-rows' owner, coordinators and time empty (4.1 of III)", () => {
    const row = rowNumbered(table, "4.1", "III ");
    expect(cell(table, row, "Đơn vị chủ trì")).toBe("");
    expect(cell(table, row, "Thời gian")).toBe("");
    expect(cell(table, row, "Dự toán Kinh phí - Vốn sự nghiệp")).toBe("10.000");
    expect(cell(table, row, "Dự toán Kinh phí - Vốn hợp pháp khác")).toBe("13.630");
    expect(row.isGroup).toBe(false);
  });

  it("keeps the owners that III.6.1 and III.6.2 give themselves", () => {
    const first = rowNumbered(table, "6.1", "III ");
    expect(cell(table, first, "Đơn vị chủ trì")).toBe("Sở Công thương");
    expect(cell(table, first, "Đơn vị phối hợp")).toBe("Công ty Điện lực Quảng Trị, các đơn vị liên quan khác");
    const second = rowNumbered(table, "6.2", "III ");
    expect(cell(table, second, "Đơn vị chủ trì")).toBe("Công ty Điện lực Quảng Trị, đơn vị truyền tải điện, nhà máy sản xuất điện");
    expect(cell(table, second, "Đơn vị phối hợp")).toBe("Sở Công thương, các đơn vị liên quan khác");
    expect(cell(table, second, "Ghi chú")).toBe("Kinh phí doanh nghiệp");
  });

  it("reads the sub-row without STT as an ordinary row after 9.4", () => {
    const row = rowStartingAt(table, 1096);
    expect(row).toMatchObject({ itemNumber: null, isGroup: false, groupPath: ["III Phát triển kinh tế số"] });
    expect(cell(table, row, "Nội dung")).toMatch(/^Chuyển đổi việc quản lý kết cấu hạ tầng giao thông/);
    expect(cell(table, row, "Dự toán Kinh phí - Vốn sự nghiệp")).toBe("2.000");
    expect(cell(table, row, "Dự toán Kinh phí - Vốn hợp pháp khác")).toBe("6.000");
    expect(cell(table, row, "STT")).toBe("");
  });

  it("reads the totals row once, with merged repeats blanked", () => {
    const totals = table.rows.at(-1);
    expect(totals).toMatchObject({ itemNumber: null, isGroup: false, groupPath: [] });
    if (!totals) return;
    expect(cell(table, totals, "Nội dung")).toBe("Tổng cộng: 716.168");
    expect(cell(table, totals, "Đơn vị chủ trì")).toBe("");
    expect(cell(table, totals, "Dự toán Kinh phí - Vốn sự nghiệp")).toBe("160.000");
    expect(cell(table, totals, "Dự toán Kinh phí - Vốn hợp pháp khác")).toBe("497.542");
  });

  it("keeps source lines verbatim, including the non-breaking-space blank cells", () => {
    const lines = readSource(file);
    for (const row of table.rows) {
      for (const sourceLine of row.sourceLines) expect(sourceLine.text).toBe(lines[sourceLine.line - 1]?.text);
    }
    expect(rowNumbered(table, "I").sourceLines[2]?.text).toBe("\t\u00a0");
  });
});

describe("each layout returns [] for documents of other layouts", () => {
  const others = {
    "tab-separated": [
      "chuong-trinh-cong-tac-ban-chi-dao-2026.md",
      "ke-hoach-nang-cao-chi-so-DTI-2025.txt",
      "ke-hoach-thuc-hien-nghi-quyet-57-NQ-TW.txt",
      "quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt",
    ],
    "cell-per-line": [
      "chuong-trinh-cong-tac-ban-chi-dao-2026.md",
      "ke-hoach-nang-cao-chi-so-DTI-2025.txt",
      "ke-hoach-thuc-hien-nghi-quyet-57-NQ-TW.txt",
      "ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md",
    ],
  };
  it.each(others["tab-separated"])("tab-separated finds nothing in %s", (other) => {
    expect(parseSource(tabSeparatedLayout, other)).toEqual([]);
  });
  it.each(others["cell-per-line"])("cell-per-line finds nothing in %s", (other) => {
    expect(parseSource(cellPerLineLayout, other)).toEqual([]);
  });
});
