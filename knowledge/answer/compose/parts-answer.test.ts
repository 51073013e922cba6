import { describe, expect, it } from "vitest";
import type { Answer, Citation } from "../answer-types.js";
import { composeParts } from "./parts-answer.js";
import { fill } from "./templates.js";

const citation = (line: number): Citation => ({ file: "kh429.md", title: "Kế hoạch 429", locator: `mục (dòng ${line})`, quote: `dòng ${line}`, line });
const found = (first: string, lines: number[], details: string[] = []): Answer => {
  const citations = lines.map(citation);
  const sources = citations.map((one, index) => fill("sourceLine", { index: index + 1, document: one.title, locator: one.locator, quote: one.quote }));
  return { question: "q", found: true, kind: "value", text: [first, ...details, "", fill("sourcesHeading"), ...sources].join("\n"), citations, suggestions: [] };
};
const refused: Answer = { question: "q", found: false, kind: "owner", text: fill("refusal"), citations: [], suggestions: ["Gần nhất"] };

describe("composeParts", () => {
  it("puts the fact of every part first, then the details, then each source once", () => {
    const result = composeParts("5G 2025 và 2026?", ["5G 2025?", "5G 2026?"], [
      found("Kết quả Năm 2025: 74,2% — Tỷ lệ phủ sóng 5G.", [508], ["• Đơn vị tính: %"]),
      found("Mục tiêu Kế hoạch 2026: 80 % — Tỷ lệ phủ sóng 5G.", [508], ["• Đơn vị tính: %"]),
    ]);
    const lines = result.text.split("\n");
    expect(lines.slice(0, 3)).toEqual(["Kết quả Năm 2025: 74,2% — Tỷ lệ phủ sóng 5G.", "Mục tiêu Kế hoạch 2026: 80 % — Tỷ lệ phủ sóng 5G.", "• Đơn vị tính: %"]);
    expect(result.found).toBe(true);
    expect(result.citations).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith("[1]"))).toHaveLength(1);
  });

  it("keeps the sources of every part", () => {
    const result = composeParts("q", ["a?", "b?"], [found("Sở Y tế chủ trì: A.", [2628]), found("Sở Xây dựng chủ trì: B.", [2514])]);
    expect(result.citations.map((one) => one.line)).toEqual([2628, 2514]);
    expect(result.text).toContain("[2] Kế hoạch 429");
  });

  it("is not found when a part is not, and names that part", () => {
    const result = composeParts("q", ["ai chủ trì CSDL nhà ở?", "ai chủ trì tàu ngầm?"], [found("Sở Xây dựng chủ trì: CSDL nhà ở.", [2516]), refused]);
    expect(result.found).toBe(false);
    expect(result.text.split("\n")[1]).toBe(fill("partNotFound", { part: "ai chủ trì tàu ngầm" }));
    expect(result.citations).toHaveLength(1);
    expect(result.suggestions).toEqual(["Gần nhất"]);
  });
});
