import { describe, expect, it } from "vitest";
import { abbreviationKey, DocumentAbbreviations } from "./document-abbreviations.js";
import { expandLearnedAbbreviations } from "./expand-learned.js";
import { MemoryVocabulary } from "../../../ingest/index/vocabulary/corpus-vocabulary.js";

const texts = [
  { file: "a.md", text: "Xây dựng Cơ sở dữ liệu (CSDL) dùng chung. Kết quả thực hiện năm 2025. Báo cáo kết quả hằng quý." },
  { file: "b.md", text: "Triển khai Đề án chuyển đổi số; kinh phí thực hiện đề án. Dự án đầu tư công; các dự án khác." },
  { file: "b.md", text: "Kết quả đạt được; khó khăn. Phát triển khoa học và công nghệ, khoa học và công nghệ." },
  { file: "c.md", text: "Trung tâm Phục vụ hành chính công tỉnh (sau đây gọi tắt là TTPVHCC) tiếp nhận hồ sơ." },
];

describe("DocumentAbbreviations", () => {
  const abbreviations = DocumentAbbreviations.fromTexts(texts);

  it("reads an abbreviation a document defines, with its definition as evidence", () => {
    const [reading] = abbreviations.readings("CSDL");
    expect(reading).toMatchObject({ phrase: "cơ sở dữ liệu", defined: true });
    expect(reading?.example.text).toContain("(CSDL)");
    expect(abbreviations.readings("ttpvhcc")[0]).toMatchObject({ phrase: "trung tâm phục vụ hành chính công", defined: true, example: { file: "c.md" } });
  });

  it("reads initials as the phrases the documents use, ranked by use, Đ and D folded", () => {
    expect(abbreviations.readings("KQ").map((reading) => [reading.phrase, reading.count])).toEqual([["kết quả", 3]]);
    // Đề án and dự án are both used twice: an ambiguous abbreviation keeps every reading.
    expect(abbreviations.readings("ĐA").map((reading) => reading.phrase).sort()).toEqual(["dự án", "đề án"]);
    expect(abbreviations.readings("da")).toEqual(abbreviations.readings("ĐA"));
    expect(abbreviations.readings("KH&CN")[0]?.phrase).toBe("khoa học và công nghệ");
  });

  it("gives no reading for a phrase used once, a run of function words, or letters no phrase has", () => {
    expect(abbreviations.readings("KK")).toEqual([]);
    expect(abbreviations.readings("vc")).toEqual([]);
    expect(abbreviations.readings("zz")).toEqual([]);
    expect(abbreviationKey("KH&CN")).toBe("khvcn");
  });
});

describe("expandLearnedAbbreviations", () => {
  const abbreviations = DocumentAbbreviations.fromTexts([
    ...texts,
    { file: "d.md", text: "Theo Kế hoạch số 429/KH-UBND và Quyết định 1982/QĐ-UBND; đa dạng hoá nguồn lực." },
  ]);
  const none = () => false;

  it("writes out an abbreviation no glossary names, keeping the other readings as alternatives", () => {
    const expansion = expandLearnedAbbreviations("KQ thực hiện năm 2025 của ĐA?", abbreviations, none);
    expect(expansion.abbreviations.map((abbreviation) => abbreviation.written)).toEqual(["KQ", "ĐA"]);
    expect(expansion.question).toMatch(/^kết quả thực hiện năm 2025 của (đề án|dự án)\?$/u);
    expect(expansion.alternatives).toHaveLength(1);
    expect(expansion.alternatives[0]).not.toBe(expansion.question);
  });

  it("writes the reading folded in a question typed without diacritics", () => {
    expect(expandLearnedAbbreviations("kq thuc hien 2025", abbreviations, none).question).toBe("ket qua thuc hien 2025");
  });

  it("leaves words, abbreviations the documents write in capitals and glossary abbreviations alone", () => {
    expect(expandLearnedAbbreviations("đa dạng theo KH 429", abbreviations, none).abbreviations).toEqual([]);
    expect(expandLearnedAbbreviations("KQ ĐA csdl", abbreviations, (folded) => folded === "kq").abbreviations.map((abbreviation) => abbreviation.written)).toEqual(["ĐA"]);
  });
});

