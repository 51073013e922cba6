import { describe, expect, it } from "vitest";
import type { KnowledgeRecord } from "../../../ingest/records/schemas.js";
import { countsWhatIsAsked } from "./counts-what-is-asked.js";

const indicator = (file: string, name: string, unit: string): KnowledgeRecord => ({
  kind: "indicator",
  id: `${file}:${name}`,
  locator: { file, breadcrumb: ["Phụ lục"], appendix: null, groupPath: [], itemNumber: "1", line: 10 },
  sourceLines: [{ line: 10, text: name }],
  itemNumber: "1",
  name,
  unit,
  values: [],
  owners: [],
  ownerText: "",
});

// Indicators of two documents: one measured in points, one counting enterprises.
const dtiIndex = indicator("ke-hoach-dti.txt", "Chỉ số chuyển đổi số cấp tỉnh", "Điểm (khung 1,0)");
const enterprises = indicator("quyet-dinh-1982.txt", "Số lượng doanh nghiệp công nghệ số", "Doanh nghiệp");

describe("whether a record holds the count a question asks for", () => {
  it("an indicator in points counts no 'chỉ số chính'", () => {
    expect(countsWhatIsAsked("DTI có mấy chỉ số chính?", dtiIndex)).toBe(false);
  });

  it("an indicator whose unit is what is counted does", () => {
    expect(countsWhatIsAsked("có bao nhiêu doanh nghiệp công nghệ số năm 2025?", enterprises)).toBe(true);
    expect(countsWhatIsAsked("bao nhieu doanh nghiep cong nghe so", enterprises)).toBe(true);
  });

  it("a question that counts nothing is answered by any record", () => {
    expect(countsWhatIsAsked("chỉ số DTI năm 2025 đạt bao nhiêu?", dtiIndex)).toBe(true);
  });
});
