import { describe, expect, it } from "vitest";
import { replaceTableRegions } from "./pdf-table-lines.js";

const table = [
  ["STT", "Nội dung", "Đơn vị chủ\ntrì"],
  ["1", "Xây dựng cơ sở\ndữ liệu", "Sở Xây\ndựng"],
];

describe("replaceTableRegions", () => {
  it("replaces the lines holding a table's words by one tab-separated line per row", () => {
    const page = "Phụ lục\nSTT Nội dung Đơn vị chủ\ntrì\n1 Xây dựng cơ sở\ndữ liệu\nSở Xây\ndựng\nNơi nhận";
    expect(replaceTableRegions(page, [table])).toEqual({
      lines: ["Phụ lục", "STT\tNội dung\tĐơn vị chủ trì", "1\tXây dựng cơ sở dữ liệu\tSở Xây dựng", "Nơi nhận"],
      replacedTables: 1,
    });
  });

  it("keeps the page text when the lines do not hold exactly the table's words", () => {
    const page = "STT Nội dung Đơn vị chủ\ntrì\n1 Xây dựng\nSở Xây dựng";
    expect(replaceTableRegions(page, [table])).toEqual({ lines: page.split("\n"), replacedTables: 0 });
  });

  it("leaves a page without tables as it is", () => {
    expect(replaceTableRegions("Dòng một\nDòng hai", []).lines).toEqual(["Dòng một", "Dòng hai"]);
  });
});
