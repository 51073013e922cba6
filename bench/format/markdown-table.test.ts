import { describe, expect, it } from "vitest";
import { fixed, markdownTable, percentText } from "./markdown-table.js";

describe("markdownTable", () => {
  it("right-aligns numeric columns and escapes pipes", () => {
    const table = markdownTable(["Tài liệu", "ms"], [["a|b", 1.5], ["c", null]]);
    expect(table.split("\n")).toEqual(["| Tài liệu | ms |", "| --- | ---: |", "| a\\|b | 1.5 |", "| c | – |"]);
  });
});

describe("fixed and percentText", () => {
  it("rounds and prints shares", () => {
    expect(fixed(1.2345, 2)).toBe(1.23);
    expect(fixed(Number.NaN)).toBeNull();
    expect(percentText(0.8125)).toBe("81.3 %");
  });
});

describe("markdownTable alignment", () => {
  it("leaves a column of blanks left-aligned", () => {
    expect(markdownTable(["Error"], [[null]]).split("\n")[1]).toBe("| --- |");
  });
});
