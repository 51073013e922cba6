import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { segmentsOf } from "./text-segments.js";
import { initialsOf } from "./abbreviation-texts.js";

const sources = path.join(import.meta.dirname, "..", "..", "..", "knowledge", "sources");
const regexSplit = (text: string) => text.split(/[^\p{L}\s&]+|\n/u);
const edgeCases = ["", "\n", "a\n\nb", "..a b..", "a b.\nc d", "x😀y z", "😀", "𝐀𝐁 c", "a\u00a0b & c", "\r\n a b \r\n", "\ud800x y", "x y\udc00", "a\u2028b c", "ΑΣ.Β Σ", "Sở KH&CN, UBND tỉnh (CSDL) 2026\n- Bộ Tài chính"];

describe("a text's segments split by a scan", () => {
  it("are the regex split's, for every paragraph and line of two documents and for edge cases", () => {
    for (const file of ["ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md", "quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt"]) {
      const text = readFileSync(path.join(sources, file), "utf8").normalize("NFC");
      expect(segmentsOf(text)).toEqual(regexSplit(text));
      for (const paragraph of text.split(/\n\s*\n/)) expect(segmentsOf(paragraph)).toEqual(regexSplit(paragraph));
    }
    for (const text of edgeCases) expect(segmentsOf(text), JSON.stringify(text)).toEqual(regexSplit(text));
  });

  it("give the words and initials abbreviations are read in", () => {
    expect(initialsOf("Cơ sở dữ liệu (CSDL) của Sở KH&CN; hạ tầng số.")).toEqual({
      // "KH&CN" is no word of letters: "của Sở" is the segment's run.
      words: ["cơ", "sở", "dữ", "liệu", "", "của", "sở", "", "hạ", "tầng", "số", ""],
      initials: "csdl|cs|hts|",
    });
  });
});
