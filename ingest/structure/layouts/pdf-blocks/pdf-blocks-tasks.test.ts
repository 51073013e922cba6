import { describe, expect, it } from "vitest";
import { cellUnder, parseSource, rowAt } from "./test-support.js";

const tables = parseSource("ke-hoach-thuc-hien-nghi-quyet-57-NQ-TW.txt");
const tasks = tables.find((table) => table.appendix === "Phụ lục I");
if (!tasks) throw new Error("no Phụ lục I table");
const cell = (itemNumber: string, header: string, line?: number) => cellUnder(tasks, rowAt(tasks, itemNumber, line), header);

describe("pdf-blocks task table (NQ57 Phụ lục I)", () => {
  it("emits one merged table with the headers as written", () => {
    expect(tables.filter((table) => table.appendix === "Phụ lục I")).toHaveLength(1);
    expect(tasks.headers).toEqual(["TT", "Tên nhiệm vụ", "Cơ quan, đơn vị chủ trì", "Cơ quan, đơn vị phối hợp", "Kết quả", "Thời gian hoàn thành"]);
    expect(tasks.layout).toBe("pdf-blocks");
    expect(tasks.rows.length).toBeGreaterThan(150);
  });

  it("reads item 1 cell by cell", () => {
    expect(cell("1", "Tên")).toMatch(/^Hoàn thành tham mưu cập nhật.*09-KH\/TU$/);
    expect(cell("1", "Cơ quan, đơn vị chủ trì")).toBe("Sở Khoa học và Công nghệ");
    expect(cell("1", "Cơ quan, đơn vị phối hợp")).toBe("Các sở, ban, ngành, địa phương");
    expect(cell("1", "Kết quả")).toBe("Kế hoạch của UBND tỉnh");
    expect(cell("1", "Thời gian")).toBe("8/2025");
    expect(rowAt(tasks, "1").groupPath[0]).toMatch(/^I Nâng cao nhận thức/);
    expect(rowAt(tasks, "1").sourceLines[0]).toEqual({ line: 876, text: "1 " });
  });

  it("leaves empty cells absent (item 2 has no coordinator, item 5 neither)", () => {
    expect(cell("2", "Cơ quan, đơn vị chủ trì")).toBe("Các sở, ban, ngành, địa phương");
    expect(cell("2", "Cơ quan, đơn vị phối hợp")).toBeUndefined();
    expect(cell("2", "Kết quả")).toBe("Kế hoạch của sở, ban, ngành, địa phương");
    expect(cell("5", "Cơ quan, đơn vị phối hợp")).toBeUndefined();
    expect(cell("5", "Thời gian")).toBe("Thường xuyên");
    expect(cell("7", "Kết quả")).toBe("Kế hoạch công tác");
  });

  it("keeps long coordinator lists in one cell (item 3)", () => {
    expect(cell("3", "Cơ quan, đơn vị phối hợp")).toBe(
      "Ban Tuyên giáo và Dân vận Tỉnh ủy; các sở, ban, ngành, địa phương; Báo và Đài Phát thanh - Truyền hình Quảng Trị",
    );
    expect(cell("4", "Cơ quan, đơn vị chủ trì")).toBe("Báo và Đài Phát thanh - Truyền hình Quảng Trị, các địa phương");
    expect(cell("6", "Thời gian")).toBe("Định kỳ theo Đề án");
  });

  it("continues a row after the header repeated at a page break", () => {
    expect(cell("14", "Cơ quan, đơn vị phối hợp")).toBe("Các sở, ban, ngành, địa phương");
    expect(cell("14", "Tên")).toMatch(/trong cơ quan nhà nước$/);
    expect(cell("14", "Thời gian")).toBe("Tháng 8/2025");
    expect(cell("28", "Thời gian")).toBe("Theo chỉ đạo của Trung ương");
    expect(cell("28", "Cơ quan, đơn vị chủ trì")).toBe("Sở Khoa học và Công nghệ");
    for (const row of tasks.rows) {
      for (const tableCell of row.cells) expect(tableCell.text).not.toMatch(/Tên nhiệm vụ Cơ quan/);
    }
  });

  it("reads item 39 and its sub-items without copying the parent's cells", () => {
    expect(cell("39", "Thời gian")).toBe("2025-2027");
    expect(cell("39", "Cơ quan, đơn vị chủ trì")).toBe("Các sở, ban, ngành cấp tỉnh");
    expect(cell("39.7", "Tên")).toBe("Cơ sở dữ liệu nhà ở và thị trường bất động sản");
    expect(cell("39.7", "Cơ quan, đơn vị chủ trì")).toBe("Sở Xây dựng");
    expect(cell("39.7", "Thời gian")).toBeUndefined();
    expect(cell("39.7", "Cơ quan, đơn vị phối hợp")).toBeUndefined();
    expect(cell("39.1", "Cơ quan, đơn vị chủ trì")).toBe("Sở Công Thương");
    expect(cell("39.11", "Cơ quan, đơn vị chủ trì")).toBe("Ban Quản lý khu kinh tế");
  });

  it("reads the own cells of items 39.2–39.4", () => {
    expect(cell("39.2", "Tên")).toBe("Cơ sở dữ liệu Địa chỉ số Quốc gia");
    expect(cell("39.2", "Cơ quan, đơn vị chủ trì")).toBe("Công an tỉnh");
    expect(cell("39.2", "Cơ quan, đơn vị phối hợp")).toBe("Các sở, ban, ngành, địa phương, đơn vị có liên quan");
    expect(cell("39.2", "Thời gian")).toMatch(/^Sau khi có quyết định/);
    expect(cell("39.3", "Thời gian")).toBe("Thường xuyên");
    expect(cell("39.4", "Cơ quan, đơn vị chủ trì")).toBe("Công an tỉnh");
    expect(cell("39.4", "Cơ quan, đơn vị phối hợp")).toBe("Các sở, ban, ngành, địa phương, đơn vị có liên quan");
  });

  it("keeps 'Thường xuyên' in a task name when it is part of it (39.16)", () => {
    expect(cell("39.16", "Tên")).toBe("Cơ sở dữ liệu về Giáo dục Mầm non - Phổ thông - Thường xuyên");
    expect(cell("39.16", "Thời gian")).toBeUndefined();
    expect(cell("39.16", "Cơ quan, đơn vị chủ trì")).toBe("Sở Giáo dục và Đào tạo");
  });

  it("keeps several owners in one cell (item 61)", () => {
    expect(cell("61", "Cơ quan, đơn vị chủ trì")).toBe("Sở Xây dựng, Sở Tài chính; Sở Nông nghiệp và Môi trường; các địa phương");
  });

  it("reads the squeezed one-line rows at least in name, owner and deadline", () => {
    expect(cell("38", "Tên")).toMatch(/^Cập nhật, công bố danh mục cơ sở dữ liệu dùng chung,/);
    expect(cell("38", "Thời gian")).toBe("Thường xuyên");
    expect(cell("56", "Tên")).toMatch(/^Phối hợp thực hiện Đề án chuyển đổi số trong cơ quan Đảng/);
    expect(cell("56", "Cơ quan, đơn vị chủ trì")).toBe("Các sở, ban, ngành, địa phương");
    expect(cell("86", "Tên")).toMatch(/^Đẩy mạnh hợp tác, học tập kinh nghiệm trong nước, quốc tế về khoa học/);
    expect(cell("86", "Cơ quan, đơn vị chủ trì")).toBe("Các sở, ban, ngành, địa phương");
  });

  it("never takes a page number or a URL line for an item number", () => {
    expect(tasks.rows.some((row) => row.sourceLines[0]?.line === 3556)).toBe(false);
    expect(tasks.rows.flatMap((row) => row.sourceLines).some((line) => line.text.startsWith("https://"))).toBe(false);
    expect(tasks.rows.filter((row) => row.itemNumber === "15")).toHaveLength(2);
  });

  it("marks roman group rows and passes their label down", () => {
    const group = rowAt(tasks, "VII");
    expect(group.isGroup).toBe(true);
    expect(rowAt(tasks, "86").groupPath).toEqual([`VII ${group.cells[0]?.text}`]);
  });
});
