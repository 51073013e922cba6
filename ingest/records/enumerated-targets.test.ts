import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingestDocument } from "../ingest-document.js";
import { readDocument } from "../read/read-document.js";
import { glossary } from "./prose-test-support.js";
import { proseTargets } from "./prose-targets.js";
import type { IndicatorRecord } from "./schemas.js";

// Decision 038: a sentence enumerating targets gives each value its own target, with its scope and lead-in.
const root = path.join(import.meta.dirname, "..", "..");

async function targetsAt(file: string, line: number): Promise<[string, string[]][]> {
  const document = ingestDocument(await readDocument(path.join(root, file)), glossary);
  return document.records
    .filter((record): record is IndicatorRecord => record.kind === "indicator" && record.locator.line === line)
    .map((record) => [record.name, record.values.map((value) => `${value.text} ${value.year}`)]);
}

function targetsOf(lines: string[], breadcrumb: string[]): [string, string[]][] {
  return proseTargets({ file: "x.md", lines: lines.map((text, index) => ({ line: index + 1, text })), inTable: () => false, breadcrumbAt: () => breadcrumb }).map(
    (record) => [record.name, record.values.map((value) => `${value.text} ${value.year}`)],
  );
}

describe("targets enumerated in one sentence", () => {
  it("reads each scope of QĐ 1982's 'hồ sơ công việc' with the predicate the last one states", async () => {
    const file = "knowledge/sources/quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt";
    const predicate = "được xử lý hoàn toàn trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước)";
    expect(await targetsAt(file, 131)).toEqual([
      [`Hồ sơ công việc tại cấp tỉnh ${predicate}`, ["90% 2025"]],
      [`Hồ sơ công việc tại cấp huyện ${predicate}`, ["80% 2025"]],
      [`Hồ sơ công việc tại cấp xã ${predicate}`, ["60% 2025"]],
    ]);
    // A value opening its part takes what the first part names before its value.
    expect(await targetsAt(file, 142)).toEqual([
      ["Hạ tầng mạng băng rộng cáp quang phủ hộ gia đình", ["trên 80% 2025"]],
      ["Hạ tầng mạng băng rộng cáp quang phủ xã", ["100% 2025"]],
    ]);
  });

  it("reads NQ 57's R&D spending and its share 'trong đó' apart, and a rate after a growth (devdocs)", async () => {
    const targets = await targetsAt("test/fixtures/devdocs/nghi-quyet-57-NQ-TW-toan-van.md", 35);
    expect(targets).toContainEqual(["Kinh phí chi cho nghiên cứu phát triển (R&D)", ["2% GDP 2030"]]);
    expect(targets).toContainEqual(["Kinh phí chi cho nghiên cứu phát triển (R&D), trong đó kinh phí từ xã hội", ["hơn 60% 2030"]]);
    expect(targets).toContainEqual(["Số lượng đơn đăng ký sáng chế, văn bằng bảo hộ sáng chế tăng trung bình", ["16 - 18%/năm 2030"]]);
    expect(targets).toContainEqual(["Tỉ lệ khai thác thương mại", ["8 - 10% 2030"]]);
  });

  it("keeps a lead-in before a colon and drops item letters", () => {
    expect(targetsOf(["- Hạ tầng mạng LAN: 100% cơ quan nhà nước cấp tỉnh; 90% cơ quan nhà nước cấp huyện và 60% cơ quan nhà nước cấp xã có mạng nội bộ LAN;"], ["II. MỤC TIÊU", "1. Đến năm 2025"])).toEqual([
      ["Hạ tầng mạng LAN: cơ quan nhà nước cấp tỉnh có mạng nội bộ LAN", ["100% 2025"]],
      ["Hạ tầng mạng LAN: cơ quan nhà nước cấp huyện có mạng nội bộ LAN", ["90% 2025"]],
      ["Hạ tầng mạng LAN: cơ quan nhà nước cấp xã có mạng nội bộ LAN", ["60% 2025"]],
    ]);
    expect(targetsOf(["Phấn đấu đến năm 2026: a) 95% hồ sơ thủ tục hành chính cấp tỉnh; b) 80% hồ sơ thủ tục hành chính cấp xã được số hóa."], ["3. Chính quyền số"])).toEqual([
      ["Hồ sơ thủ tục hành chính cấp tỉnh được số hóa", ["95% 2026"]],
      ["Hồ sơ thủ tục hành chính cấp xã được số hóa", ["80% 2026"]],
    ]);
  });

  it("cuts after a name that follows its value, and gives a 'trong đó' part its whole", () => {
    expect(targetsOf(["- 100% xã, phường có điểm phục vụ một cửa, trong đó 50% đạt chuẩn."], ["II. MỤC TIÊU", "1. Đến năm 2025"])).toEqual([
      ["Xã, phường có điểm phục vụ một cửa", ["100% 2025"]],
      ["Xã, phường có điểm phục vụ một cửa, trong đó đạt chuẩn", ["50% 2025"]],
    ]);
  });

  it("leaves one target whose values only differ in year, and parts that name different things", () => {
    expect(targetsOf(["- Nâng tổng đầu tư xã hội cho khoa học và công nghệ đạt 1,5% GDP vào năm 2015, trên 2% GDP vào năm 2020 và khoảng 3% GDP vào năm 2030."], ["III. NHIỆM VỤ"])).toEqual([
      ["Nâng tổng đầu tư xã hội cho khoa học và công nghệ", ["1,5% GDP 2015", "trên 2% GDP 2020", "khoảng 3% GDP 2030"]],
    ]);
    expect(targetsOf(["- Phấn đấu có trên 50% hộ sản xuất có tài khoản thanh toán; trên 50% HTX có tài khoản thanh toán điện tử."], ["3. Kinh tế số"])).toEqual([
      ["Hộ sản xuất có tài khoản thanh toán", ["có trên 50% null"]],
      ["HTX có tài khoản thanh toán điện tử", ["trên 50% null"]],
    ]);
  });
});
