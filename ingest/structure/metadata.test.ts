import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toSourceLines } from "../read/source-text.js";
import { readDocumentInfo } from "./metadata.js";

const infoOf = (file: string) =>
  readDocumentInfo(file, toSourceLines(readFileSync(new URL(`../../knowledge/sources/${file}`, import.meta.url), "utf8")));

describe("readDocumentInfo on the five documents", () => {
  it("429: number and date written in Markdown bold", () => {
    const info = infoOf("ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md");
    expect(info).toMatchObject({
      kind: "Kế hoạch",
      number: "429/KH-UBND",
      date: "2025-01-30",
      dateText: "ngày 30 tháng 01 năm 2025",
      issuer: "UBND tỉnh Quảng Trị",
      title: "Chuyển đổi số tỉnh Quảng Trị năm 2026",
    });
    expect(info.aliases).toEqual(expect.arrayContaining(["Kế hoạch 429", "KH 429", "429/KH-UBND"]));
  });

  it("1982: no header number; number, date and issuer from the attachment note and the enacting line", () => {
    const info = infoOf("quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt");
    expect(info).toMatchObject({
      kind: "Quyết định",
      number: "1982/QĐ-UBND",
      date: "2022-07-29",
      dateText: "ngày 29/7/2022",
      issuer: "UBND tỉnh Quảng Trị",
      title: "BAN HÀNH ĐỀ ÁN CHUYỂN ĐỔI SỐ TỈNH QUẢNG TRỊ ĐẾN NĂM 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030",
    });
    expect(info.aliases).toEqual(expect.arrayContaining(["QĐ 1982", "Quyết định 1982", "1982/QĐ-UBND"]));
    expect(info.aliases.some((alias) => alias.startsWith("Đề án CHUYỂN ĐỔI SỐ"))).toBe(true);
  });

  it("Chương trình: blank number and date placeholders give null", () => {
    const info = infoOf("chuong-trinh-cong-tac-ban-chi-dao-2026.md");
    expect(info).toMatchObject({ kind: "Chương trình", number: null, date: null, dateText: "năm 2025" });
    expect(info.title).toBe(
      "Công tác Ban Chỉ đạo của UBND tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 tỉnh Quảng Trị năm 2026",
    );
    expect(info.issuer).toMatch(/^Ban Chỉ đạo .*tỉnh Quảng Trị$/);
    expect(info.aliases).toContain("Chương trình Công tác Ban Chỉ đạo năm 2026");
  });

  it("Nghị quyết 57 plan (raw PDF, no header): wrapped title, resolution aliases, placeholder number", () => {
    const info = infoOf("ke-hoach-thuc-hien-nghi-quyet-57-NQ-TW.txt");
    expect(info).toMatchObject({ kind: "Kế hoạch", number: null, date: null, issuer: "UBND tỉnh Quảng Trị" });
    expect(info.title).toMatch(/^Thực hiện Nghị quyết số 57-NQ\/TW ngày 22\/12\/2024 của Bộ Chính trị, .* trên địa bàn Quảng Trị$/);
    expect(info.aliases).toEqual(expect.arrayContaining(["Nghị quyết 57", "Kế hoạch thực hiện Nghị quyết 57"]));
  });

  it("DTI plan (raw PDF, no header): acronym alias, issuer from the wrapped attachment note", () => {
    const info = infoOf("ke-hoach-nang-cao-chi-so-DTI-2025.txt");
    expect(info).toMatchObject({
      kind: "Kế hoạch",
      number: null,
      date: null,
      issuer: "UBND tỉnh Quảng Trị",
      title: "Nâng cao xếp hạng chỉ số chuyển đổi số (DTI) tỉnh Quảng Trị năm 2025",
    });
    expect(info.aliases).toContain("DTI");
  });
});

describe("readDocumentInfo on small headers", () => {
  it("derives the kind from the number code when there is no kind line, and never invents a number", () => {
    const lines = toSourceLines(["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG BÌNH", "Số: 12/QĐ-UBND", "Đồng Hới, ngày 5 tháng 3 năm 2024"].join("\n"));
    expect(readDocumentInfo("x.txt", lines)).toMatchObject({
      kind: "Quyết định",
      number: "12/QĐ-UBND",
      date: "2024-03-05",
      issuer: "UBND tỉnh Quảng Bình",
    });
    const blank = toSourceLines(["Số:      /CTr-BCĐ", "Huế, ngày    tháng    năm 2025", "CHƯƠNG TRÌNH", "Công tác năm 2026"].join("\n"));
    expect(readDocumentInfo("y.md", blank)).toMatchObject({ kind: "Chương trình", number: null, date: null, dateText: "năm 2025", title: "Công tác năm 2026" });
  });
});
