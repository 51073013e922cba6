import { describe, expect, it } from "vitest";
import { taskRecord } from "../ingest/index/test-fixtures.js";
import { loadGlossary } from "../vietnamese/glossary/glossary.js";
import { parseDeadline } from "../vietnamese/periods.js";
import { readDeadlineFilter, searchRecords } from "./search-records.js";

const withDeadline = (id: string, owners: string[], deadline: string) => ({ ...taskRecord(id, "plan.md", `Nhiệm vụ ${id}`, owners), deadline: parseDeadline(deadline) });

describe("the review page's search", () => {
  it("reads the deadline box with the period parser, relative to today, or as words", () => {
    expect(readDeadlineFilter("quý 3/2026", "2026-05-10")).toEqual({ kind: "period", from: "2026-07-01", to: "2026-09-30" });
    expect(readDeadlineFilter("2026", "2026-05-10")).toEqual({ kind: "period", from: "2026-01-01", to: "2026-12-31" });
    expect(readDeadlineFilter("tháng này", "2026-05-10")).toEqual({ kind: "period", from: "2026-05-01", to: "2026-05-31" });
    expect(readDeadlineFilter("Hằng năm", "2026-05-10")).toEqual({ kind: "words", folded: "hang nam" });
    expect(readDeadlineFilter("  ", "2026-05-10")).toBeNull();
  });

  it("keeps the records of an agency known by any spelling and due within the period, earliest first", () => {
    const records = [
      withDeadline("a", ["Sở Y tế"], "31/12/2026"),
      withDeadline("b", ["Sở Y tế"], "Quý III/2026"),
      withDeadline("c", ["Sở Nội vụ"], "Quý III/2026"),
      withDeadline("d", ["Sở Y tế"], "2025-2030"),
    ];
    const context = { glossary: loadGlossary(), today: "2026-05-10" };
    const result = searchRecords(records, { agency: "so y te", deadline: "2026", file: null }, context);
    expect(result.agency).toBe("Sở Y tế");
    expect(result.records.map((record) => record.id)).toEqual(["b", "a"]);
    expect(searchRecords(records, { agency: "", deadline: "quý 3/2026", file: null }, context).records.map((record) => record.id)).toEqual(["b", "c"]);
    expect(searchRecords(records, { agency: "Sở Không Có", deadline: "", file: null }, context).records).toEqual([]);
  });
});
