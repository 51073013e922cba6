import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { GlossaryConflictError } from "./agency-index.js";
import { GlossaryFileError, loadGlossary } from "./glossary.js";

const sourcesFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "knowledge", "sources");

function sourceLines(file: string): string[] {
  return readFileSync(path.join(sourcesFolder, file), "utf8").replace(/\r\n?/g, "\n").split("\n");
}

/** Lines first..last (1-based, inclusive), blank lines dropped, joined with spaces. */
function joinedLines(file: string, first: number, last: number): string {
  return sourceLines(file)
    .slice(first - 1, last)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join(" ");
}

const glossary = loadGlossary();

describe("canonicalAgency", () => {
  const cases: [string, string][] = [
    ["Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ"],
    ["Sở KH&CN", "Sở Khoa học và Công nghệ"],
    ["Sở KHCN", "Sở Khoa học và Công nghệ"],
    ["Sở Khoa học và  Công nghệ", "Sở Khoa học và Công nghệ"],
    ["Sở Khoa học và Công   nghệ", "Sở Khoa học và Công nghệ"],
    ["*Sở Khoa học và Công nghệ.*", "Sở Khoa học và Công nghệ"],
    ["Sở VH TT & DL", "Sở Văn hóa, Thể thao và Du lịch"],
    ["Sở VHTT&DL", "Sở Văn hóa, Thể thao và Du lịch"],
    ["Sở Văn hóa thể thao và du lịch", "Sở Văn hóa, Thể thao và Du lịch"],
    ["Sở Văn hoá, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"],
    ["Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh"],
    ["Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh"],
    ["Trung tâm Phục vụ Hành chính công", "Trung tâm Phục vụ Hành chính công tỉnh"],
    ["Trung tâm Hành chính công tỉnh", "Trung tâm Phục vụ Hành chính công tỉnh"],
    ["Ban QL Khu kinh tế", "Ban Quản lý Khu kinh tế tỉnh"],
    ["Ban Quản lý khu kinh tế", "Ban Quản lý Khu kinh tế tỉnh"],
    ["Sở Công thương", "Sở Công Thương"],
    ["Công an tỉnh", "Công an tỉnh"],
    ["Sở NN&MT", "Sở Nông nghiệp và Môi trường"],
    ["Sở GD&ĐT", "Sở Giáo dục và Đào tạo"],
    ["Thanh Tra tỉnh", "Thanh tra tỉnh"],
    ["BQL VQG Phong Nha - Kẻ Bàng", "Ban Quản lý Vườn quốc gia Phong Nha - Kẻ Bàng"],
    ["Sở Tư Pháp", "Sở Tư pháp"],
    ["Báo Đài PTTH", "Báo và Phát thanh, Truyền hình Quảng Trị"],
    ["Ngân hàng Nhà nước Khu vực 8", "Ngân hàng Nhà nước Khu vực 8"],
    ["UBND các huyện, thị xã, thành phố", "UBND cấp huyện"],
    ["UBND các xã, phường, đặc khu", "UBND cấp xã"],
    ["Các sở, ban, ngành thuộc UBND tỉnh", "Các sở, ban, ngành"],
    ["Các sở,ban, ngành, địa phương", "Các sở, ban, ngành, địa phương"],
  ];

  it.each(cases)("resolves %j", (written, canonical) => {
    expect(glossary.canonicalAgency(written)).toBe(canonical);
  });

  it("resolves aliases of at least 15 distinct agencies", () => {
    const distinct = new Set(cases.map(([written]) => glossary.canonicalAgency(written)));
    expect(distinct.size).toBeGreaterThanOrEqual(15);
  });

  it("matches without diacritics, case or punctuation", () => {
    expect(glossary.canonicalAgency("so khoa hoc va cong nghe")).toBe("Sở Khoa học và Công nghệ");
    expect(glossary.canonicalAgency("SO KH & CN")).toBe("Sở Khoa học và Công nghệ");
    expect(glossary.canonicalAgency("van phong ubnd tinh")).toBe("Văn phòng UBND tỉnh");
    expect(glossary.canonicalAgency("so van hoa the thao va du lich")).toBe("Sở Văn hóa, Thể thao và Du lịch");
  });

  it("keeps the former Sở Thông tin và Truyền thông apart from Sở Khoa học và Công nghệ", () => {
    expect(glossary.canonicalAgency("Sở Thông tin và Truyền thông")).toBe("Sở Thông tin và Truyền thông");
    expect(glossary.canonicalAgency("Sở TT&TT")).toBe("Sở Thông tin và Truyền thông");
    const entry = glossary.agencyEntry("Sở Thông tin và Truyền thông");
    expect(entry?.former).toBe(true);
    expect(entry?.note).toMatch(/merged into Sở Khoa học và Công nghệ in 2025/);
  });

  it("resolves a sub-unit in brackets to the agency it names", () => {
    expect(glossary.canonicalAgency("Sở NN&MT (Chi cục Thủy lợi và PCTT)")).toBe("Sở Nông nghiệp và Môi trường");
    expect(glossary.canonicalAgency("Sở Khoa học và Công nghệ (Sở KHCN)")).toBe("Sở Khoa học và Công nghệ");
    expect(glossary.canonicalAgency("Trung tâm Điều hành thông tin tỉnh (Văn phòng UBND tỉnh)")).toBe(
      "Trung tâm Điều hành thông tin tỉnh",
    );
  });

  it("returns null for text that is not an agency", () => {
    expect(glossary.canonicalAgency("Quý I, năm 2026")).toBeNull();
    expect(glossary.canonicalAgency("")).toBeNull();
    expect(glossary.canonicalAgency("Sở")).toBeNull();
  });

  it("every owner cell of the 429 plan's Phụ lục I resolves", () => {
    const lines = sourceLines("ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md");
    const ownerCells = lines
      .map((line) => line.split("\t"))
      .filter((cells) => cells.length === 8 && /^\d+\.\d+$/.test(cells[0] ?? ""))
      .map((cells) => cells[7] ?? "");
    expect(ownerCells.length).toBeGreaterThan(15);
    for (const cell of ownerCells) {
      for (const part of glossary.splitAgencies(cell)) expect(glossary.canonicalAgency(part.written)).not.toBeNull();
    }
  });
});

