import { describe, expect, it } from "vitest";
import { cellOf, findCriterion, parseSource, parseText } from "./test-helpers.js";

/** Builds pdf-like text: every line followed by an empty line; a line given with a leading space and `pageBreak` starts a page. */
function pdfText(lines: (string | { pageBreak: string })[]): string {
  let text = "";
  for (const line of lines) {
    if (typeof line === "string") text += `${line}\n\n`;
    else text = `${text.replace(/\n$/, "")} ${line.pageBreak}\n\n`;
  }
  return text;
}

const synthetic = pdfText([
  "Phụ lục 3",
  "BỘ TIÊU CHÍ ĐÁNH GIÁ CẤP XÃ",
  "STT",
  "Tiêu chí",
  "Điểm",
  "tối đa",
  "Đơn vị thực",
  "hiện",
  "Đơn vị xác",
  "nhận",
  "Thời hạn",
  "hoàn thành",
  "Tài liệu kiểm",
  "chứng",
  "I Hạ tầng",
  "dữ liệu",
  "60",
  "1",
  "Tỷ lệ xã có",
  "điểm truy cập công cộng",
  "20 Sở Xây dựng Sở Tài chính 30/06/2026",
  "1. Nội dung thực hiện: Sở Xây dựng chủ trì triển",
  "khai trên toàn tỉnh.",
  "Biên bản",
  "nghiệm thu",
  "2",
  "Số nền tảng dùng chung",
  "được kết nối với",
  "25",
  "Trung tâm",
  "Dữ liệu tỉnh",
  "(Sở Nội vụ)",
  "Công an tỉnh 31/12/2026",
  "1. Nội dung thực hiện: Trung tâm Dữ liệu tỉnh rà",
  "soát các nền tảng đang vận hành.",
  "Danh sách",
  "nền tảng",
  "7",
  "hệ thống quốc gia",
  "2. Điều kiện đảm bảo: kết nối đủ các nền tảng",
  "3",
  "Tỷ lệ hồ sơ được số hóa",
  "15",
  "Ban Quản lý",
  "Sở Tài chính 31/12/2026",
  "1. Nội dung thực hiện: Ban Quản lý khu kinh tế chủ",
  { pageBreak: "khu kinh tế (Sở" },
  "Công Thương)",
  "trì, phối hợp các sở liên quan triển khai số hóa.",
  "II Kinh tế",
  "số",
  "40",
  { pageBreak: "Doanh nghiệp nhỏ và vừa" },
  "dùng hóa đơn điện tử",
  "40 Sở Tài chính Sở Công Thương Quý IV/2026",
  "Điều kiện đảm bảo: 100% doanh nghiệp dùng hóa",
  "đơn điện tử.",
]);

describe("pdf-criteria on a synthetic text in the same layout", () => {
  const { tables } = parseText("synthetic.txt", synthetic);
  const table = tables[0];

  it("finds one criteria table with the header as written", () => {
    expect(tables).toHaveLength(1);
    expect(table?.headers).toEqual(["STT", "Tiêu chí", "Điểm tối đa", "Đơn vị thực hiện", "Đơn vị xác nhận", "Thời hạn hoàn thành", "Tài liệu kiểm chứng"]);
    expect(table?.appendix).toBe("Phụ lục 3");
  });

  it("rebuilds each criterion", () => {
    if (!table) throw new Error("no table");
    expect(table.rows.filter((row) => row.isGroup).map((row) => row.itemNumber)).toEqual(["I", "II"]);
    expect(findCriterion(table, "Tỷ lệ xã có")).toMatchObject({
      item: "1", group: "I Hạ tầng dữ liệu (60 điểm)", name: "Tỷ lệ xã có điểm truy cập công cộng",
      points: "20", implementing: "Sở Xây dựng", confirming: "Sở Tài chính", deadline: "30/06/2026",
    });
    const second = findCriterion(table, "Số nền tảng dùng chung");
    expect(second).toMatchObject({
      item: "2", name: "Số nền tảng dùng chung được kết nối với hệ thống quốc gia",
      points: "25", implementing: "Trung tâm Dữ liệu tỉnh (Sở Nội vụ)", confirming: "Công an tỉnh", deadline: "31/12/2026",
    });
    expect(cellOf(table, second.row, "kiểm chứng")).toBe("Danh sách nền tảng");
    expect(findCriterion(table, "Tỷ lệ hồ sơ được số hóa")).toMatchObject({
      item: "3", points: "15", implementing: "Ban Quản lý khu kinh tế (Sở Công Thương)", confirming: "Sở Tài chính",
    });
    expect(findCriterion(table, "Doanh nghiệp nhỏ và vừa")).toMatchObject({
      item: null, group: "II Kinh tế số (40 điểm)", name: "Doanh nghiệp nhỏ và vừa dùng hóa đơn điện tử",
      points: "40", implementing: "Sở Tài chính", confirming: "Sở Công Thương", deadline: "Quý IV/2026",
    });
    expect(table.unparsed).toEqual([]);
  });
});

describe("pdf-criteria leaves other layouts alone", () => {
  it("returns nothing for the tab-separated plan 429", () => {
    expect(parseSource("ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md").tables).toEqual([]);
  });

  it("does not claim the task or indicator tables of the Resolution 57 plan", () => {
    expect(parseSource("ke-hoach-thuc-hien-nghi-quyet-57-NQ-TW.txt").tables).toEqual([]);
  });

  it("returns nothing for the other shipped documents", () => {
    expect(parseSource("quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt").tables).toEqual([]);
    expect(parseSource("chuong-trinh-cong-tac-ban-chi-dao-2026.md").tables).toEqual([]);
  });

  it("ignores a table without a max-points column, and text with no table", () => {
    const taskTable = pdfText(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian", "1", "Xây dựng kho dữ liệu", "Sở KHCN 2026"]);
    expect(parseText("tasks.txt", taskTable).tables).toEqual([]);
    expect(parseText("empty.txt", "").tables).toEqual([]);
    expect(parseText("prose.txt", pdfText(["STT", "1", "2"])).tables).toEqual([]);
  });
});
