import { describe, expect, it } from "vitest";
import { foldText } from "../../../vietnamese/fold.js";
import { clauseWithNumber, namedLabelWords, partnersClause } from "./guidance-clause.js";

describe("clauseWithNumber", () => {
  const guidance =
    "1. Nội dung thực hiện: Sở KHCN chủ trì, phối hợp với các doanh nghiệp viễn thông đưa ra phương án. 2. Điều kiện đảm bảo: >80% hộ gia đình có kết nối Internet băng rộng cáp quang.";

  it("picks the labelled clause that states a number", () => {
    expect(clauseWithNumber(guidance, foldText("tỷ lệ hộ gia đình có internet cáp quang phải đạt bao nhiêu"))).toEqual({
      text: "Điều kiện đảm bảo: >80% hộ gia đình có kết nối Internet băng rộng cáp quang",
      number: ">80%",
      named: false,
    });
  });

  it("prefers the clause whose label the question names", () => {
    const twoNumbers = "1. Nội dung thực hiện: đăng tải 10 tin mỗi quý; 2. Điều kiện đảm bảo: 52 tin bài/năm trở lên";
    expect(clauseWithNumber(twoNumbers, foldText("điều kiện đảm bảo là bao nhiêu tin bài"))?.number).toBe("52");
    expect(clauseWithNumber(twoNumbers, foldText("nội dung thực hiện mấy tin"))?.number).toBe("10");
  });

  it("says whether the question names the clause's label by its head words", () => {
    const twoNumbers = "1. Nội dung thực hiện: đăng tải 10 tin mỗi quý; 2. Điều kiện đảm bảo: 52 tin bài/năm trở lên";
    expect(clauseWithNumber(twoNumbers, foldText("điều kiện để đạt điểm là bao nhiêu tin bài"))).toMatchObject({ number: "52", named: true });
    expect(clauseWithNumber(twoNumbers, foldText("phải đạt bao nhiêu tin"))?.named).toBe(false);
  });

  it("gives the label words a question names, and none for a label named by one word only", () => {
    expect(namedLabelWords(guidance, foldText("điều kiện để đạt tiêu chí hộ gia đình cáp quang"))).toEqual(["dieu", "kien"]);
    expect(namedLabelWords(guidance, foldText("tiêu chí hộ gia đình cáp quang yêu cầu điều kiện đảm bảo bao nhiêu"))).toEqual(["dieu", "kien", "dam", "bao"]);
    expect(namedLabelWords(guidance, foldText("nội dung thực hiện tiêu chí cáp quang"))).toEqual(["noi", "dung", "thuc", "hien"]);
    expect(namedLabelWords(guidance, foldText("đảm bảo cáp quang hộ gia đình"))).toEqual([]);
  });

  it("finds nothing when the clauses state no number but years", () => {
    expect(clauseWithNumber("1. Nội dung thực hiện: triển khai trong năm 2025. 2. Điều kiện đảm bảo: có văn bản chỉ đạo", "bao nhieu")).toBeNull();
  });
});

describe("partnersClause", () => {
  it("reads the bullet of a cell that says who takes part", () => {
    const dti = "1. Nội dung thực hiện: - Chi cục Thống kê chủ trì, Chi cục Thuế phối hợp thống kê đầy đủ số liệu kinh tế số. - Chi cục Thuế theo dõi và hướng dẫn các doanh nghiệp.";
    expect(partnersClause(dti)).toBe("Chi cục Thống kê chủ trì, Chi cục Thuế phối hợp thống kê đầy đủ số liệu kinh tế số");
    const plan = "Sở Y tế hướng dẫn các bệnh viện triển khai; Sở Tài chính phối hợp bố trí kinh phí; báo cáo hằng quý.";
    expect(partnersClause(plan)).toBe("Sở Tài chính phối hợp bố trí kinh phí");
  });

  it("finds nothing in a cell that names no partner", () => {
    expect(partnersClause("1. Nội dung thực hiện: Sở KHCN chủ trì tham mưu. 2. Điều kiện đảm bảo: 52 tin bài/năm")).toBeNull();
  });
});
