import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type SourceLine, toSourceLines } from "../read/source-text.js";
import { buildSectionMap } from "./sections.js";

const linesOf = (file: string): SourceLine[] =>
  toSourceLines(readFileSync(new URL(`../../knowledge/sources/${file}`, import.meta.url), "utf8"));

const PLAN_429 = "ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md";
const DECISION_1982 = "quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt";
const PROGRAMME = "chuong-trinh-cong-tac-ban-chi-dao-2026.md";
const RESOLUTION_57 = "ke-hoach-thuc-hien-nghi-quyet-57-NQ-TW.txt";
const DTI = "ke-hoach-nang-cao-chi-so-DTI-2025.txt";

describe("buildSectionMap on the five documents", () => {
  it("429 (Markdown): parts, roman, arabic, letters and appendices with captions", () => {
    const map = buildSectionMap(linesOf(PLAN_429));
    expect(map.sections.length).toBeGreaterThanOrEqual(50);
    expect(map.sections.length).toBeLessThanOrEqual(120);
    expect(map.breadcrumbAt(35)).toEqual([
      "Phần I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025",
      "II. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ NĂM 2025",
      "1. Công tác lãnh đạo, chỉ đạo, điều hành; kiểm tra, giám sát hoạt động chuyển đổi số tại các bộ, ngành, địa phương",
      "a) Kết quả đạt được",
    ]);
    expect(map.breadcrumbAt(60)).toContain("2.1. Công tác xây dựng, ban hành các chương trình, đề án, kế hoạch, chính sách thúc đẩy chuyển đổi số");
    const appendix = map.breadcrumbAt(700);
    expect(appendix[0]).toBe("Phụ lục III");
    expect(appendix[1]).toMatch(/^DANH MỤC NHIỆM VỤ, ĐỀ ÁN, DỰ ÁN/);
    expect(appendix).toHaveLength(2);
    expect(map.breadcrumbAt(520)[0]).toBe("Phụ lục I");
    expect(map.breadcrumbAt(600)[0]).toBe("Phụ lục II");
    expect(map.breadcrumbAt(480)).toEqual(["Nơi nhận"]);
    expect(map.breadcrumbAt(5)).toEqual([]);
    // Tab-separated table rows never become headings.
    expect(map.sections.filter((section) => section.startLine > 505).map((section) => section.title.slice(0, 20))).toEqual([
      "Phụ lục II",
      "TỔNG HỢP KINH PHÍ TH",
      "Phụ lục III",
      "DANH MỤC NHIỆM VỤ, Đ",
    ]);
  });

  it("1982 (one paragraph a line): Điều, Phần with caption, three-level numbering, appendix table ignored", () => {
    const map = buildSectionMap(linesOf(DECISION_1982));
    expect(map.sections.length).toBeGreaterThanOrEqual(80);
    expect(map.sections.length).toBeLessThanOrEqual(160);
    expect(map.breadcrumbAt(198)).toEqual([
      "Phần II",
      "CÁC NỘI DUNG CHÍNH CỦA ĐỀ ÁN",
      "III. NHIỆM VỤ",
      "1. Phát triển các nền tảng cho chuyển đổi số",
      "1.4. Phát triển dữ liệu",
      "1.4.1. Xây dựng kho dữ liệu dùng chung",
    ]);
    expect(map.breadcrumbAt(19)[0]).toMatch(/^Điều 1\. Ban hành kèm theo Quyết định này/);
    // "Label: prose" keeps the label as title.
    expect(map.breadcrumbAt(92).at(-1)).toBe("4.1. Hệ thống thư điện tử công vụ");
    expect(map.breadcrumbAt(1000)).toEqual([
      "PHỤ LỤC",
      expect.stringMatching(/^DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM/) as unknown as string,
    ]);
    // The title block "ĐỀ ÁN / CHUYỂN ĐỔI SỐ…" closes the decision's sections.
    expect(map.breadcrumbAt(46)).toEqual([]);
  });

  it("Chương trình (Markdown): quarter headings with inconsistent levels are siblings; items are not headings", () => {
    const map = buildSectionMap(linesOf(PROGRAMME));
    expect(map.sections.map((section) => section.title)).toEqual([
      "QUÝ I/2026",
      "QUÝ II/2026",
      "QUÝ III/2026",
      "QUÝ IV/2026",
      "Nơi nhận",
    ]);
    expect(map.sections.every((section) => section.level === 1)).toBe(true);
    expect(map.breadcrumbAt(170)).toEqual(["QUÝ III/2026"]);
    expect(map.breadcrumbAt(193)).toEqual(["QUÝ IV/2026"]);
    expect(map.breadcrumbAt(9)).toEqual([]);
  });

  it("Nghị quyết 57 plan (raw PDF): wrapped headings joined, prose items and the task tables skipped", () => {
    const map = buildSectionMap(linesOf(RESOLUTION_57));
    expect(map.sections.length).toBeGreaterThanOrEqual(10);
    expect(map.sections.length).toBeLessThanOrEqual(40);
    expect(map.breadcrumbAt(100)).toEqual([
      "II. NHIỆM VỤ CỤ THỂ",
      "1. Nâng cao nhận thức, đột phá về đổi mới tư duy, xác định quyết tâm chính trị mạnh mẽ, quyết liệt lãnh đạo, chỉ đạo…",
    ]);
    expect(map.breadcrumbAt(410)[1]).toMatch(/^4\. Phát triển, trọng dụng nhân lực chất lượng cao/);
    expect(map.breadcrumbAt(3000)).toEqual(["PHỤ LỤC I", "DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM TRIỂN KHAI KẾ HOẠCH"]);
    expect(map.breadcrumbAt(6000)[0]).toBe("PHỤ LỤC II");
    expect(map.breadcrumbAt(6000)).toHaveLength(2);
    // Lone page numbers and numbered table rows are not headings.
    const starts = new Set(map.sections.map((section) => section.startLine));
    for (const line of [298, 681, 876, 2516, 3556]) expect(starts.has(line)).toBe(false);
  });

  it("DTI plan (raw PDF): wrapped roman heading, appendix sub-sections, no headings from the criteria table", () => {
    const map = buildSectionMap(linesOf(DTI));
    expect(map.sections.length).toBeGreaterThanOrEqual(30);
    expect(map.sections.length).toBeLessThanOrEqual(70);
    expect(map.breadcrumbAt(84)).toEqual(["II. ĐÁNH GIÁ THỰC TRẠNG TRIỂN KHAI BỘ CHỈ SỐ DTI CẤP TỈNH NĂM 2024"]);
    expect(map.breadcrumbAt(300)).toEqual([
      "Phụ lục 1",
      "ĐÁNH GIÁ THỰC TRẠNG TRIỂN KHAI BỘ CHỈ SỐ DTI CẤP TỈNH NĂM 2024",
      "1. Về Nhận thức số",
      "a) Các mặt đã đạt được",
    ]);
    expect(map.breadcrumbAt(2024)).toEqual([
      "Phụ lục 2",
      "PHÂN CÔNG THỰC HIỆN BỘ CHỈ SỐ ĐÁNH GIÁ, XẾP HẠNG CHUYỂN ĐỔI SỐ CẤP TỈNH - NĂM 2025",
    ]);
    expect(map.sections.filter((section) => section.startLine > 720)).toHaveLength(0);
  });

  it("keeps titles short and sections nested inside their parents", () => {
    for (const file of [PLAN_429, DECISION_1982, PROGRAMME, RESOLUTION_57, DTI]) {
      const map = buildSectionMap(linesOf(file));
      for (const section of map.sections) {
        expect(section.title.length).toBeLessThanOrEqual(121);
        expect(section.endLine).toBeGreaterThanOrEqual(section.startLine);
        expect(section.path.at(-1)).toBe(section.title);
        expect(section.path).toHaveLength(section.level);
      }
    }
  });
});

