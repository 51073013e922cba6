import { describe, expect, it } from "vitest";
import { decodeEntities, htmlToLines } from "./html-to-lines.js";

describe("htmlToLines", () => {
  it("keeps paragraphs as lines and table rows as tab-separated cells", () => {
    const html =
      "<h1>Kế hoạch</h1><p>Đoạn <strong>một</strong></p>" +
      "<table><tr><td><p>STT</p></td><td><p>Nội dung</p></td></tr>" +
      "<tr><td><p>1</p></td><td><p>Dòng đầu</p><p>dòng hai</p></td></tr></table><p>Hết</p>";
    expect(htmlToLines(html)).toEqual(["Kế hoạch", "Đoạn một", "STT\tNội dung", "1\tDòng đầu dòng hai", "Hết"]);
  });

  it("fills column and row spans with empty cells so rows line up", () => {
    const html =
      "<table><tr><td rowspan=\"2\">STT</td><td rowspan=\"2\">Tên</td><td colspan=\"3\">Kinh phí</td><td rowspan=\"2\">Ghi chú</td></tr>" +
      "<tr><td>Tổng số</td><td>Trung ương</td><td>Địa phương</td></tr>" +
      "<tr><td>1</td><td>Dự án</td><td>10</td><td>6</td><td>4</td><td></td></tr></table>";
    expect(htmlToLines(html)).toEqual([
      "STT\tTên\tKinh phí\t\t\tGhi chú",
      "\t\tTổng số\tTrung ương\tĐịa phương\t",
      "1\tDự án\t10\t6\t4\t",
    ]);
  });

  it("writes list items with markers and decodes entities", () => {
    expect(htmlToLines("<ul><li>Sở KH&amp;CN</li><li>Công an tỉnh</li></ul><ol><li>Một</li><li>Hai</li></ol>")).toEqual([
      "- Sở KH&CN",
      "- Công an tỉnh",
      "1. Một",
      "2. Hai",
    ]);
    expect(decodeEntities("&lt;p&gt; &#273; &#x1EA1;")).toBe("<p> đ ạ");
  });

  it("flattens a table nested in a cell into that cell's text", () => {
    const html = "<table><tr><td>A</td><td><table><tr><td>x</td><td>y</td></tr></table></td></tr></table>";
    expect(htmlToLines(html)).toEqual(["A\tx y"]);
  });
});
