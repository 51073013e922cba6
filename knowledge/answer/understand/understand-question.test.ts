import { describe, expect, it } from "vitest";
import type { DocumentInfo } from "../../../ingest/records/schemas.js";
import { loadGlossary } from "../../../vietnamese/glossary/glossary.js";
import { understandQuestion } from "./understand-question.js";

const documents: DocumentInfo[] = [
  {
    file: "ke-hoach-429.md",
    kind: "Kế hoạch",
    number: "429/KH-UBND",
    date: "2025-01-30",
    dateText: "ngày 30 tháng 01 năm 2025",
    issuer: "UBND tỉnh Quảng Trị",
    title: "Chuyển đổi số tỉnh Quảng Trị năm 2026",
    aliases: ["Kế hoạch 429", "KH 429", "429/KH-UBND"],
  },
  {
    file: "chuong-trinh.md",
    kind: "Chương trình",
    number: null,
    date: null,
    dateText: "năm 2025",
    issuer: "Ban Chỉ đạo của UBND tỉnh",
    title: "Công tác Ban Chỉ đạo năm 2026",
    aliases: ["Chương trình Công tác Ban Chỉ đạo năm 2026"],
  },
  {
    file: "quyet-dinh-1982.txt",
    kind: "Quyết định",
    number: "1982/QĐ-UBND",
    date: "2022-07-29",
    dateText: "ngày 29/7/2022",
    issuer: "UBND tỉnh Quảng Trị",
    title: "Ban hành Đề án chuyển đổi số tỉnh Quảng Trị",
    aliases: ["QĐ 1982", "Quyết định 1982", "1982/QĐ-UBND"],
  },
];

const understand = (question: string) => understandQuestion(question, loadGlossary(), documents);

describe("understandQuestion", () => {
  it("reads an owner question typed without diacritics", () => {
    const frame = understand("csdl nha o ai lam?");
    expect(frame.kind).toBe("owner");
    expect(frame.accented).toBe(false);
    expect(frame.topic).toBe("csdl nha o");
  });

  it("tells deadline, value, result, budget and coordinator questions apart", () => {
    expect(understand("hạn ban hành Khung kiến trúc số?").kind).toBe("deadline");
    expect(understand("chỉ tiêu phủ sóng 5G năm 2026?").kind).toBe("value");
    expect(understand("kết quả năm 2025 phủ sóng 5G?").kind).toBe("result");
    expect(understand("kinh phí dự án thành phần 3 là bao nhiêu?").kind).toBe("budget");
    expect(understand("đơn vị nào phối hợp xây dựng kho CSDL dùng chung?").kind).toBe("coordinators");
  });

  it("does not read the year of a named document's own name as a period asked, in two documents", () => {
    const dti = understand("Trong Chương trình Công tác Ban Chỉ đạo năm 2026, Công an tỉnh chủ trì những nhiệm vụ nào?");
    expect(dti.period).toBeNull();
    expect(dti.kind).toBe("list-by-agency");
    expect(understand("theo KH 429 2026 Sở Y tế chủ trì những nhiệm vụ nào?").period).toBeNull();
    // A year the question asks about, away from the document's name, is still a period.
    expect(understand("theo KH 429, Sở Y tế có nhiệm vụ nào đến hạn trong năm 2026?").period).toEqual({ from: "2026-01-01", to: "2026-12-31" });
  });

  it("reads 'how many' before an owner verb as a count, and 'who' with a count as an owner question", () => {
    expect(understand("Có bao nhiêu doanh nghiệp viễn thông đang cung cấp dịch vụ trên địa bàn tỉnh?").kind).toBe("value");
    expect(understand("co bao nhieu xa tham muu xay dung de an")).toMatchObject({ kind: "value" });
    expect(understand("đơn vị nào cung cấp số lượng doanh nghiệp?").kind).toBe("owner");
    expect(understand("ai chủ trì, kinh phí bao nhiêu?").kind).toBe("owner");
    expect(understand("Sở nào chủ trì tiêu chí được bao nhiêu điểm?").kind).toBe("owner");
  });

  it("reads a question that ends in a bare period word, or asks 'T mấy', as a deadline question", () => {
    expect(understand("KH hưởng ứng Ngày CĐS QG 2026: tháng?").kind).toBe("deadline");
    expect(understand("CS phát triển nhân lực KHCN - ban hành T mấy/2026?").kind).toBe("deadline");
    expect(understand("Kế hoạch hưởng ứng Ngày CĐS tháng 10 của Sở nào?").kind).not.toBe("deadline");
    expect(understand("VPTW báo cáo NQ57 định kỳ bao lâu một lần?").kind).toBe("deadline");
    expect(understand("bao cao so ket may thang mot lan").kind).toBe("deadline");
  });

  it("reads lists by agency and by period", () => {
    const byAgency = understand("Công an tỉnh chủ trì những nhiệm vụ nào?");
    expect(byAgency.kind).toBe("list-by-agency");
    expect(byAgency.agencies[0]?.canonical).toBe("Công an tỉnh");
    const byPeriod = understand("việc gì đến hạn tháng 3/2026?");
    expect(byPeriod.kind).toBe("list-by-period");
    expect(byPeriod.period).toEqual({ from: "2026-03-01", to: "2026-03-31" });
  });

  it("a duty word asked with 'gì' about a named agency asks what it does, not who", () => {
    expect(understand("Sở Tài chính có trách nhiệm gì trong tổ chức thực hiện KH 429?").kind).toBe("list-by-agency");
    expect(understand("Trong tổ chức thực hiện, Công an tỉnh chịu trách nhiệm nội dung gì?").kind).toBe("list-by-agency");
    expect(understand("so tai chinh co trach nhiem gi").kind).toBe("list-by-agency");
    // A "who" word, or no agency named, keeps the owner question.
    expect(understand("Ai chịu trách nhiệm xây dựng CSDL đất đai?").kind).toBe("owner");
    expect(understand("Cơ quan nào chịu trách nhiệm gì trong việc cấp chữ ký số?").kind).toBe("owner");
  });

  it("an agency and its duties with nothing else asked is the list of what it does", () => {
    expect(understand("nhiem vu cua so tai chinh").kind).toBe("list-by-agency");
    expect(understand("NV Sở TC trong KH 429").kind).toBe("list-by-agency");
    // A deadline or an owner asked keeps its kind.
    expect(understand("hạn nhiệm vụ CSDL giá của Sở Tài chính").kind).toBe("deadline");
  });

  it("does not read 'đất' as the value cue 'đạt' when diacritics are typed", () => {
    const frame = understand("ai chủ trì CSDL đất đai?");
    expect(frame.kind).toBe("owner");
    expect(frame.topic).toContain("đất đai");
  });

  it("keeps 'Quảng Nam' in the topic: 'năm' is a period word only before a number", () => {
    expect(understand("Quảng Nam có kế hoạch chuyển đổi số năm 2026 không?").topic).toContain("quảng nam");
  });

  it("names a document by number, and a loose name only after a citing word", () => {
    expect(understand("theo KH 429 ai chủ trì phủ sóng 5G").documentFiles).toEqual(["ke-hoach-429.md"]);
    expect(understand("theo chương trình công tác, ai chủ trì X").documentFiles).toEqual(["chuong-trinh.md"]);
    const loose = understand("chương trình công tác tháng 1 có gì");
    expect(loose.documentFiles).toEqual([]);
    expect(loose.preferredFiles).toEqual(["chuong-trinh.md"]);
  });

  it("does not read a document number as a year", () => {
    const frame = understand("QĐ 1982 ai chủ trì kho dữ liệu");
    expect(frame.year).toBeNull();
    expect(frame.documentFiles).toEqual(["quyet-dinh-1982.txt"]);
  });

  it("writes out chat shorthand but still reads the question as typed without diacritics", () => {
    const frame = understand("qt cu ha tang so bn diem");
    expect(frame.accented).toBe(false);
    expect(frame.kind).toBe("score");
    expect(frame.topic).toContain("cu ha tang so");
  });
});

