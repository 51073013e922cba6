import { describe, expect, it } from "vitest";
import { tabSeparatedLayout } from "./tab-separated.js";
import { cell, parseSource, rowNumbered, tableFor } from "./tab-separated/test-support.js";

const tables = parseSource(tabSeparatedLayout, "ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md");
const table = tableFor(tables, "Phụ lục III");

describe("tab-separated layout on Kế hoạch 429, Phụ lục III (tasks)", () => {
  it("reads the header and 60 numbered rows, ending on the row finished after the last header", () => {
    expect(table.headers).toEqual(["STT", "Nội dung nhiệm vụ / đề án/ dự án", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời gian hoàn thành"]);
    expect(table.rows.map((row) => row.itemNumber)).toEqual(Array.from({ length: 60 }, (_, index) => String(index + 1)));
    expect(table.rows.every((row) => !row.isGroup && row.groupPath.length === 0)).toBe(true);
    expect(table.endLine).toBe(767);
    expect(cell(table, rowNumbered(table, "60"), "Nội dung")).toMatch(/chuyên đổi số tỉnh để kịp thời báo cáo Trung ương\.$/);
  });

  it("reads row 1", () => {
    const row = rowNumbered(table, "1");
    expect(cell(table, row, "Nội dung")).toBe(
      "Tham mưu UBND tỉnh ban hành Kế hoạch phát triển kinh tế số và xã hội số tỉnh Quảng Trị giai đoạn 2026-2030",
    );
    expect(cell(table, row, "Đơn vị chủ trì")).toBe("Sở KH&CN");
    expect(cell(table, row, "Đơn vị phối hợp")).toBe("Các sở, ban, ngành, địa phương");
    expect(cell(table, row, "Thời gian")).toBe("Quý I, năm 2026");
  });

  it("keeps two deadlines in one cell as written (row 7)", () => {
    expect(cell(table, rowNumbered(table, "7"), "Thời gian")).toBe("31/12/2026 Quý 2/2026");
  });

  it("gives row 8 back the text, product and deadline that spilled into row 9", () => {
    const eight = rowNumbered(table, "8");
    const nine = rowNumbered(table, "9");
    expect(cell(table, eight, "Nội dung")).toMatch(/công chức: Tổ chức các khoá đào tạo, tập huấn .* viên chức\.$/);
    expect(cell(table, eight, "Sản phẩm")).toMatch(/chương trình hỗ trợ \(số lượng, nội dung\)\.$/);
    expect(cell(table, eight, "Thời gian")).toBe("Trước 31/12/2026 và đuy trì thường xuyên");
    expect(cell(table, nine, "Nội dung")).toMatch(/^Tổ chức các lớp đào tạo, hướng dẫn kỹ năng số cho người dân/);
    expect(cell(table, nine, "Nội dung")).not.toContain("<p>");
    expect(cell(table, nine, "Thời gian")).toBe("Trước 31/12/2026 và duy trì thường xuyên");
    expect(cell(table, nine, "Đơn vị chủ trì")).toBe("UBND cấp xã");
  });

  it("strips HTML from cells (rows 10, 29)", () => {
    expect(cell(table, rowNumbered(table, "10"), "Sản phẩm")).toBe(
      "Danh sách cán bộ được cử đi đào tạo; Báo cáo tiếp thu, triển khai sau đào tạo.",
    );
    const library = cell(table, rowNumbered(table, "29"), "Sản phẩm");
    expect(library).toMatch(/^- Triển khai nâng cấp phần mềm/);
    expect(library).toContain("- Nâng cấp phân hệ web, portal");
    expect(library).not.toMatch(/<|>|\s{2}/);
  });

  it("joins row 15 over two page breaks", () => {
    const row = rowNumbered(table, "15");
    expect(row.sourceLines.map((line) => line.line)).toEqual([674, 677, 680]);
    expect(cell(table, row, "Nội dung")).toBe(
      "Đầu tư, nâng cấp hạ tầng an toàn thông tin để triển khai bệnh án điện tử tại các cơ sở khám chữa bệnh trên địa bàn tỉnh",
    );
    expect(cell(table, row, "Sản phẩm")).toMatch(/^1\. Hệ thống hạ tầng an toàn thông tin đạt chuẩn cấp độ theo Nghị định 85\/2016\/NĐ-CP/);
    expect(cell(table, row, "Sản phẩm")).toMatch(/8\. Đào tạo, tập huấn ATTT .* bệnh án điện tử\.$/);
    expect(cell(table, row, "Đơn vị phối hợp")).toBe("Công an tỉnh");
  });

  it("moves product items 3–6 of row 16 back from row 17", () => {
    expect(cell(table, rowNumbered(table, "16"), "Sản phẩm")).toMatch(/của tỉnh, bảo đảm tối thiểu 85% .* 6\. Báo cáo phân tích dữ liệu/);
    expect(cell(table, rowNumbered(table, "17"), "Sản phẩm")).toBe("");
    expect(cell(table, rowNumbered(table, "17"), "Đơn vị chủ trì")).toBe("Sở Giáo dục và Đào tạo");
  });

  it("joins the owner split 'Sở' / 'VHTT&DL' across a page break (row 30)", () => {
    const row = rowNumbered(table, "30");
    expect(cell(table, row, "Đơn vị chủ trì")).toBe("Sở VHTT&DL");
    expect(cell(table, row, "Thời gian")).toBe("Năm 2026 - 2029");
    expect(cell(table, row, "Nội dung")).toBe(
      "Dự án triển khai hệ thống Wi-Fi chào mừng du khách đến tham quan du lịch và quảng bá tại các điểm du lịch",
    );
  });

  it("gives row 34 back its title and owner tails from row 35", () => {
    expect(cell(table, rowNumbered(table, "34"), "Nội dung")).toMatch(/Đề án “Giám sát diễn biến rừng .* ảnh vệ tinh\.$/);
    expect(cell(table, rowNumbered(table, "34"), "Đơn vị chủ trì")).toBe("BQL VQG Phong Nha - Kẻ Bàng");
    expect(cell(table, rowNumbered(table, "35"), "Nội dung")).toMatch(/^Triển khai hệ thống bán vé/);
    expect(cell(table, rowNumbered(table, "35"), "Đơn vị chủ trì")).toBe("BQL VQG Phong Nha - Kẻ Bàng (Trung tâm DL PNKB)");
  });

  it("gives row 47 its owner tail 'KTHH & QLCL)' from row 48", () => {
    expect(cell(table, rowNumbered(table, "47"), "Đơn vị chủ trì")).toBe("Sở Nông nghiệp và Môi trường (Chi cục KTHH & QLCL)");
    expect(cell(table, rowNumbered(table, "48"), "Đơn vị chủ trì")).toBe("Sở Nông nghiệp và Môi trường (Chi cục KTHH & QLCL)");
    expect(cell(table, rowNumbered(table, "47"), "Sản phẩm")).toMatch(/hỗ trợ đưa 100% sản phẩm lên các sàn thương mại điện tử, .* thương hiệu sản phẩm\.$/);
    expect(cell(table, rowNumbered(table, "48"), "Sản phẩm")).toMatch(/^Tin học hóa, chuẩn hóa/);
  });

  it("moves spilled Sản phẩm sentences back (rows 43–45, 49–50)", () => {
    expect(cell(table, rowNumbered(table, "43"), "Sản phẩm")).toMatch(/hồ sơ điện từ\), tạo lập .* thời gian thực\.$/);
    expect(cell(table, rowNumbered(table, "44"), "Sản phẩm")).toMatch(/^Khai thác triệt để .* hiệu quả hơn, thúc đẩy chuyển đổi số toàn diện trong ngành\.$/);
    expect(cell(table, rowNumbered(table, "45"), "Sản phẩm")).toMatch(/^Nâng cấp, tích hợp, đồng bộ hóa các CSDL/);
    expect(cell(table, rowNumbered(table, "50"), "Sản phẩm")).toMatch(/^Xây dựng 3-5 mô hình điểm/);
  });

  it("joins row 57's owner 'Sở Tài chính; các' / 'sở, ban, ngành, địa phương'", () => {
    expect(cell(table, rowNumbered(table, "57"), "Đơn vị chủ trì")).toBe("Sở Tài chính; các sở, ban, ngành, địa phương");
    expect(cell(table, rowNumbered(table, "52"), "Đơn vị chủ trì")).toBe("Sở Nông nghiệp và Môi trường (Văn phòng Đăng ký đất đai)");
  });
});