describe("buildSectionMap on small texts", () => {
  it("ignores lone page numbers and joins a heading wrapped over blank lines", () => {
    const lines = toSourceLines(["I. ĐÁNH GIÁ THỰC TRẠNG TRIỂN KHAI", "", "TỈNH NĂM 2024", "", "12", "", "Nội dung."].join("\n"));
    const map = buildSectionMap(lines);
    expect(map.sections.map((section) => section.title)).toEqual(["I. ĐÁNH GIÁ THỰC TRẠNG TRIỂN KHAI TỈNH NĂM 2024"]);
    expect(map.breadcrumbAt(7)).toEqual(["I. ĐÁNH GIÁ THỰC TRẠNG TRIỂN KHAI TỈNH NĂM 2024"]);
  });

  it("treats Markdown headings of the same shape as siblings whatever their level", () => {
    const lines = toSourceLines(["#### **Giai đoạn 1**", "1. Việc một", "## **Giai đoạn 2**", "Nội dung", "### Giai đoạn 3"].join("\n"));
    const map = buildSectionMap(lines);
    expect(map.breadcrumbAt(2)).toEqual(["Giai đoạn 1", "1. Việc một"]);
    expect(map.breadcrumbAt(4)).toEqual(["Giai đoạn 2"]);
    expect(map.breadcrumbAt(5)).toEqual(["Giai đoạn 3"]);
  });

  it("nests nothing under 'Nơi nhận': what the document attaches after it opens under no heading", () => {
    const lines = toSourceLines(
      ["# NGHỊ QUYẾT", "Điều 2. Nghị quyết này có hiệu lực thi hành kể từ ngày ký.", "*Nơi nhận:*", "- Các bộ, cơ quan ngang bộ;", "# NHIỆM VỤ CỦA CÁC BỘ, NGÀNH", "## I. MỤC TIÊU", "1. Tổ chức thể chế hóa và thực hiện đầy đủ các quan điểm, mục tiêu, nhiệm vụ và giải pháp đã đề ra trong Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ."].join("\n"),
    );
    const map = buildSectionMap(lines);
    expect(map.breadcrumbAt(4)?.at(-1)).toBe("Nơi nhận");
    expect(map.breadcrumbAt(7)).toEqual(["NHIỆM VỤ CỦA CÁC BỘ, NGÀNH", "I. MỤC TIÊU"]);
  });

  it("reads 'II- MỤC TIÊU' as a roman heading and an escaped '1\\. Đến năm 2030' as the arabic one under it", () => {
    const lines = toSourceLines(["**II- MỤC TIÊU**", "", "**1\\. Đến năm 2030**", "", "\\- Quy mô kinh tế số đạt tối thiểu 30% GDP.", "", "**III- NHIỆM VỤ**"].join("\n"));
    const map = buildSectionMap(lines);
    expect(map.breadcrumbAt(5)).toEqual(["II- MỤC TIÊU", "1. Đến năm 2030"]);
    expect(map.breadcrumbAt(7)).toEqual(["III- NHIỆM VỤ"]);
  });
});
