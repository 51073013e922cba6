import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type SourceLine, toSourceLines } from "../read/source-text.js";
import { buildSectionMap } from "./sections.js";

// Decision 038: a document quoted in a file under a heading naming it keeps its sections under that heading.
const devdoc = (file: string): SourceLine[] => toSourceLines(readFileSync(new URL(`../../test/fixtures/devdocs/${file}`, import.meta.url), "utf8"));
const lineOf = (lines: SourceLine[], text: string) => lines.find((line) => line.text.includes(text))?.line ?? 0;

describe("a document quoted under a heading of its own", () => {
  it("puts NQ 20's parts under '# Nghị quyết 20 - 2012' in the NQ 57 page, and the comparison after it under none", () => {
    const lines = devdoc("nghi-quyet-57-NQ-TW-toan-van.md");
    const map = buildSectionMap(lines);
    expect(map.breadcrumbAt(lineOf(lines, "**NGHỊ QUYẾT**"))).toEqual(["Nghị quyết 20 - 2012"]);
    expect(map.breadcrumbAt(lineOf(lines, "**2- Mục tiêu cụ thể**") + 2)).toEqual([
      "Nghị quyết 20 - 2012",
      "B- ĐỊNH HƯỚNG PHÁT TRIỂN KHOA HỌC VÀ CÔNG NGHỆ ĐẾN NĂM 2020 VÀ TẦM NHÌN ĐẾN NĂM 2030",
      "II- MỤC TIÊU",
      "2- Mục tiêu cụ thể",
    ]);
    expect(map.breadcrumbAt(lineOf(lines, "# So sánh Nghị quyết 57"))).toEqual(["So sánh Nghị quyết 57 với Nghị quyết 20 và Kết luận 69"]);
  });

  it("does not take a document's own issuer heading for the name of a quoted one (NQ 03)", () => {
    const lines = devdoc("nghi-quyet-03-NQ-CP-chuong-trinh-hanh-dong.md");
    const map = buildSectionMap(lines);
    expect(map.breadcrumbAt(lineOf(lines, "Căn cứ Luật Tổ chức Chính phủ ngày 19"))).toEqual(["CHÍNH PHỦ"]);
  });

  it("keeps a quoted plan under the heading naming it only when nothing but its header lies between", () => {
    const quoted = ["# Kế hoạch 12 - 2024", "", "UBND TỈNH QUẢNG TRỊ", "Số: 12/KH-UBND", "", "KẾ HOẠCH", "Chuyển đổi số năm 2024", "", "", "I. MỤC TIÊU", "Nội dung."];
    expect(buildSectionMap(toSourceLines(quoted.join("\n"))).breadcrumbAt(11)).toEqual(["Kế hoạch 12 - 2024", "I. MỤC TIÊU"]);
    const prose = [quoted[0] ?? "", "", "Kế hoạch này được trích dẫn đầy đủ dưới đây để các cơ quan, đơn vị tiện theo dõi và thực hiện.", ...quoted.slice(2)];
    expect(buildSectionMap(toSourceLines(prose.join("\n"))).breadcrumbAt(12)).toEqual(["I. MỤC TIÊU"]);
  });
});
