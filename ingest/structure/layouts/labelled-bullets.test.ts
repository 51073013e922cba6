import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toSourceLines } from "../../read/source-text.js";
import { buildSectionMap } from "../sections.js";
import type { ParsedTable, TableRow } from "../table-model.js";
import { labelledBulletsLayout } from "./labelled-bullets.js";

const parseFile = (file: string): ParsedTable[] => {
  const lines = toSourceLines(readFileSync(new URL(`../../../knowledge/sources/${file}`, import.meta.url), "utf8"));
  const map = buildSectionMap(lines);
  return labelledBulletsLayout.parse({ file, lines, breadcrumbAt: map.breadcrumbAt });
};

const tables = parseFile("chuong-trinh-cong-tac-ban-chi-dao-2026.md");
const table = tables[0] as ParsedTable;

function row(quarter: string, itemNumber: string): TableRow {
  const found = table.rows.find((candidate) => candidate.groupPath[0] === quarter && candidate.itemNumber === itemNumber);
  if (!found) throw new Error(`no item ${itemNumber} in ${quarter}`);
  return found;
}

function cell(target: TableRow, header: string): string {
  const column = table.headers.indexOf(header);
  return target.cells.find((candidate) => candidate.column === column)?.text ?? "";
}

const OWNER = "Cơ quan chủ trì";
const COORDINATORS = "Cơ quan phối hợp";
const TIME = "Thời gian thực hiện";
const ALL_AGENCIES = "Các Sở, ban, ngành, đơn vị cấp tỉnh, UBND các xã, phường, đặc khu.";

describe("labelledBulletsLayout on the Chương trình công tác", () => {
  it("emits one table of 28 items with the field labels as headers", () => {
    expect(tables).toHaveLength(1);
    expect(table.layout).toBe("labelled-bullets");
    expect(table.headers).toEqual(["STT", "Nội dung", TIME, OWNER, COORDINATORS]);
    expect(table.rows).toHaveLength(28);
    expect(table.unparsed).toHaveLength(0);
    const perQuarter = ["QUÝ I/2026", "QUÝ II/2026", "QUÝ III/2026", "QUÝ IV/2026"].map(
      (quarter) => table.rows.filter((candidate) => candidate.groupPath[0] === quarter).length,
    );
    expect(perQuarter).toEqual([13, 6, 4, 5]);
    expect(table.rows.every((candidate) => candidate.cells.length === 5)).toBe(true);
  });

  it("reads Quý I items, with 'Cơ quan chủ trì tham mưu' in the owner column and italics removed", () => {
    const first = row("QUÝ I/2026", "1");
    expect(cell(first, "Nội dung")).toMatch(/^Ban hành Đề án phát triển Trung tâm giám sát, điều hành thông minh/);
    expect(cell(first, TIME)).toBe("Tháng 1/2026.");
    expect(cell(first, OWNER)).toBe("Sở Khoa học và Công nghệ.");
    expect(cell(first, COORDINATORS)).toBe("Các sở, ban, ngành thuộc UBND tỉnh.");
    expect(first.sourceLines[0]?.line).toBe(15);
    expect(cell(row("QUÝ I/2026", "3"), COORDINATORS)).toBe("Các sở, ban, ngành thuộc UBND tỉnh, UBND các xã, phường, đặc khu");
    expect(cell(row("QUÝ I/2026", "5"), OWNER)).toBe("Sở Công Thương.");
    expect(cell(row("QUÝ I/2026", "6"), TIME)).toBe("Quý I/2026");
    expect(cell(row("QUÝ I/2026", "6"), OWNER)).toBe("Sở Nội vụ");
    expect(cell(row("QUÝ I/2026", "9"), TIME)).toBe("Quý I/2026 (Sau khi Chính phủ ban hành, triển khai Nghị quyết về phát triển công dân số.)");
    expect(cell(row("QUÝ I/2026", "10"), OWNER)).toBe("Công an tỉnh");
  });

  it("keeps an owner cell that names coordinators as written", () => {
    const meeting = row("QUÝ I/2026", "13");
    expect(cell(meeting, OWNER)).toBe("Sở Khoa học và Công nghệ chủ trì phối hợp với Công an tỉnh, Sở Nội vụ, Văn phòng UBND tỉnh.");
    expect(cell(meeting, TIME)).toBe("Tháng 3/2026.");
  });

  it("joins a value wrapped onto the next line (Quý II item 1)", () => {
    const wrapped = row("QUÝ II/2026", "1");
    expect(cell(wrapped, COORDINATORS)).toBe(ALL_AGENCIES);
    expect(cell(wrapped, OWNER)).toBe("Công an tỉnh");
    expect(wrapped.sourceLines.map((sourceLine) => sourceLine.line)).toEqual([116, 118, 120, 122, 124]);
    expect(cell(row("QUÝ II/2026", "3"), OWNER)).toBe("Văn phòng UBND tỉnh");
    expect(cell(row("QUÝ II/2026", "6"), TIME)).toBe("Tháng 6/2026.");
  });

  it("reads fields nested under the date bullet (Quý III)", () => {
    const nested = row("QUÝ III/2026", "2");
    expect(cell(nested, TIME)).toBe("Tháng 8/2026.");
    expect(cell(nested, OWNER)).toBe("Sở Khoa học và Công nghệ");
    expect(cell(nested, COORDINATORS)).toBe("Các Sở, ban, ngành, đơn vị cấp tỉnh, UBND các xã, phường, đặc khu");
    expect(cell(row("QUÝ III/2026", "4"), OWNER)).toMatch(/^Sở Khoa học và Công nghệ chủ trì phối hợp với Công an tỉnh/);
  });

  it("keeps 'Quý 11/2026' and two owners as written (Quý IV)", () => {
    const inspection = row("QUÝ IV/2026", "2");
    expect(cell(inspection, TIME)).toBe("Quý 11/2026.");
    expect(cell(inspection, OWNER)).toBe("Thanh Tra tỉnh, Sở Khoa học và Công nghệ.");
    expect(cell(inspection, COORDINATORS)).toBe("Các sở, ban, ngành thuộc UBND tỉnh.");
    expect(cell(row("QUÝ IV/2026", "1"), OWNER)).toBe("Sở Nội vụ");
    expect(cell(row("QUÝ IV/2026", "3"), TIME)).toBe("Tháng 11/2026.");
    expect(cell(row("QUÝ IV/2026", "4"), COORDINATORS)).toMatch(/^Văn phòng UBND tỉnh, Sở Khoa học và Công nghệ, Sở Tư pháp, Sở Tài chính/);
    const last = row("QUÝ IV/2026", "5");
    expect(last.sourceLines.at(-1)?.line).toBe(212);
    expect(table.endLine).toBe(212);
  });
});

describe("labelledBulletsLayout on the other documents", () => {
  it.each([
    "ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md",
    "quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt",
    "ke-hoach-thuc-hien-nghi-quyet-57-NQ-TW.txt",
    "ke-hoach-nang-cao-chi-so-DTI-2025.txt",
  ])("finds no labelled-bullet table in %s", (file) => {
    expect(parseFile(file)).toEqual([]);
  });
});
