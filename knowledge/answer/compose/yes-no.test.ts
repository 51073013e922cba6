import { describe, expect, it } from "vitest";
import { TaskRecord, type Deadline, type KnowledgeRecord } from "../../../ingest/records/schemas.js";
import { loadGlossary } from "../../../vietnamese/glossary/glossary.js";
import type { Answer } from "../answer-types.js";
import type { YesNoQuestion } from "../understand/yes-no-question.js";
import { composeYesNo } from "./yes-no.js";

const glossary = loadGlossary();
const task = (owners: string[], deadline: Deadline = { text: "Tháng 2/2026", kind: "month", from: "2026-02-01", to: "2026-02-28" }): KnowledgeRecord =>
  TaskRecord.parse({
    id: "t1", kind: "task", itemNumber: "7", title: "Ban hành Khung kiến trúc số", owners, ownerText: owners.join(", "),
    coordinators: ["Sở Nội vụ"], coordinatorText: "Sở Nội vụ", product: "", deadline, budget: null, inheritedFields: [], parentItemNumber: null,
    locator: { file: "ctct.md", breadcrumb: [], appendix: null, groupPath: [], itemNumber: "7", line: 58 },
    sourceLines: [{ line: 58, text: "7. Ban hành Khung kiến trúc số" }],
  });
const answer = (first: string, found = true): Answer => ({
  question: "q", found, kind: "owner", text: `${first}\n• Thời hạn: Tháng 2/2026\n\nNguồn:\n[1] CTCT — mục 7 (dòng 58)\n    «7. Ban hành Khung kiến trúc số»`,
  citations: found ? [{ file: "ctct.md", title: "CTCT", locator: "mục 7 (dòng 58)", quote: "7. Ban hành Khung kiến trúc số", line: 58 }] : [], suggestions: [],
});
const agencyClaim = (canonical: string, role: "owner" | "coordinator" = "owner", form: YesNoQuestion["form"] = "statement"): YesNoQuestion =>
  ({ underlying: "chủ trì Khung kiến trúc số?", claim: { type: "agency", canonical, written: canonical, role }, form });
const compose = (asked: YesNoQuestion, record: KnowledgeRecord, first = `${record.kind === "task" ? record.owners.join(", ") : ""} chủ trì: Ban hành Khung kiến trúc số.`) =>
  composeYesNo(asked, answer(first), () => [record], glossary);
const firstLine = (result: Answer) => result.text.split("\n")[0];

describe("composeYesNo: agencies", () => {
  it("says 'Đúng' when the record names the agency in that role, 'Có' for 'có … không'", () => {
    expect(firstLine(compose(agencyClaim("Sở Khoa học và Công nghệ"), task(["Sở Khoa học và Công nghệ"])))).toBe("Đúng — Sở Khoa học và Công nghệ chủ trì: Ban hành Khung kiến trúc số.");
    expect(firstLine(compose(agencyClaim("Sở Khoa học và Công nghệ", "owner", "existence"), task(["Sở Khoa học và Công nghệ"])))).toMatch(/^Có — /);
    expect(firstLine(compose(agencyClaim("Sở Nội vụ", "coordinator"), task(["Sở Khoa học và Công nghệ"])))).toMatch(/^Đúng — /);
  });

  it("says 'Không' with the agency the document names", () => {
    const result = compose(agencyClaim("Sở Y tế"), task(["Sở Khoa học và Công nghệ"]));
    expect(firstLine(result)).toBe("Không — theo văn bản, Sở Khoa học và Công nghệ chủ trì: Ban hành Khung kiến trúc số.");
    expect(result.found).toBe(true);
    expect(result.citations).toHaveLength(1);
    expect(result.text).toContain("Nguồn:");
  });

  it("does not say 'Không' when the owner is a group that may include the agency", () => {
    const result = compose(agencyClaim("Sở Y tế"), task(["Các sở, ban, ngành"]));
    expect(firstLine(result)).toMatch(/^Theo văn bản: /);
  });

  it("a refusal stays a refusal", () => {
    const refusal = answer("Không tìm thấy thông tin này trong các văn bản đã nạp.", false);
    expect(composeYesNo(agencyClaim("Sở Y tế"), refusal, () => [], glossary)).toEqual(refusal);
  });
});

describe("composeYesNo: periods and numbers", () => {
  const period = (from: string, to: string): YesNoQuestion => ({ underlying: "hạn?", claim: { type: "period", written: "", from, to }, form: "statement" });
  const deadlineLine = "Thời hạn: Tháng 2/2026 — Ban hành Khung kiến trúc số.";
  it("a deadline inside the period claimed is right, one outside is not, one overlapping is said as written", () => {
    expect(firstLine(compose(period("2026-02-01", "2026-02-28"), task(["Sở Nội vụ"]), deadlineLine))).toMatch(/^Đúng — Thời hạn: Tháng 2\/2026/);
    expect(firstLine(compose(period("2026-01-01", "2026-12-31"), task(["Sở Nội vụ"]), deadlineLine))).toMatch(/^Đúng — /);
    expect(firstLine(compose(period("2026-05-01", "2026-05-31"), task(["Sở Nội vụ"]), deadlineLine))).toMatch(/^Không — theo văn bản, Thời hạn: Tháng 2\/2026/);
    const range = task(["Sở Nội vụ"], { text: "2025-2027", kind: "range", from: "2025-01-01", to: "2027-12-31" });
    expect(firstLine(compose(period("2026-01-01", "2026-12-31"), range, deadlineLine))).toMatch(/^Theo văn bản: /);
  });

  it("compares the number the fact states, not the year in its label", () => {
    const number = (value: number): YesNoQuestion => ({ underlying: "chỉ tiêu 5G 2026?", claim: { type: "number", written: String(value), value }, form: "statement" });
    const valueLine = "Mục tiêu Kế hoạch 2026: 80 % — Tỷ lệ phủ sóng 5G trên địa bàn.";
    expect(firstLine(compose(number(80), task(["Sở Nội vụ"]), valueLine))).toMatch(/^Đúng — /);
    expect(firstLine(compose(number(90), task(["Sở Nội vụ"]), valueLine))).toMatch(/^Không — theo văn bản, Mục tiêu Kế hoạch 2026: 80 %/);
    expect(firstLine(compose(number(2026), task(["Sở Nội vụ"]), valueLine))).toMatch(/^Không — /);
  });
});
