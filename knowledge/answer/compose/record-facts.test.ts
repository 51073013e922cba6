import { describe, expect, it } from "vitest";
import { taskRecord } from "../../../ingest/index/test-fixtures.js";
import { factLines } from "./answer-text.js";
import { recordFact, type FactRequest } from "./record-facts.js";

const request = (kind: FactRequest["kind"]): FactRequest => ({
  kind,
  year: null,
  valuePreference: null,
  valuePreferenceStrong: false,
  valuePreferenceWords: { result: [], target: [] },
  wantsRank: false,
  questionFolded: "",
  wantsConfirming: false,
  wantsProduct: false,
});

const withBudget = { ...taskRecord("7", "quyet-dinh.txt", "Xây dựng Đô thị thông minh", ["UBND thành phố Đông Hà"]), budget: "Vốn hợp pháp khác: 41.702 triệu đồng", deadline: { text: "2022-2025", kind: "range" as const, from: "2022-01-01", to: "2025-12-31" } };

describe("every field a task holds is a detail of its answer, the asked ones first", () => {
  it("an owner answer carries the budget; asked for, it comes right after the fact", () => {
    const fact = recordFact(withBudget, request("owner"));
    expect(fact.details.at(-1)).toContain("41.702");
    const [first, second] = factLines([fact], ["owner", "budget"]);
    expect(first).toContain("UBND thành phố Đông Hà");
    expect(second).toContain("41.702");
  });

  it("a budget answer carries who and by when; a deadline answer the budget", () => {
    const budget = recordFact(withBudget, request("budget"));
    expect(budget.line).toContain("41.702");
    expect(factLines([budget], ["budget", "deadline"])[1]).toContain("2022-2025");
    expect(recordFact(withBudget, request("deadline")).details.some((line) => line.includes("41.702"))).toBe(true);
  });

  it("a task without a budget shows none", () => {
    const fact = recordFact(taskRecord("8", "ke-hoach.md", "Xây dựng CSDL đất đai", ["Sở Nông nghiệp và Môi trường"]), request("owner"));
    expect(fact.details.join(" ")).not.toMatch(/Kinh phí/);
  });
});

describe("a score question", () => {
  const value = (label: string, text: string, number: number) => ({ valueKind: "score" as const, year: label.includes("2024") ? 2024 : null, label, text, number, comparator: null });
  const indicator = {
    kind: "indicator" as const,
    id: "i7",
    locator: { file: "ke-hoach-dti.txt", breadcrumb: ["Phụ lục 1"], appendix: "1", groupPath: [], itemNumber: "7", line: 639 },
    sourceLines: [{ line: 639, text: "7. Hoạt động kinh tế số Tỉnh Quảng Bình: 60,26/150 điểm" }],
    itemNumber: "7",
    name: "Hoạt động kinh tế số",
    unit: "điểm",
    values: [value("Điểm tối đa", "150", 150), value("Điểm năm 2024 Tỉnh Quảng Bình", "60,26", 60.26)],
    owners: [],
    ownerText: "",
  };

  it("'điểm tối đa' asks for the maximum, not the scores obtained", () => {
    expect(recordFact(indicator, { ...request("score"), questionFolded: "hoat dong kinh te so duoc bao nhieu diem toi da" }).line).toMatch(/^Điểm tối đa: 150/);
  });

  it("a province named asks for its score", () => {
    expect(recordFact(indicator, { ...request("score"), questionFolded: "hoat dong kinh te so cua quang binh bao nhieu diem" }).line).toContain("60,26");
  });
});

describe("a value asked for several years", () => {
  const target = (year: number, text: string) => ({ valueKind: "target" as const, year, label: `Mục tiêu đến năm ${year}`, text, number: Number.parseFloat(text), comparator: null });
  const indicator = (file: string, name: string, unit: string, values: ReturnType<typeof target>[]) => ({
    kind: "indicator" as const,
    id: `${file}:${name}`,
    locator: { file, breadcrumb: ["Mục tiêu"], appendix: null, groupPath: [], itemNumber: null, line: 40 },
    sourceLines: [{ line: 40, text: name }],
    itemNumber: null,
    name,
    unit,
    values,
    owners: [],
    ownerText: "",
  });
  // Targets of two documents: a decision's objectives and a plan's appendix.
  const digitalEconomy = indicator("quyet-dinh-1982.txt", "Kinh tế số", "% GRDP", [target(2025, "10"), target(2030, "15"), target(2035, "20")]);
  const payments = indicator("ke-hoach-429.md", "Tỷ lệ dân số có tài khoản thanh toán điện tử", "%", [target(2025, "trên 35"), target(2030, "trên 45")]);

  it("gives the value of each year asked apart, and only those", () => {
    const line = recordFact(digitalEconomy, { ...request("value"), year: 2030, yearsApart: [2025, 2030] }).line;
    expect(line).toContain("10");
    expect(line).toContain("15");
    expect(line).not.toContain("2035");
    const both = recordFact(payments, { ...request("value"), year: 2030, yearsApart: [2025, 2030] }).line;
    expect(both).toMatch(/trên 35.*trên 45/);
  });

  it("one year asked gives that year's value", () => {
    expect(recordFact(payments, { ...request("value"), year: 2030 }).line).not.toContain("35");
  });
});

