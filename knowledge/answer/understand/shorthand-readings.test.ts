import { describe, expect, it } from "vitest";
import { expandShorthand } from "../../../vietnamese/glossary/chat-shorthand.js";
import { DocumentAbbreviations } from "./document-abbreviations.js";
import { otherShorthandReadings } from "./shorthand-readings.js";

// Two documents that use "kiểm tra" and "kinh tế" (both spelt K-T), and never "bao nhiêu".
const abbreviations = DocumentAbbreviations.fromTexts([
  { file: "ke-hoach.md", text: "Ban hành Quy trình kiểm tra, đánh giá an toàn thông tin các thiết bị. Tổ chức kiểm tra định kỳ. Phát triển kinh tế số." },
  { file: "de-an.txt", text: "Kiểm tra việc triển khai Nghị quyết. Kinh tế số chiếm 20% GRDP. Phát triển kinh tế tập thể. Kiểm tra, giám sát." },
]);

const readings = (asked: string) => otherShorthandReadings(asked, expandShorthand(asked), abbreviations);

describe("other readings of chat shorthand", () => {
  it("reads initials shorthand the way the documents also spell them", () => {
    // The shorthand table writes "kt" as "kinh tế"; the documents also write "kiểm tra".
    expect(expandShorthand("QĐ quy trình KT ATTT thiết bị khi nào")).toContain("kinh tế");
    expect(readings("QĐ quy trình KT ATTT thiết bị khi nào")).toEqual(["QĐ quy trình kiểm tra ATTT thiết bị khi nào"]);
  });

  it("writes the reading folded in a question typed without diacritics", () => {
    expect(readings("quy trinh kt thiet bi")).toEqual(["quy trinh kiem tra thiet bi"]);
  });

  it("leaves chat shorthand the documents never spell alone", () => {
    // "bn" is "bao nhiêu", which no document's initials give.
    expect(readings("tỷ trọng KTS bn")).toEqual([]);
  });

  it("gives nothing for a question without shorthand", () => {
    expect(readings("quy trình kiểm tra thiết bị")).toEqual([]);
  });
});
