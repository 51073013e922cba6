import { describe, expect, it } from "vitest";
import { columnRole } from "./column-roles.js";

describe("columnRole reads what a header means", () => {
  const expectations: [string, unknown][] = [
    ["STT", { role: "itemNumber" }],
    ["TT", { role: "itemNumber" }],
    ["Nội dung nhiệm vụ / đề án/ dự án", { role: "title" }],
    ["Tên nhiệm vụ", { role: "title" }],
    ["Chỉ tiêu", { role: "title" }],
    ["Đơn vị chủ trì", { role: "owner" }],
    ["Cơ quan, đơn vị chủ trì", { role: "owner" }],
    ["Cơ quan chủ trì theo dõi, tổng hợp, đánh giá", { role: "owner" }],
    ["Đơn vị thực hiện", { role: "owner" }],
    ["Cơ quan phối hợp", { role: "coordinators" }],
    ["Đơn vị xác nhận", { role: "confirmingUnit" }],
    ["Sản phẩm", { role: "product" }],
    ["Kết quả", { role: "product" }],
    ["Thời gian hoàn thành", { role: "deadline" }],
    ["Thời gian thực hiện", { role: "deadline" }],
    ["Thời hạn hoàn thành", { role: "deadline" }],
    ["Tiến độ", { role: "progress" }],
    ["Đơn vị tính", { role: "unit" }],
    ["Điểm tối đa", { role: "maxPoints" }],
    ["Mục tiêu Kế hoạch 2026", { role: "value", valueKind: "target", year: 2026 }],
    ["Kết quả Năm 2025", { role: "value", valueKind: "result", year: 2025 }],
    ["Định hướng đến năm 2030", { role: "value", valueKind: "orientation", year: 2030 }],
    ["Chỉ tiêu đến năm 2035", { role: "value", valueKind: "target", year: 2035 }],
    ["Kinh phí đã thực hiện năm 2025 - Ngân sách Trung ương", { role: "budget", source: "Kinh phí đã thực hiện năm 2025 - Ngân sách Trung ương" }],
    ["Dự toán Kinh phí - Vốn đầu tư", { role: "budget", source: "Dự toán Kinh phí - Vốn đầu tư" }],
    ["Ghi chú", { role: "note" }],
    ["Nội dung thực hiện / Điều kiện đảm bảo", { role: "guidance" }],
    ["Tài liệu kiểm chứng", { role: "evidence" }],
    ["Tài liệu kiểm chứng/ Sản phẩm", { role: "evidence" }],
    ["Chỉ số/ Chỉ số thành phần", { role: "title" }],
    ["Hướng dẫn triển khai thực hiện", { role: "guidance" }],
    ["Đơn vị chủ trì triển khai công việc", { role: "owner" }],
    ["Đơn vị chịu trách nhiệm xác nhận số liệu", { role: "confirmingUnit" }],
    ["Điểm năm 2024 Tỉnh Quảng Trị (cũ)", { role: "value", valueKind: "score", year: 2024 }],
    ["Xếp hạng năm 2024 Tỉnh Quảng Trị (mới)", { role: "value", valueKind: "rank", year: 2024 }],
  ];
  for (const [header, role] of expectations) {
    it(header, () => expect(columnRole(header)).toEqual(role));
  }
});
