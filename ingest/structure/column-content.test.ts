import { describe, expect, it } from "vitest";
import { loadGlossary } from "../../vietnamese/glossary/glossary.js";
import { refineColumnRoles } from "./column-content.js";
import { columnRoles } from "./column-roles.js";

const glossary = loadGlossary();
const roles = (headers: string[], columns: string[][]) => refineColumnRoles(columnRoles(headers), columns, glossary).map((role) => role.role);

describe("refineColumnRoles", () => {
  it("keeps what the header says when the cells agree", () => {
    expect(roles(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"], [["1", "2"], ["Xây dựng CSDL", "Triển khai 5G"], ["Sở Y tế", "Sở KH&CN"], ["Quý I/2026", "2026"]])).toEqual([
      "itemNumber",
      "title",
      "owner",
      "deadline",
    ]);
  });

  it("reads an unnamed column of agencies as the owner and the next as coordinators, national or provincial", () => {
    expect(
      roles(["Số", "Việc", "Giao cho", "Cùng làm"], [["1", "2"], ["Sửa luật thuế", "Sửa luật đất đai"], ["Bộ Tài chính", "Bộ Nông nghiệp và Môi trường"], ["Bộ Tư pháp", "Các bộ, ngành"]]),
    ).toEqual(["other", "title", "owner", "coordinators"]);
  });

  it("reads an unnamed column of dates, quarters or 'Thường xuyên' as the deadline", () => {
    expect(roles(["Nội dung", "Lịch"], [["Họp", "Báo cáo", "Kiểm tra"], ["Quý II/2026", "Thường xuyên", "30/6/2026"]])).toEqual(["title", "deadline"]);
  });

  it("demotes a 'title' of bare numbers and a 'target' of prose, then takes the leftmost prose column as the title", () => {
    expect(
      roles(
        ["Deliverable (Kết quả đầu ra)", "Mục tiêu NQ57", "Nhiệm vụ của Chính phủ", "Đơn vị chủ trì", "Thời hạn hoàn thành"],
        [
          ["Luật Khoa học, Công nghệ và Đổi mới sáng tạo", "Nghị định về quỹ đầu tư mạo hiểm"],
          ["Hoàn thiện thể chế, tạo hành lang pháp lý", "Hoàn thiện thể chế (2026)"],
          ["14, 26", "27"],
          ["Bộ Khoa học và Công nghệ", "Bộ Tài chính"],
          ["2025", "6/2025"],
        ],
      ),
    ).toEqual(["title", "other", "other", "owner", "deadline"]);
  });

  it("keeps numeric target columns as values", () => {
    expect(roles(["Chỉ tiêu", "Đơn vị tính", "Mục tiêu năm 2026"], [["Tỷ lệ phủ sóng 5G"], ["%"], ["≥ 80"]])).toEqual(["title", "unit", "value"]);
  });
});