describe("splitAgencies", () => {
  it("splits the four-agency owner cell of 429 Phụ lục I", () => {
    const line = sourceLines("ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md").find((text) => text.startsWith("2.4\t"));
    const cell = line?.split("\t")[7] ?? "";
    expect(glossary.splitAgencies(cell).map((part) => part.canonical)).toEqual([
      "Sở Y tế",
      "Sở Giáo dục và Đào tạo",
      "Bảo hiểm xã hội tỉnh",
      "Sở Xây dựng",
    ]);
  });

  it("splits the NQ57 owner cell written over lines 4090–4098", () => {
    const cell = joinedLines("ke-hoach-thuc-hien-nghi-quyet-57-NQ-TW.txt", 4090, 4098);
    expect(glossary.splitAgencies(cell)).toEqual([
      { canonical: "Sở Xây dựng", written: "Sở Xây dựng" },
      { canonical: "Sở Tài chính", written: "Sở Tài chính" },
      { canonical: "Sở Nông nghiệp và Môi trường", written: "Sở Nông nghiệp và Môi trường" },
      { canonical: "Các địa phương", written: "các địa phương" },
    ]);
  });

  it("keeps the NQ57 coordinator cell (4100–4110) as two parts", () => {
    const cell = joinedLines("ke-hoach-thuc-hien-nghi-quyet-57-NQ-TW.txt", 4100, 4110);
    expect(glossary.splitAgencies(cell).map((part) => part.canonical)).toEqual([
      "Sở Khoa học và Công nghệ",
      "Các doanh nghiệp viễn thông",
    ]);
  });

  it("keeps names holding 'và' or commas whole", () => {
    expect(glossary.splitAgencies("Sở Khoa học và Công nghệ")).toHaveLength(1);
    expect(glossary.splitAgencies("Các sở, ban, ngành, địa phương")).toEqual([
      { canonical: "Các sở, ban, ngành, địa phương", written: "Các sở, ban, ngành, địa phương" },
    ]);
    expect(glossary.splitAgencies("Sở Văn hóa, Thể thao và Du lịch")).toHaveLength(1);
  });

  it("splits collective owners from the steering-committee programme", () => {
    const parts = glossary.splitAgencies(
      "*Văn phòng UBND tỉnh, Sở Khoa học và Công nghệ, Sở Tư pháp, Sở Tài chính và các sở, ban, ngành, đơn vị cấp tỉnh, UBND các xã, phường, đặc khu.”*",
    );
    expect(parts.map((part) => part.canonical)).toEqual([
      "Văn phòng UBND tỉnh",
      "Sở Khoa học và Công nghệ",
      "Sở Tư pháp",
      "Sở Tài chính",
      "Các sở, ban, ngành",
      "UBND cấp xã",
    ]);
  });

  it("splits on semicolons and on 'và' between agencies", () => {
    expect(glossary.splitAgencies("Văn phòng UBND tỉnh; Sở KH&CN; Các sở, ban, ngành, địa phương").map((part) => part.canonical)).toEqual([
      "Văn phòng UBND tỉnh",
      "Sở Khoa học và Công nghệ",
      "Các sở, ban, ngành, địa phương",
    ]);
    expect(glossary.splitAgencies("Công an tỉnh và các địa phương").map((part) => part.canonical)).toEqual([
      "Công an tỉnh",
      "Các địa phương",
    ]);
  });

  it("keeps unknown parts with their cleaned text", () => {
    expect(glossary.splitAgencies("Phòng Hạ tầng số và dữ liệu, Sở KH&CN")).toEqual([
      { canonical: "Phòng Hạ tầng số và dữ liệu", written: "Phòng Hạ tầng số và dữ liệu" },
      { canonical: "Sở Khoa học và Công nghệ", written: "Sở KH&CN" },
    ]);
    expect(glossary.splitAgencies("  ")).toEqual([]);
  });

  it("splits an owner cell of the 1982 decision with a typo ('ngảnh')", () => {
    expect(glossary.splitAgencies("Các sở,ban, ngảnh, UBND cấp huyện").map((part) => part.canonical)).toEqual([
      "Các sở, ban, ngành",
      "UBND cấp huyện",
    ]);
  });
});