describe("a place in the document is not the subject", () => {
  const glossary = loadGlossary();

  it("takes an appendix out of the topic, with or without its number", () => {
    for (const question of ["Nhiệm vụ CĐS trong lĩnh vực tài chính - ngân hàng ở phụ lục Đề án giao ai chủ trì?", "Chuyển đổi số trong lĩnh vực tài chính - ngân hàng theo Phụ lục III giao ai chủ trì?"]) {
      const frame = understandQuestion(question, glossary, documents);
      expect(frame.topic).toContain("tài chính");
      expect(frame.topic).not.toMatch(/phụ|lục|\biii\b/u);
    }
  });

  it("reads a question for a sum, and keeps the words that may open an indicator's name in its topic", () => {
    const total = understandQuestion("Tổng dự toán kinh phí các nhiệm vụ trọng tâm trong phụ lục QĐ 1982 là bao nhiêu?", glossary, documents);
    expect(total.asksTotal).toBe(true);
    const indicator = understandQuestion("Tổng chi NSNN cho chuyển đổi số do ai cung cấp?", glossary, documents);
    expect(indicator.asksTotal).toBe(true);
    expect(indicator.topic).toContain("tổng chi");
    expect(understandQuestion("Kinh phí cho CĐS giáo dục là bao nhiêu?", glossary, documents).asksTotal).toBe(false);
  });
});

describe("what is asked is read outside the clause that says what for", () => {
  const glossary = loadGlossary();

  it("reads a bound asked after a purpose clause as a value, not as the points the clause names", () => {
    const frame = understandQuestion("Để đạt điểm, tỷ lệ công chức, viên chức chuyên trách về chuyển đổi số phải đạt tối thiểu bao nhiêu?", glossary, documents);
    expect(frame.kind).toBe("value");
    expect(frame.askedFields).not.toContain("score");
    // Without the clause, points asked are points.
    expect(understandQuestion("Tỷ lệ công chức chuyên trách về chuyển đổi số đạt tối đa bao nhiêu điểm?", glossary, documents).kind).toBe("score");
  });

  it("matches the subject with and without the bound, which a title may write", () => {
    const frame = understandQuestion("Số trạm BTS xây mới tối thiểu năm 2026?", glossary, documents);
    expect(frame.topic).not.toMatch(/tối thiểu/u);
    expect(frame.topics.some((topic) => topic.includes("tối thiểu"))).toBe(true);
    const folded = understandQuestion("tinh can danh it nhat bao nhieu phan tram ngan sach cho an toan an ninh mang", glossary, documents);
    expect(folded.topic).not.toMatch(/it nhat/u);
    expect(folded.topics.some((topic) => topic.includes("it nhat"))).toBe(true);
  });
});

describe("a role named with its agency noun is what is asked", () => {
  const glossary = loadGlossary();

  it("reads 'cơ quan cung cấp', 'đơn vị theo dõi' as asking who, out of the topic", () => {
    for (const question of ["Số lượng thủ tục hành chính trong thông tin chung - cơ quan cung cấp?", "Tỷ lệ hồ sơ trực tuyến toàn trình: đơn vị theo dõi?"]) {
      const frame = understandQuestion(question, glossary, documents);
      expect(frame.kind).toBe("owner");
      expect(frame.topic).not.toMatch(/cơ quan|đơn vị/u);
    }
  });
});
