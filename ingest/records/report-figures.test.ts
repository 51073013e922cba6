import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingestDocument } from "../ingest-document.js";
import { readDocument } from "../read/read-document.js";
import { buildSectionMap } from "../structure/sections.js";
import { glossary } from "./prose-test-support.js";
import { reportFigures, unreadFiguresWarning } from "./report-figures.js";
import type { IndicatorRecord } from "./schemas.js";

const root = path.join(import.meta.dirname, "..", "..");

/** The figures of a document's report, and the warning ingestion gives for them. */
async function figures(file: string): Promise<{ figures: IndicatorRecord[]; warnings: string[] }> {
  const source = await readDocument(path.join(root, file));
  const document = ingestDocument(source, glossary);
  const map = buildSectionMap(source.lines);
  const spans = document.tables.map((table) => [table.startLine, table.endLine] as const);
  const quoted = new Set(document.records.flatMap((record) => record.sourceLines.map((line) => line.line)));
  const input = { file: source.file, lines: source.lines, inTable: (line: number) => spans.some(([start, end]) => line >= start && line <= end), breadcrumbAt: (line: number) => map.breadcrumbAt(line) };
  const tabled = new Set(document.records.flatMap((record) => (record.kind === "indicator" ? record.values.flatMap((value) => (value.number === null ? [] : [value.number])) : [])));
  return { figures: reportFigures(input, quoted, tabled), warnings: document.warnings };
}

const at = (records: IndicatorRecord[], line: number) => records.filter((record) => record.locator.line === line);

function figuresOf(lines: string[], breadcrumb: string[], taken: number[] = [], tabled: number[] = []) {
  const input = { file: "x.md", lines: lines.map((text, index) => ({ line: index + 1, text })), inTable: () => false, breadcrumbAt: () => breadcrumb };
  return reportFigures(input, new Set(taken), new Set(tabled));
}

describe("figures a report states in its sentences", () => {
  it("reads the assessment of QĐ 1982 (no year in its heading) and names its paragraphs", async () => {
    const { figures: read, warnings } = await figures("knowledge/sources/quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt");
    const internet = at(read, 80)[0];
    expect(internet?.name).toMatch(/^Tổng số thuê bao Internet toàn tỉnh/);
    expect(internet?.values[0]).toMatchObject({ valueKind: "result", text: "103.662 thuê bao", number: 103662, year: null, label: "Kết quả" });
    expect(at(read, 97)[0]?.values[0]).toMatchObject({ valueKind: "result", text: "59,9%" });
    expect(internet?.locator.breadcrumb).toContain("I. ĐÁNH GIÁ HIỆN TRẠNG");
    const warning = warnings.find((text) => text.startsWith("Phần đánh giá, kết quả:"));
    expect(warning).toMatch(/^Phần đánh giá, kết quả: \d+ đoạn có số liệu không thành bản ghi chỉ tiêu \(chỉ tìm được theo đoạn văn\), dòng 78, 79, 80, /u);
  });

  it("reads KH 429's review of 2025 with the year of its part, one indicator per paragraph", async () => {
    const { figures: read } = await figures("knowledge/sources/ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md");
    const unmet = at(read, 25);
    expect(unmet).toHaveLength(1);
    expect(unmet[0]?.name).toBe("Chỉ tiêu chưa đạt mục tiêu đề ra (chiếm tỷ lệ)");
    expect(unmet[0]?.values.slice(0, 2).map((value) => [value.text, value.year, value.label])).toEqual([
      ["Có 11 chỉ tiêu", 2025, "Kết quả năm 2025"],
      ["55%", 2025, "Kết quả năm 2025"],
    ]);
    // Its indicator table's results restated in the review ("Tỷ lệ phủ sóng 5G trên địa bàn 74,2%") are no figures of their own.
    expect(read.flatMap((record) => record.values).some((value) => value.text === "74,2%")).toBe(false);
  });

  it("reads the DTI plan's assessment items under the province they are of, inside its score table's span", async () => {
    const { figures: read, warnings } = await figures("knowledge/sources/ke-hoach-nang-cao-chi-so-DTI-2025.txt");
    expect(at(read, 389)[0]).toMatchObject({
      name: "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang",
      values: [{ valueKind: "result", text: "84,51 %", year: 2024, label: "Kết quả năm 2024 Tỉnh Quảng Bình" }],
    });
    // The score rows the table reader took ("Tỉnh Quảng Bình: 106,75/200 điểm") are not read twice.
    expect(at(read, 375)).toEqual([]);
    expect(at(read, 691)[0]?.values.at(-1)).toMatchObject({ valueKind: "result", text: "81,94%", year: 2024, label: "Kết quả năm 2024 Tỉnh Quảng Bình" });
    expect(warnings.find((text) => text.startsWith("Phần đánh giá, kết quả:"))).toMatch(/dòng 304, 343, 383, 385, 387, 389, /u);
    expect(at(read, 706)[0]).toMatchObject({ name: "Tỷ lệ người dân biết kỹ năng về công nghệ thông tin và truyền thông", values: [{ text: "37,79%", label: "Kết quả năm 2024 Tỉnh Quảng Bình" }] });
  });

  it("reads no figure outside a report, nor a line a record quotes, nor a table's value restated", () => {
    const items = ["- Tỉnh A", "+ Tỷ lệ hộ gia đình có cáp quang đạt 84 %", "- Tỉnh B", "+ Tỷ lệ hộ gia đình có cáp quang đạt 80 %", "Đến nay, toàn tỉnh có 06 doanh nghiệp viễn thông đang hoạt động."];
    const read = figuresOf(items, ["I. ĐÁNH GIÁ HIỆN TRẠNG NĂM 2021"]);
    expect(read.map((record) => [record.name, record.values[0]?.label])).toEqual([
      ["Tỷ lệ hộ gia đình có cáp quang", "Kết quả năm 2021 Tỉnh A"],
      ["Tỷ lệ hộ gia đình có cáp quang", "Kết quả năm 2021 Tỉnh B"],
      ["Toàn tỉnh doanh nghiệp viễn thông đang hoạt động", "Kết quả năm 2021"],
    ]);
    expect(figuresOf(items, ["II. MỤC TIÊU"])).toEqual([]);
    expect(figuresOf(items, ["I. ĐÁNH GIÁ HIỆN TRẠNG NĂM 2021"], [2, 4, 5])).toEqual([]);
    expect(figuresOf(items, ["I. ĐÁNH GIÁ HIỆN TRẠNG NĂM 2021"], [5], [84, 80])).toEqual([]);
    expect(unreadFiguresWarning(read)).toBe("Phần đánh giá, kết quả: 3 đoạn có số liệu không thành bản ghi chỉ tiêu (chỉ tìm được theo đoạn văn), dòng 2, 4, 5.");
    expect(unreadFiguresWarning([])).toBeNull();
  });
});