describe("findAgencies", () => {
  it("finds an abbreviated agency in a lower-case question", () => {
    const question = "nhiệm vụ của sở kh&cn";
    expect(glossary.findAgencies(question)).toEqual([{ canonical: "Sở Khoa học và Công nghệ", written: "sở kh&cn", start: 13 }]);
  });

  it("finds unaccented mentions and prefers the longest one", () => {
    const found = glossary.findAgencies("so khcn va van phong ubnd tinh phoi hop gi");
    expect(found.map((mention) => mention.canonical)).toEqual(["Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh"]);
    expect(found[1]?.written).toBe("van phong ubnd tinh");
  });

  it("returns nothing when no agency is named", () => {
    expect(glossary.findAgencies("ai chủ trì csdl nha o")).toEqual([]);
  });

  it("gives offsets into the text", () => {
    const text = "Giao Sở VH TT & DL và Công an tỉnh thực hiện";
    for (const mention of glossary.findAgencies(text)) {
      expect(text.slice(mention.start, mention.start + mention.written.length)).toBe(mention.written);
    }
    expect(glossary.findAgencies(text).map((mention) => mention.canonical)).toEqual([
      "Sở Văn hóa, Thể thao và Du lịch",
      "Công an tỉnh",
    ]);
  });
});

describe("expandAbbreviations", () => {
  it("appends expansions of the abbreviations found", () => {
    expect(glossary.expandAbbreviations("ai chủ trì csdl nha o")).toBe("ai chủ trì csdl nha o cơ sở dữ liệu");
    const expanded = glossary.expandAbbreviations("Tỷ lệ TTHC có DVCTT, CĐS và ATTT");
    for (const expansion of ["thủ tục hành chính", "dịch vụ công trực tuyến", "chuyển đổi số", "an toàn thông tin"]) {
      expect(expanded).toContain(expansion);
    }
  });

  it("does not read the Vietnamese word 'ai' as AI", () => {
    expect(glossary.expandAbbreviations("ai chủ trì")).toBe("ai chủ trì");
    expect(glossary.expandAbbreviations("ứng dụng AI")).toContain("trí tuệ nhân tạo");
  });

  it("leaves text without abbreviations unchanged and skips expansions already present", () => {
    expect(glossary.expandAbbreviations("hạn hoàn thành là khi nào")).toBe("hạn hoàn thành là khi nào");
    expect(glossary.expandAbbreviations("cơ sở dữ liệu (CSDL)")).toBe("cơ sở dữ liệu (CSDL)");
  });

  it("lists the required abbreviations with expansions", () => {
    const listed = new Set(glossary.abbreviations.map((entry) => entry.abbreviation));
    for (const abbreviation of ["CSDL", "KH&CN", "CĐS", "TTHC", "DVCTT", "ATTT", "IOC", "SOC", "VNeID", "UBND", "HĐND", "BCĐ", "ĐMST", "CNTT", "KTS", "CQĐT", "VQG", "KTHH & QLCL"]) {
      expect(listed.has(abbreviation)).toBe(true);
    }
  });
});