describe("readings in the question's context", () => {
  const abbreviations = DocumentAbbreviations.fromTexts([
    { file: "a.md", text: "Kiện toàn tổ chức bộ máy. Tổ chức hội nghị tổng kết. Tổ chức tập huấn cho cán bộ." },
    { file: "a.md", text: "Chuyển đổi số trong lĩnh vực tài chính - ngân hàng; thanh toán qua ngân hàng." },
    { file: "b.md", text: "Sở Tài chính bố trí kinh phí. Báo cáo tài chính hằng năm." },
    { file: "b.md", text: "Tổ chức thực hiện kế hoạch. Tổ chức kiểm tra định kỳ." },
  ]);

  it("puts first the reading the question's other words go with, by use otherwise", () => {
    expect(abbreviations.readings("TC")[0]?.phrase).toBe("tổ chức");
    expect(abbreviations.readingsInContext("TC", new Set(["ngan", "hang"]))[0]?.phrase).toBe("tài chính");
    expect(abbreviations.readingsInContext("TC", new Set(["hoi", "nghi"]))[0]?.phrase).toBe("tổ chức");
  });

  it("reads an abbreviation's texts once, however many contexts it is read in", () => {
    const texts = [
      { file: "a.md", text: "Kiện toàn tổ chức bộ máy. Tổ chức hội nghị tổng kết. Tổ chức tập huấn cho cán bộ." },
      { file: "a.md", text: "Chuyển đổi số trong lĩnh vực tài chính - ngân hàng; thanh toán qua ngân hàng." },
      { file: "b.md", text: "Sở Tài chính bố trí kinh phí. Báo cáo tài chính hằng năm." },
      { file: "b.md", text: "Tổ chức thực hiện kế hoạch. Tổ chức kiểm tra định kỳ." },
    ];
    const vocabulary = new MemoryVocabulary({ passages: texts });
    let reads = 0;
    const counting = Object.assign(Object.create(vocabulary) as MemoryVocabulary, {
      textsWithInitials: (key: string) => {
        reads += 1;
        return vocabulary.textsWithInitials(key);
      },
    });
    const learned = new DocumentAbbreviations(counting);
    expect(learned.readingsInContext("TC", new Set(["ngan", "hang"]))[0]?.phrase).toBe("tài chính");
    expect(learned.readingsInContext("TC", new Set(["hoi", "nghi"]))[0]?.phrase).toBe("tổ chức");
    expect(learned.readings("TC").length).toBeGreaterThan(0);
    expect(reads).toBe(1);
  });

  it("writes the question out with the reading its context chooses", () => {
    expect(expandLearnedAbbreviations("CĐS TC ngân hàng ai chủ trì", abbreviations, () => false).question).toContain("tài chính ngân hàng");
  });
});

describe("a reading must be a unit of its own, not a run across two words", () => {
  // Initials do not tell a word from a run across words: "HN" fits "hội nghị" and "(thực) hiện nghị (quyết)".
  const abbreviations = DocumentAbbreviations.fromTexts([
    { file: "plan.md", text: "Thực hiện Nghị quyết số 57. Thực hiện Nghị quyết số 71. Thực hiện Nghị định 45. Tổ chức hội nghị tổng kết." },
    { file: "plan.md", text: "Hội nghị trực tuyến với các xã. Chuẩn bị hội nghị sơ kết." },
    { file: "report.txt", text: "Hướng dẫn triển khai đề án; hướng dẫn triển khai kế hoạch; hướng dẫn triển khai dự án; dự toán kinh phí năm sau, lập dự toán kinh phí chi tiết." },
  ]);

  it("a phrase nearly always written after the same syllable is part of a longer word run", () => {
    expect(abbreviations.readings("HN").map((reading) => reading.phrase)).toEqual(["hội nghị"]);
    // "dẫn triển" always sits in "hướng dẫn triển khai": "DT" reads "dự toán" only.
    expect(abbreviations.readings("DT").map((reading) => reading.phrase)).toEqual(["dự toán"]);
  });

  it("a phrase used too seldom to judge by its neighbours (twice, both after \"dự toán\") is kept", () => {
    expect(abbreviations.readings("KP").map((reading) => reading.phrase)).toEqual(["kinh phí"]);
  });
});

describe("words of a name the question already reads are not abbreviations", () => {
  const abbreviations = DocumentAbbreviations.fromTexts([
    { file: "a.md", text: "Hoàn thiện thể chế số. Thể chế về dữ liệu. Tổ chức thực hiện kế hoạch; tổ chức thực hiện đề án." },
  ]);

  it("'TC' in the agency 'Sở TC' stays as written; 'TCTH' is written out", () => {
    const expansion = expandLearnedAbbreviations("NV Sở TC trong TCTH?", abbreviations, () => false, new Set(["Sở", "TC"]));
    expect(expansion.abbreviations.map((abbreviation) => abbreviation.written)).toEqual(["TCTH"]);
    expect(expansion.question).toBe("NV Sở TC trong tổ chức thực hiện?");
  });
});

describe("a longer abbreviation keeps a name that always follows the same word", () => {
  const abbreviations = DocumentAbbreviations.fromTexts([
    { file: "a.md", text: "Kết nối mạng truyền số liệu chuyên dùng. Nâng cấp mạng truyền số liệu chuyên dùng cấp II. Sử dụng mạng truyền số liệu chuyên dùng." },
  ]);

  it("TSLCD reads 'truyền số liệu chuyên dùng' though 'mạng' is always before it", () => {
    expect(abbreviations.readings("TSLCD")[0]?.phrase).toBe("truyền số liệu chuyên dùng");
  });
});

describe("a text the documents write several times counts each time it is written", () => {
  const repeated = "Tổ chức hội nghị; tổ chức tập huấn; tổ chức kiểm tra.";
  const abbreviations = DocumentAbbreviations.fromTexts([
    { file: "a.md", text: repeated },
    { file: "b.md", text: repeated },
    { file: "b.md", text: "Tài chính ngân hàng; vốn tài chính công; tài chính số." },
    { file: "b.md", text: repeated },
  ]);

  it("its phrases are counted in every copy, the first copy is the example", () => {
    expect(abbreviations.readings("TC").map((reading) => [reading.phrase, reading.count, reading.example.file])).toEqual([
      ["tổ chức", 9, "a.md"],
      ["tài chính", 3, "b.md"],
    ]);
  });

  it("a question's word held by one text of four tells the readings apart (a quarter of the texts, not a half of the distinct ones)", () => {
    expect(abbreviations.readingsInContext("TC", new Set(["ngan", "hang"])).map((reading) => reading.phrase)).toEqual(["tài chính", "tổ chức"]);
    expect(abbreviations.readingsInContext("TC", new Set(["hoi", "nghi"])).map((reading) => reading.phrase)).toEqual(["tổ chức", "tài chính"]);
  });
});
