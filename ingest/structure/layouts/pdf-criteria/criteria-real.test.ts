import { describe, expect, it } from "vitest";
import { cellOf, findCriterion, parseSource } from "./test-helpers.js";

const { lines, tables } = parseSource("ke-hoach-nang-cao-chi-so-DTI-2025.txt");
const criteria = tables.find((table) => table.headers.some((header) => header.includes("xác nhận")));
if (!criteria) throw new Error("criteria table not found");
const criteriaRows = criteria.rows.filter((row) => !row.isGroup);

describe("pdf-criteria on the DTI plan: the criteria table", () => {
  it("keeps the document's header wording, joined across lines", () => {
    expect(criteria.headers).toEqual([
      "STT",
      "Chỉ số/ Chỉ số thành phần",
      "Điểm tối đa",
      "Đơn vị chủ trì triển khai công việc",
      "Đơn vị chịu trách nhiệm xác nhận số liệu",
      "Thời gian hoàn thành",
      "Hướng dẫn triển khai thực hiện",
      "Tài liệu kiểm chứng/ Sản phẩm",
      "Ghi chú",
    ]);
    expect(criteria.appendix).toBe("Phụ lục 2");
  });

  it("finds the eight pillars with their points and all 47 criteria", () => {
    const pillars = criteria.rows.filter((row) => row.isGroup);
    expect(pillars.map((row) => row.itemNumber)).toEqual(["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]);
    expect(pillars.map((row) => cellOf(criteria, row, "Điểm"))).toEqual(["50", "50", "200", "100", "100", "200", "150", "150"]);
    expect(cellOf(criteria, pillars[5]!, "Chỉ số")).toBe("Hoạt động chính quyền số");
    expect(criteriaRows).toHaveLength(47);
    expect(criteria.unparsed.map((row) => row.reason)).toEqual(["dòng tổng: có điểm nhưng không có tên"]);
  });

  it("reads a row whose columns sit on their own lines", () => {
    const row = findCriterion(criteria, "Người đứng đầu Tỉnh");
    expect(row).toMatchObject({
      item: "1",
      group: "I Nhận thức số (50 điểm)",
      name: "Người đứng đầu Tỉnh, tỉnh (Bí thư hoặc Chủ tịch Tỉnh, tỉnh) là Trưởng ban Ban chỉ đạo chuyển đổi số của tỉnh",
      points: "10",
      implementing: "Sở Khoa học và Công nghệ (Sở KHCN)",
      confirming: "Sở KHCN",
      deadline: "31/12/2025",
    });
    expect(cellOf(criteria, row.row, "kiểm chứng")).toBe("File điện tử có ký số Quyết định thành lập");
  });

  it("splits collapsed columns: points, two units and the deadline on one line", () => {
    expect(findCriterion(criteria, "Ban hành các văn bản chỉ đạo")).toMatchObject({
      item: "2", points: "10", implementing: "Sở KHCN", confirming: "Sở KHCN", deadline: "31/12/2025",
    });
    expect(findCriterion(criteria, "Tỷ lệ thôn, bản được phủ băng rộng cố định")).toMatchObject({
      item: "2", group: "III Hạ tầng số (200 điểm)", points: "30", implementing: "Sở KHCN", confirming: "Sở KHCN",
    });
    expect(findCriterion(criteria, "Tỷ lệ người dân từ 14 tuổi")).toMatchObject({
      name: "Tỷ lệ người dân từ 14 tuổi trở lên có tài khoản định danh điện tử sử dụng được cho các giao dịch điện tử",
      points: "50", implementing: "Công an tỉnh", confirming: "Sở KHCN", deadline: "31/12/2025",
    });
    expect(findCriterion(criteria, "Tổng chi Ngân sách")).toMatchObject({ points: "30", implementing: "Sở Tài chính", confirming: "Sở KHCN" });
  });

  it("joins owners split over many lines", () => {
    expect(findCriterion(criteria, "Cổng thông tin điện tử của tỉnh")).toMatchObject({
      item: "3", points: "10", implementing: "Trung tâm Điều hành thông tin tỉnh (Văn phòng UBND tỉnh)", confirming: "Sở KHCN",
    });
    expect(findCriterion(criteria, "Cơ quan báo chí")).toMatchObject({
      implementing: "Báo và phát thanh truyền hình tỉnh", confirming: "Sở VHTT&DL",
    });
    expect(findCriterion(criteria, "Ban hành chính sách khuyến khích")).toMatchObject({
      points: "30", implementing: "Trung tâm Hành chính công tỉnh (Văn phòng UBND tỉnh)", confirming: "Sở KHCN",
    });
    expect(findCriterion(criteria, "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử")).toMatchObject({
      item: "3", points: "20", implementing: "Điện lực tỉnh, Công ty CP Cấp nước, VNPT Quảng Trị, Viettel Quảng Trị", confirming: "Sở KHCN",
    });
    expect(findCriterion(criteria, "Tỷ lệ công chức, viên chức được bồi dưỡng")).toMatchObject({
      implementing: "Sở Nội vụ; Sở KHCN; UBND cấp xã", confirming: "Sở KHCN",
    });
  });

  it("tells the two unit columns apart when they run together", () => {
    expect(findCriterion(criteria, "Hệ thống thông tin giải quyết")).toMatchObject({
      points: "20", implementing: "Sở KHCN", confirming: "Văn phòng UBND tỉnh", deadline: "31/12/2025",
    });
    expect(findCriterion(criteria, "Tỷ lệ dịch vụ công trực tuyến toàn trình")).toMatchObject({
      item: "4", implementing: "Các sở, ngành; UBND cấp xã", confirming: "Trung tâm Hành chính công tỉnh (Văn phòng UBND tỉnh)",
    });
    expect(findCriterion(criteria, "Tỷ lệ công chức, viên chức chuyên trách về An toàn")).toMatchObject({
      points: "20", implementing: "Các sở, ngành; UBND cấp xã", confirming: "Công an tỉnh",
    });
    expect(findCriterion(criteria, "Tỷ lệ hệ thống thông tin cấp độ 3 trở lên được kiểm tra, đánh giá an toàn thông tin hàng năm đầy đủ")).toMatchObject({
      item: "5", implementing: "Công an tỉnh", confirming: "Công an tỉnh", deadline: "31/12/2025",
    });
    expect(findCriterion(criteria, "Tỷ lệ hệ thống thông tin triển khai đầy đủ")).toMatchObject({
      points: "20", implementing: "Công an tỉnh", confirming: "Công an tỉnh", deadline: "31/12/2025",
    });
  });

  it("merges an owner broken by a page break, keeping the guidance out of it", () => {
    const row = findCriterion(criteria, "Tỷ lệ hồ sơ trực tuyến toàn trình");
    expect(row).toMatchObject({
      item: "6", points: "50",
      implementing: "Trung tâm Hành chính công tỉnh (Văn phòng UBND tỉnh); UBND cấp xã",
      confirming: "Sở KHCN", deadline: "31/12/2025",
    });
    const guidance = cellOf(criteria, row.row, "Hướng dẫn") ?? "";
    expect(guidance).toContain("- Trung tâm Hành chính công tỉnh tham mưu UBND tỉnh chỉ đạo đảm bảo công tác");
    expect(guidance).not.toContain("(Văn");
  });

  it("reads a criterion without STT right after its pillar heading", () => {
    expect(findCriterion(criteria, "Sở, ban, ngành, xã có bộ phận")).toMatchObject({
      item: null,
      group: "IV Nhân lực số (100 điểm)",
      name: "Sở, ban, ngành, xã có bộ phận/đầu mối thực hiện nhiệm vụ chuyển đổi số tại cơ quan, đơn vị",
      points: "10", implementing: "Các sở, ngành; UBND cấp xã", confirming: "Sở KHCN", deadline: "31/12/2025",
    });
  });

  it("skips a stray page number and gives the text after it to the row it continues", () => {
    expect(findCriterion(criteria, "Tỷ lệ hệ thống thông tin được triển khai giám sát")).toMatchObject({
      item: "3",
      name: "Tỷ lệ hệ thống thông tin được triển khai giám sát an toàn thông tin và cài đặt đầy đủ phần mềm phòng chống mã độc tập trung",
      points: "10", implementing: "Công an tỉnh", confirming: "Công an tỉnh",
    });
    const next = findCriterion(criteria, "Tỷ lệ hệ thống thông tin cấp độ 3 trở lên được kiểm tra, đánh giá an toàn thông tin hàng năm");
    expect(next).toMatchObject({
      item: "4", group: "V An toàn thông tin mạng (100 điểm)",
      name: "Tỷ lệ hệ thống thông tin cấp độ 3 trở lên được kiểm tra, đánh giá an toàn thông tin hàng năm",
      points: "10", implementing: "Công an tỉnh", confirming: "Công an tỉnh", deadline: "31/12/2025",
    });
    expect(next.row.sourceLines[0]?.line).toBe(2038);
  });

  it("cites verbatim source lines in document order", () => {
    for (const row of criteria.rows) {
      for (const source of row.sourceLines) expect(lines[source.line - 1]?.text).toBe(source.text);
      const numbers = row.sourceLines.map((source) => source.line);
      expect([...numbers].sort((left, right) => left - right)).toEqual(numbers);
    }
  });

  it("gives every criterion a name, points, both units and a deadline", () => {
    const incomplete = criteriaRows.filter((row) =>
      ["Chỉ số", "Điểm", "chủ trì", "xác nhận", "Thời"].some((header) => !cellOf(criteria, row, header)),
    );
    expect(incomplete.map((row) => row.sourceLines[0]?.line)).toEqual([]);
  });
});