describe("a duration column answers how long, though the question ends on a period word", () => {
  const withDuration = (file: string, label: string, text: string) => ({
    ...taskRecord("1.1.5", file, "Sửa đổi Luật Ngân sách nhà nước", ["Bộ Tài chính"]),
    deadline: { text: "6/30/2025", kind: "date" as const, from: "2025-06-30", to: "2025-06-30" },
    fields: [{ label: "START DATE", text: "3/1/2025", role: "start" as const }, { label, text, role: "duration" as const }],
  });
  // An English WBS header and a Vietnamese one.
  const records = [withDuration("wbs.md", "DURATION (Days)", "121"), withDuration("ke-hoach.md", "Thời gian thực hiện (ngày)", "121")];

  it("'thời lượng bao nhiêu ngày' and 'kéo dài mấy ngày' get the duration, with the deadline as a detail", () => {
    for (const record of records) {
      for (const asked of ["sua doi luat ngan sach thoi luong bao nhieu ngay", "sua doi luat ngan sach keo dai may ngay"]) {
        const fact = recordFact(record, { ...request("deadline"), questionFolded: asked });
        expect(fact.line).toMatch(/^[^:]+: 121 — Sửa đổi Luật Ngân sách nhà nước/);
        expect(fact.details.join(" ")).toContain("6/30/2025");
      }
    }
  });

  it("'từ ngày nào đến ngày nào' and 'bắt đầu … kết thúc' get the start column with the deadline", () => {
    for (const record of records) {
      for (const asked of ["sua doi luat ngan sach tu ngay nao den ngay nao", "sua doi luat ngan sach bat dau va ket thuc khi nao"]) {
        expect(recordFact(record, { ...request("deadline"), questionFolded: asked }).line, asked).toBe("Từ 3/1/2025 đến 6/30/2025 — Sửa đổi Luật Ngân sách nhà nước.");
      }
    }
  });

  it("a deadline question that names no duration still gets the deadline", () => {
    expect(recordFact(records[0]!, { ...request("deadline"), questionFolded: "sua doi luat ngan sach han khi nao" }).line).toMatch(/^Thời hạn: 6\/30\/2025/);
  });
});

describe("a DTI criterion's guidance clause", () => {
  const criterion = (name: string, guidance: string) => ({
    kind: "dti-criterion" as const,
    id: `dti:${name}`,
    locator: { file: "ke-hoach-dti.txt", breadcrumb: ["Phụ lục 2"], appendix: "Phụ lục 2", groupPath: [], itemNumber: "3", line: 900 },
    sourceLines: [{ line: 900, text: name }],
    itemNumber: "3",
    pillar: "I Nhận thức số (50 điểm)",
    name,
    maxPoints: 10,
    maxPointsText: "10",
    implementingUnits: ["Trung tâm Điều hành thông tin tỉnh"],
    implementingText: "Trung tâm Điều hành thông tin tỉnh",
    confirmingUnits: ["Sở Khoa học và Công nghệ"],
    confirmingText: "Sở KHCN",
    deadline: { text: "31/12/2025", kind: "date" as const, from: "2025-12-31", to: "2025-12-31" },
    guidance,
    evidence: "",
  });
  const portal = criterion("Cổng thông tin điện tử của tỉnh có chuyên mục riêng về chuyển đổi số", "1. Nội dung thực hiện: Văn phòng UBND tỉnh vận hành chuyên mục. 2. Điều kiện đảm bảo: 52 tin bài/năm trở lên");
  const members = criterion("Số lượng thành viên của Tổ công nghệ số cộng đồng trên 100 dân", "1. Nội dung thực hiện: UBND cấp xã kiện toàn Tổ. 2. Điều kiện đảm bảo: đảm bảo tỷ lệ >= 5% (5 thành viên trên 100 dân)");

  it("a score question that names the clause's label ('điều kiện để đạt điểm') gets the clause, the points as a detail", () => {
    const fact = recordFact(portal, { ...request("score"), questionFolded: "dieu kien de dat diem tieu chi chuyen muc rieng la bao nhieu tin bai" });
    expect(fact.line).toMatch(/^Điều kiện đảm bảo: 52 tin bài/);
    expect(fact.details).toContain("• Điểm tối đa: 10");
    // Not naming the label, the points are the answer.
    expect(recordFact(portal, { ...request("score"), questionFolded: "chuyen muc rieng duoc toi da bao nhieu diem" }).line).toMatch(/^Điểm tối đa: 10/);
  });

  it("an owner answer carries the clause's number, right after the owner when a value is asked too", () => {
    for (const record of [portal, members]) {
      const fact = recordFact(record, { ...request("owner"), questionFolded: "chu tri va ty le toi thieu" });
      expect(fact.line).toMatch(/^Trung tâm Điều hành thông tin tỉnh thực hiện tiêu chí/);
      const [, second] = factLines([fact], ["owner", "value"]);
      expect(second).toMatch(/^• Theo hướng dẫn — Điều kiện đảm bảo: .*\d/);
    }
  });
});
