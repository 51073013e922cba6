import { describe, expect, it } from "vitest";
import { cellUnder, parseSource, rowAt } from "./test-support.js";

const tables = parseSource("ke-hoach-thuc-hien-nghi-quyet-57-NQ-TW.txt").filter((table) => table.appendix === "Phụ lục II");
const section = (year: string) => {
  const table = tables.find((candidate) => candidate.headers.some((header) => header.includes(year)));
  if (!table) throw new Error(`no section ${year}`);
  return table;
};
const indicator = (year: string, itemNumber: string) => {
  const table = section(year);
  const row = rowAt(table, itemNumber);
  return {
    name: cellUnder(table, row, "Chỉ tiêu"),
    unit: cellUnder(table, row, "Đơn vị tính"),
    value: cellUnder(table, row, `Chỉ tiêu đến năm ${year}`),
    owner: cellUnder(table, row, "Cơ quan chủ trì"),
  };
};

describe("pdf-blocks indicator tables (NQ57 Phụ lục II)", () => {
  it("emits one table per year section with the year in the value header", () => {
    expect(tables.map((table) => table.headers[3])).toEqual([2025, 2030, 2035, 2040, 2045].map((year) => `Chỉ tiêu đến năm ${year}`));
    expect(section("2030").headers).toEqual(["STT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu đến năm 2030", "Cơ quan chủ trì theo dõi, tổng hợp, đánh giá"]);
    expect(section("2030").breadcrumb.at(-1)).toBe("Đến năm 2030");
  });

  it("reads unit, value and owner written on one line with the name", () => {
    expect(indicator("2025", "1.1")).toEqual({ name: "Tỷ lệ phủ sóng 5G trên địa bàn", unit: "%", value: "≥ 50", owner: "Sở Khoa học và Công nghệ" });
    expect(indicator("2030", "1.1").value).toBe("≥ 95");
    expect(indicator("2025", "5.17")).toEqual({ name: "Quy mô kinh tế số", unit: "% GRDP", value: "10", owner: "Sở Khoa học và Công nghệ" });
  });

  it("reads '% ≥ 80 Sở Nội vụ' on one line after the name lines", () => {
    expect(indicator("2025", "2.2")).toMatchObject({ unit: "%", value: "≥ 80", owner: "Sở Nội vụ" });
    expect(indicator("2025", "2.2").name).toMatch(/^Tỷ lệ cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số căn bản/);
  });

  it("reads yes/no units and their values", () => {
    expect(indicator("2025", "1.3")).toMatchObject({ unit: "Có/Không", value: "Có", owner: "Công an tỉnh" });
    expect(indicator("2025", "2.1")).toMatchObject({ unit: "Bảo đảm/Không bảo đảm", value: "Bảo đảm", owner: "Sở Tài chính" });
  });

  it("reads units split over lines and owners split over lines", () => {
    expect(indicator("2025", "4.6")).toMatchObject({ unit: "Sáng chế, giải pháp", value: "≥ 1" });
    expect(indicator("2025", "5.1")).toMatchObject({ unit: "Điểm (khung 1,0)", value: "≥ 0,6", owner: "Sở Khoa học và Công nghệ" });
    expect(indicator("2025", "2.5").owner).toBe("Sở Y tế, Sở Giáo dục và Đào tạo, Bảo hiểm xã hội tỉnh, Sở Xây dựng");
    expect(indicator("2025", "5.14").owner).toBe("Ngân hàng Nhà nước Khu vực 8");
  });

  it("joins a row cut by a page break (4.1, 5.6)", () => {
    expect(indicator("2025", "4.1")).toEqual({ name: "Số lượng doanh nghiệp khởi nghiệp sáng tạo", unit: "Doanh nghiệp", value: "≥ 50", owner: "Sở Khoa học và Công nghệ" });
    expect(indicator("2025", "5.6").name).toMatch(/hành chính có đủ điều kiện$/);
    expect(indicator("2025", "5.6").owner).toBe("Văn phòng UBND tỉnh");
  });

  it("reads later sections too", () => {
    expect(indicator("2045", "5.9")).toMatchObject({ unit: "%", value: "100", owner: "Công an tỉnh" });
    expect(indicator("2045", "5.14")).toMatchObject({ unit: "% GRDP", value: "40" });
    expect(indicator("2045", "5.11").owner).toBe("Văn phòng Tỉnh ủy");
  });

  it("marks numbered group rows", () => {
    const table = section("2025");
    expect(rowAt(table, "1").isGroup).toBe(true);
    expect(rowAt(table, "1.1").groupPath).toEqual(["1 Phát triển hạ tầng"]);
  });
});