describe("splitAgencies with a cooperation phrase", () => {
  it("separates the owner from the agencies it works with", () => {
    expect(
      glossary
        .splitAgencies("*Sở Khoa học và Công nghệ chủ trì phối hợp với Công an tỉnh, Sở Nội vụ, Văn phòng UBND tỉnh.*")
        .map((part) => part.canonical),
    ).toEqual(["Sở Khoa học và Công nghệ", "Công an tỉnh", "Sở Nội vụ", "Văn phòng UBND tỉnh"]);
  });
});

describe("loadGlossary", () => {
  it("loads once and returns the cached glossary", () => {
    expect(loadGlossary()).toBe(glossary);
    expect(glossary.agencies.length).toBeGreaterThan(50);
  });

  it("names the file and the fix when a glossary file is missing or invalid", () => {
    const folder = mkdtempSync(path.join(tmpdir(), "glossary-"));
    expect(() => loadGlossary(folder)).toThrow(GlossaryFileError);
    writeFileSync(path.join(folder, "agencies.json"), JSON.stringify({ headWords: [], agencies: [{ canonical: "X" }] }));
    writeFileSync(path.join(folder, "abbreviations.json"), JSON.stringify({ abbreviations: [] }));
    expect(() => loadGlossary(folder)).toThrow(/agencies\.json/);
  });

  it("refuses a spelling listed under two agencies", () => {
    const folder = mkdtempSync(path.join(tmpdir(), "glossary-"));
    const agencies = [
      { canonical: "Sở A", kind: "department", aliases: ["Sở X"] },
      { canonical: "Sở B", kind: "department", aliases: ["so x"] },
    ];
    writeFileSync(path.join(folder, "agencies.json"), JSON.stringify({ headWords: ["Sở"], agencies }));
    writeFileSync(
      path.join(folder, "abbreviations.json"),
      JSON.stringify({ abbreviations: [{ abbreviation: "CSDL", variants: [], expansions: ["cơ sở dữ liệu"] }] }),
    );
    expect(() => loadGlossary(folder)).toThrow(GlossaryConflictError);
  });
});

describe("splitAgencies on cells cut short", () => {
  it("keeps the beginning of a known name as one part", () => {
    expect(glossary.splitAgencies("Các sở, ban,")).toEqual([{ canonical: "Các sở, ban", written: "Các sở, ban" }]);
    expect(glossary.splitAgencies("Sở KH&CN, các đơn vị,").map((part) => part.canonical)).toEqual([
      "Sở Khoa học và Công nghệ",
      "các đơn vị",
    ]);
  });
});

describe("agency head words and diacritics", () => {
  const glossary = loadGlossary();
  it("reads a head word with its diacritics when the text has them: «Số» is no «Sở»", () => {
    expect(glossary.looksLikeAgency("Số cơ sở dữ liệu được kết nối vào kho")).toBe(false);
    expect(glossary.looksLikeAgency("Sở Giao thông vận tải")).toBe(true);
    expect(glossary.looksLikeAgency("so giao thong van tai")).toBe(true);
    expect(glossary.looksLikeAgency("Bố trí cán bộ")).toBe(false);
  });
});

describe("a Sở's initials glued to its S, as officials type them in chat", () => {
  const glossary = loadGlossary();

  it("reads STC, SYT, STP, SKHĐT as the agencies they abbreviate, with or without the 'và'", () => {
    expect(glossary.findAgencies("STC lam gi trong kh cds 2026").map((mention) => mention.canonical)).toEqual(["Sở Tài chính"]);
    expect(glossary.findAgencies("SYT chu tri gi").map((mention) => mention.canonical)).toEqual(["Sở Y tế"]);
    expect(glossary.findAgencies("STP chủ trì CSDL nào").map((mention) => mention.canonical)).toEqual(["Sở Tư pháp"]);
    expect(glossary.canonicalAgency("SKHĐT")).toBe("Sở Kế hoạch và Đầu tư");
    expect(glossary.canonicalAgency("SKHVĐT")).toBe("Sở Kế hoạch và Đầu tư");
  });

  it("a form two Sở share (SNV: Nội vụ, Ngoại vụ) is neither; 'STT' (số thứ tự) is no agency", () => {
    expect(glossary.canonicalAgency("SNV")).toBeNull();
    expect(glossary.findAgencies("STT 5")).toEqual([]);
  });
});
