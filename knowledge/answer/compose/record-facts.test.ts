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
