import { describe, expect, it } from "vitest";
import type { Word } from "./geometry.js";
import { findTextTables } from "./text-tables.js";

/** Words of one line: each piece of text starts at its x, 4.5 points a character, a space between words. */
function line(top: number, pieces: [number, string][], size = 8): Word[] {
  return pieces.flatMap(([x, text]) => {
    let at = x;
    return text.split(" ").map((token) => {
      const word: Word = { text: token, x0: at, x1: at + 4.5 * token.length, top, bottom: top + size, size, bold: false };
      at = word.x1 + 4.5;
      return word;
    });
  });
}

const cellsOf = (words: Word[], furniture = new Set<Word>()) => findTextTables(words, furniture).tables.map((table) => table.rows.map((row) => row.cells.map((cell) => cell.text)));

describe("findTextTables", () => {
  // Three columns at x 50, 90 and 260; cell lines 10 points apart, rows 15 points apart (cell padding).
  const table = [
    ...line(100, [[50, "STT"], [90, "Nội dung"], [260, "Chủ trì"]]),
    ...line(115, [[50, "1"], [90, "Xây dựng cơ sở dữ"], [260, "Sở Xây dựng"]]),
    ...line(125, [[90, "liệu nhà ở"]]),
    ...line(140, [[50, "2"], [90, "Nâng cấp mạng"], [260, "Sở KH&CN"]]),
    ...line(155, [[50, "3"], [90, "Cấp chữ ký số"], [260, "Công an"]]),
    ...line(165, [[260, "tỉnh"]]),
    ...line(180, [[50, "4"], [90, "Số hóa hồ sơ"], [260, "Sở Nội vụ"]]),
  ];

  it("reads a table without rulings from its aligned columns, rows from their spacing, wrapped lines joined into their cells", () => {
    expect(cellsOf(table)).toEqual([
      [
        ["STT", "Nội dung", "Chủ trì"],
        ["1", "Xây dựng cơ sở dữ liệu nhà ở", "Sở Xây dựng"],
        ["2", "Nâng cấp mạng", "Sở KH&CN"],
        ["3", "Cấp chữ ký số", "Công an tỉnh"],
        ["4", "Số hóa hồ sơ", "Sở Nội vụ"],
      ],
    ]);
  });

  it("leaves out a heading above the table and a running header set apart, and keeps their words as text", () => {
    const heading = line(85, [[50, "Phụ lục I"]]);
    const running = line(60, [[300, "Kế hoạch số 429"]]);
    const found = findTextTables([...running, ...heading, ...table], new Set(running));
    expect(found.tables).toHaveLength(1);
    expect(found.tables[0]?.rows[0]?.cells.map((cell) => cell.text)).toEqual(["STT", "Nội dung", "Chủ trì"]);
    expect(found.rest).toEqual([...running, ...heading]);
  });

  it("finds no table in body text, whose word gaps fall at different places on every line", () => {
    const paragraph = [
      "Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
      "quốc gia là đột phá quan trọng hàng đầu, là động lực chính để phát",
      "triển nhanh lực lượng sản xuất hiện đại, hoàn thiện quan hệ sản xuất,",
      "đổi mới phương thức quản trị quốc gia, phát triển kinh tế - xã hội,",
      "ngăn chặn nguy cơ tụt hậu, đưa đất nước phát triển bứt phá, giàu",
      "mạnh trong kỷ nguyên mới. Đây là nhiệm vụ của cả hệ thống chính trị",
      "với sự vào cuộc của toàn dân, doanh nghiệp và các nhà khoa học.",
    ].flatMap((text, index) => line(100 + 10 * index, [[50, text]]));
    expect(cellsOf(paragraph)).toEqual([]);
  });

  it("needs several rows and three columns: two aligned columns or a few rows are no table", () => {
    const twoColumns = table.filter((word) => word.x0 < 260);
    expect(cellsOf(twoColumns)).toEqual([]);
    expect(cellsOf(table.filter((word) => word.top <= 125))).toEqual([]);
  });
});
