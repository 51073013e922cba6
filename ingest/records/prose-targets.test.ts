import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingestDocument } from "../ingest-document.js";
import { readDocument } from "../read/read-document.js";
import { glossary } from "./prose-test-support.js";
import { proseTargets, readTarget } from "./prose-targets.js";
import type { IndicatorRecord } from "./schemas.js";

const root = path.join(import.meta.dirname, "..", "..");

async function bodyIndicators(file: string): Promise<IndicatorRecord[]> {
  const document = ingestDocument(await readDocument(path.join(root, file)), glossary);
  return document.records.filter((record): record is IndicatorRecord => record.kind === "indicator" && record.id.includes(":prose"));
}

const named = (records: IndicatorRecord[], name: string, year: number) =>
  records.find((record) => record.name === name && record.values.some((value) => value.year === year));

function targetsOf(lines: string[], breadcrumb: string[]) {
  return proseTargets({ file: "x.md", lines: lines.map((text, index) => ({ line: index + 1, text })), inTable: () => false, breadcrumbAt: () => breadcrumb });
}

describe("targets stated in sentences", () => {
  it("reads the objectives of the full text of NQ 57 with the year of their heading", async () => {
    const records = await bodyIndicators("test/fixtures/devdocs/nghi-quyet-57-NQ-TW-toan-van.md");
    expect(named(records, "Quy mô kinh tế số", 2030)?.values.map((value) => value.text)).toEqual(["tối thiểu 30% GDP"]);
    expect(named(records, "Việt Nam có quy mô kinh tế số", 2045)?.values.map((value) => value.text)).toEqual(["tối thiểu 50% GDP"]);
    const partners = named(records, "Thu hút thêm tổ chức, doanh nghiệp công nghệ hàng đầu thế giới đặt trụ sở, đầu tư nghiên cứu, sản xuất tại Việt Nam", 2045);
    expect(partners?.values[0]).toMatchObject({ text: "ít nhất 5 tổ chức", number: 5, comparator: "≥", label: "Mục tiêu đến năm 2045" });
    // "II- MỤC TIÊU" is the heading above "1\. Đến năm 2030".
    expect(named(records, "Quy mô kinh tế số", 2030)?.locator.breadcrumb).toEqual(["Nghị quyết số 57-NQ/TW", "II- MỤC TIÊU", "1. Đến năm 2030"]);
  });

  it("reads the objectives of the QĐ 1982 scheme, and a target a task aims at", async () => {
    const records = await bodyIndicators("knowledge/sources/quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt");
    expect(named(records, "Kinh tế số", 2025)?.values[0]?.text).toBe("10% GRDP");
    expect(named(records, "Kinh tế số", 2030)?.values[0]?.text).toBe("15% GRDP");
    const programme = await bodyIndicators("test/fixtures/devdocs/nghi-quyet-03-NQ-CP-chuong-trinh-hanh-dong.md");
    const projects = programme.find((record) => record.name.startsWith("Dự án, chương trình trong lĩnh vực bán dẫn"));
    expect(projects?.values[0]).toMatchObject({ text: "có ít nhất 05 dự án", year: 2030 });
  });

  it("leaves a report's figures, and the sentences of a document whose indicator table states its targets", async () => {
    // KH 429 tabulates its indicators; its "Mục tiêu" restates them in other words.
    expect(await bodyIndicators("knowledge/sources/ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md")).toEqual([]);
    expect(targetsOf(["Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 82%."], ["II. MỤC TIÊU"])).toHaveLength(1);
    expect(proseTargets({ file: "x.md", lines: [{ line: 1, text: "Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 82%." }], inTable: () => false, breadcrumbAt: () => [] }, 3)).toEqual([]);
    expect(targetsOf(["Năm 2025 tỷ lệ hồ sơ trực tuyến đã đạt 79%."], ["II. MỤC TIÊU"])).toEqual([]);
    expect(targetsOf(["Tỷ lệ phủ sóng 5G trên địa bàn đạt 74,2%."], ["I. TÌNH HÌNH THỰC HIỆN CÁC MỤC TIÊU"])).toEqual([]);
  });

  it("keeps an aim to the end of its sentence when a PDF breaks it into lines", () => {
    const broken = ["- Phấn đấu có trên 50% hộ sản xuất có tài khoản thanh toán;", "Hạ tầng băng rộng cáp quang của HTX đạt trên 80%;", "Giám đốc HTX sử dụng điện thoại thông minh đạt 100%."];
    expect(targetsOf(broken, ["3. Phát triển kinh tế số"]).map((record) => record.values[0]?.text)).toEqual(["có trên 50%", "trên 80%", "100%"]);
    expect(targetsOf(["- Phấn đấu có trên 50% hộ sản xuất có tài khoản thanh toán.", "Hạ tầng băng rộng cáp quang của HTX đạt trên 80%."], ["3. Phát triển"])).toHaveLength(1);
    expect(targetsOf(["- Phấn đấu có trên 50% hộ sản xuất có tài khoản thanh toán;", "- Hạ tầng băng rộng cáp quang của HTX đạt trên 80%."], ["3. Phát triển"])).toHaveLength(1);
  });

  it("takes no year, date or document number for a quantity", () => {
    expect(readTarget("Thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024")).toBeNull();
    expect(readTarget("Tỷ lệ hộ gia đình có tài khoản đạt trên 50% HTX có tài khoản")?.values[0]?.text).toBe("trên 50%");
    expect(targetsOf(["- Tỷ lệ dân số có tài khoản thanh toán điện tử đạt trên 35%;"], ["Tuyên truyền"])).toEqual([]);
    expect(targetsOf(["- Phấn đấu tỷ lệ dân số có tài khoản thanh toán điện tử đạt trên 35%;"], ["Tuyên truyền"])[0]?.name).toBe(
      "Tỷ lệ dân số có tài khoản thanh toán điện tử",
    );
  });
});
