import { describe, expect, it } from "vitest";
import { parseSource, parseText } from "./test-helpers.js";

const { tables } = parseSource("ke-hoach-nang-cao-chi-so-DTI-2025.txt");
const scores = tables.find((table) => table.headers.some((header) => header.startsWith("Điểm năm")));
if (!scores) throw new Error("score table not found");
const valueOf = (rowName: string, header: string) => {
  const row = scores.rows.find((candidate) => candidate.cells.some((cell) => cell.column === 1 && cell.text === rowName));
  const column = scores.headers.indexOf(header);
  return row?.cells.find((cell) => cell.column === column)?.text;
};

describe("pdf-criteria on the DTI plan: Phụ lục 1 scores", () => {
  it("names each value column with its kind, year and subject", () => {
    expect(scores.appendix).toBe("Phụ lục 1");
    expect(scores.unit).toBe("điểm");
    expect(scores.headers).toEqual(expect.arrayContaining([
      "Điểm tối đa",
      "Điểm năm 2024 Tỉnh Quảng Bình",
      "Điểm năm 2024 Tỉnh Quảng Trị (cũ)",
      "Xếp hạng năm 2024 Tỉnh Quảng Trị (mới)",
    ]));
    expect(scores.rows.filter((row) => row.itemNumber !== null)).toHaveLength(8);
  });

  it("reads the 2024 score of each pillar as written", () => {
    expect(valueOf("Hạ tầng số", "Điểm năm 2024 Tỉnh Quảng Trị (cũ)")).toBe("127,7");
    expect(valueOf("Hạ tầng số", "Điểm năm 2024 Tỉnh Quảng Bình")).toBe("106,75");
    expect(valueOf("Hạ tầng số", "Điểm tối đa")).toBe("200");
    expect(valueOf("Nhân lực số", "Điểm năm 2024 Tỉnh Quảng Bình")).toBe("1,93");
    expect(valueOf("Nhận thức số", "Điểm năm 2024 Tỉnh Quảng Trị (cũ)")).toBe("40");
    expect(valueOf("Hoạt động xã hội số", "Điểm năm 2024 Tỉnh Quảng Trị (cũ)")).toBe("107,33");
    expect(valueOf("Hoạt động xã hội số", "Điểm tối đa")).toBe("150");
  });

  it("reads the overall rankings", () => {
    expect(valueOf("Xếp hạng chung", "Xếp hạng năm 2024 Tỉnh Quảng Trị (mới)")).toBe("33/34");
    expect(valueOf("Xếp hạng chung", "Xếp hạng năm 2024 Tỉnh Quảng Bình")).toBe("63/63");
    expect(valueOf("Xếp hạng chung", "Xếp hạng năm 2024 Tỉnh Quảng Trị (cũ)")).toBe("41/63");
    const rankRow = scores.rows.find((row) => row.itemNumber === null);
    expect(rankRow?.sourceLines.map((source) => source.line)).toEqual([284, 286, 288]);
  });

  it("needs at least two scored headings", () => {
    expect(parseText("one.txt", "1. Về Nhận thức số\n\nTỉnh A: 40/50 điểm\n").tables).toEqual([]);
  });
});
