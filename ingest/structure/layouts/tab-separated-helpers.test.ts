import { describe, expect, it } from "vitest";
import { appendixLabel } from "./tab-separated/appendix-heading.js";
import { cleanCellText } from "./tab-separated/cell-text.js";
import { combineHeaders, isHeaderRow, isSubHeaderRow } from "./tab-separated/header-row.js";
import { readItemNumber } from "./tab-separated/item-number.js";
import { joinCellParts } from "./tab-separated/row-assembly.js";
import { findSpill } from "./tab-separated/spill-repair.js";

describe("table helpers", () => {
  it("reads appendix labels from headings, not from other text", () => {
    expect(appendixLabel("Phụ lục III")).toBe("Phụ lục III");
    expect(appendixLabel("**PHỤ LỤC 2**: DANH MỤC")).toBe("Phụ lục 2");
    expect(appendixLabel("PHỤ LỤC")).toBe("Phụ lục");
    expect(appendixLabel("Phụ cấp")).toBeNull();
  });

  it("recognises header rows and two-line headers by their wording", () => {
    expect(isHeaderRow(["TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Thời gian"])).toBe(true);
    expect(isHeaderRow(["1", "Tên nhiệm vụ", "Cơ quan chủ trì"])).toBe(false);
    const top = ["STT", "Nội dung", "Kinh phí", "", "Ghi chú"];
    const sub = ["", "", "Tổng", "Trong đó NSTW", ""];
    expect(isSubHeaderRow(top, sub)).toBe(true);
    expect(isSubHeaderRow(top, ["", "tuyển", "", "", ""])).toBe(false);
    expect(combineHeaders(top, sub)).toEqual(["STT", "Nội dung", "Kinh phí - Tổng", "Kinh phí - Trong đó NSTW", "Ghi chú"]);
  });

  it("cleans HTML cells and item numbers", () => {
    expect(cleanCellText('<ul style="list-style-type: none"> - A  - B </ul>')).toBe("- A - B");
    expect(cleanCellText("<p>X &amp; Y</p> <p>Z</p>")).toBe("X & Y Z");
    expect(readItemNumber("25.")).toBe("25");
    expect(readItemNumber("III")).toBe("III");
    expect(readItemNumber("\u00a0")).toBeNull();
    expect(readItemNumber("Tổng cộng")).toBeNull();
  });

  it("joins cut cells, dropping a word the cut repeated", () => {
    expect(joinCellParts("Sở", "VHTT&DL")).toBe("Sở VHTT&DL");
    expect(joinCellParts("Các sở, ban, ngành, địa phương", "phương")).toBe("Các sở, ban, ngành, địa phương");
  });

  it("finds spilled text only where the split is clear", () => {
    expect(findSpill("Sở Nông nghiệp (Chi cục", "KTHH) Sở Nông nghiệp (Chi cục KTHH)")).toEqual({
      head: "KTHH)",
      rest: "Sở Nông nghiệp (Chi cục KTHH)",
    });
    expect(findSpill("Sở KH&CN", "Văn phòng UBND tỉnh; Sở KH&CN; Các sở")).toBeNull();
    expect(findSpill("2025", "2024 - 2025")).toBeNull();
    expect(findSpill("Kế hoạch, chương", "trình hỗ trợ. Báo cáo kết quả")).toEqual({ head: "trình hỗ trợ.", rest: "Báo cáo kết quả" });
    expect(findSpill("Điện", "từ Phổ biến pháp luật Đề án")).toBeNull();
  });
});
