import { describe, expect, it } from "vitest";
import { loadGlossary } from "../../vietnamese/glossary/glossary.js";
import { readDeadlineQuestion, readDeadlineRequest } from "./deadline-request.js";

const context = { today: "2026-06-10", soonDays: 14, glossary: loadGlossary() };

describe("readDeadlineRequest (/han, /quahan arguments)", () => {
  it.each([
    ["3/2026 Sở KH&CN", { from: "2026-03-01", to: "2026-03-31" }, ["Sở Khoa học và Công nghệ"]],
    ["quy 3/2026 so khcn", { from: "2026-07-01", to: "2026-09-30" }, ["Sở Khoa học và Công nghệ"]],
    ["Quý 2 năm 2026 Sở Nội vụ", { from: "2026-04-01", to: "2026-06-30" }, ["Sở Nội vụ"]],
    ["hom nay", { from: "2026-06-10", to: "2026-06-10" }, []],
    ["tuần này của Công an tỉnh", { from: "2026-06-08", to: "2026-06-14" }, ["Công an tỉnh"]],
    ["trong 30 ngày", { from: "2026-06-10", to: "2026-07-10" }, []],
    ["2026 cong an tinh", { from: "2026-01-01", to: "2026-12-31" }, ["Công an tỉnh"]],
  ])("reads %s", (text, window, agencies) => {
    expect(readDeadlineRequest(text, context)).toEqual({ window, overdue: false, agencies, unknownAgency: null });
  });

  it("reads an overdue request with only an agency", () => {
    expect(readDeadlineRequest("Sở Y tế", context, { overdue: true })).toEqual({ window: null, overdue: true, agencies: ["Sở Y tế"], unknownAgency: null });
  });

  it("keeps the words of an agency it does not know, as written", () => {
    expect(readDeadlineRequest("3/2026 Sở Không Tồn Tại", context)?.unknownAgency).toBe("Sở Không Tồn Tại");
  });

  it("needs a period, unless overdue work is asked for", () => {
    expect(readDeadlineRequest("Sở KH&CN", context)).toBeNull();
    expect(readDeadlineRequest("", context)).toBeNull();
  });
});

describe("readDeadlineQuestion", () => {
  it("reads questions that need today's date", () => {
    expect(readDeadlineQuestion("việc gì sắp đến hạn?", context)?.window).toEqual({ from: "2026-06-10", to: "2026-06-24" });
    expect(readDeadlineQuestion("sap den han trong 30 ngay", context)?.window).toEqual({ from: "2026-06-10", to: "2026-07-10" });
    expect(readDeadlineQuestion("Việc gì quá hạn của Sở Y tế?", context)).toMatchObject({ overdue: true, agencies: ["Sở Y tế"] });
    expect(readDeadlineQuestion("tuan nay so khcn phai hoan thanh viec gi", context)).toMatchObject({
      window: { from: "2026-06-08", to: "2026-06-14" },
      agencies: ["Sở Khoa học và Công nghệ"],
    });
  });

  it("leaves other questions to the general answerer", () => {
    expect(readDeadlineQuestion("Giá vàng hôm nay bao nhiêu một chỉ?", context)).toBeNull();
    expect(readDeadlineQuestion("Lịch thi đấu bóng đá V-League tuần này?", context)).toBeNull();
    expect(readDeadlineQuestion("Việc gì đến hạn trong quý II/2026?", context)).toBeNull();
    expect(readDeadlineQuestion("Thời tiết ở Đông Hà ngày mai thế nào?", context)).toBeNull();
  });
});
