import { describe, expect, it } from "vitest";
import { deadlineOverlaps, findRelativePeriod, isOverdue, parseDeadline, readsMonthFirst } from "./periods.js";

describe("parseDeadline", () => {
  const cases: [string, string, string | null, string | null][] = [
    ["8/2025", "month", "2025-08-01", "2025-08-31"],
    ["Tháng / 8/2025", "month", "2025-08-01", "2025-08-31"],
    ["Quý I, năm 2026", "quarter", "2026-01-01", "2026-03-31"],
    ["Quý 1/2026", "quarter", "2026-01-01", "2026-03-31"],
    ["Quý II/2026", "quarter", "2026-04-01", "2026-06-30"],
    ["Trước 15/06/2026", "date", "2026-06-15", "2026-06-15"],
    ["31/12/2025", "date", "2025-12-31", "2025-12-31"],
    ["Năm 2026 (Khởi động)", "year", "2026-01-01", "2026-12-31"],
    ["2025-2027", "range", "2025-01-01", "2027-12-31"],
    ["2024 - 2025", "range", "2024-01-01", "2025-12-31"],
    ["31/12/2026 Quý 2/2026", "range", "2026-04-01", "2026-12-31"],
    ["Năm 2026 và thường xuyên", "year", "2026-01-01", "2026-12-31"],
    ["Hằng năm", "recurring", null, null],
    ["Định kỳ hàng quý", "recurring", null, null],
    ["Trước ngày 25 hàng tháng", "recurring", null, null],
    ["Theo chỉ đạo của Trung ương", "text", null, null],
    ["Quý 11/2026", "text", null, null],
    // "T11/2025" shortens "tháng 11/2025" as "Q3/2026" shortens "quý 3/2026"; "T13/2025" is no month.
    ["T11/2025", "month", "2025-11-01", "2025-11-30"],
    ["hạn T3/2026", "month", "2026-03-01", "2026-03-31"],
    ["T13/2025", "year", "2025-01-01", "2025-12-31"],
    ["", "none", null, null],
    // English plans: month names and abbreviations, a day before or after the month, quarters as Q3.
    ["June 2025", "month", "2025-06-01", "2025-06-30"],
    ["Jun 2025", "month", "2025-06-01", "2025-06-30"],
    ["Dec. 2025", "month", "2025-12-01", "2025-12-31"],
    ["By September 2026", "month", "2026-09-01", "2026-09-30"],
    ["30 June 2025", "date", "2025-06-30", "2025-06-30"],
    ["31st Dec 2025", "date", "2025-12-31", "2025-12-31"],
    ["June 30, 2025", "date", "2025-06-30", "2025-06-30"],
    ["15 May 2026", "date", "2026-05-15", "2026-05-15"],
    ["Q3 2025", "quarter", "2025-07-01", "2025-09-30"],
    ["Q1/2026", "quarter", "2026-01-01", "2026-03-31"],
    ["Jan 2025 - Jun 2025", "range", "2025-01-01", "2025-06-30"],
    ["30 February 2025", "month", "2025-02-01", "2025-02-28"],
    // Folded Vietnamese syllables spelled like a month ("máy", "sếp") before a year stay Vietnamese: the year.
    ["Mua sắm máy 2025", "year", "2025-01-01", "2025-12-31"],
  ];
  for (const [text, kind, from, to] of cases) {
    it(`reads "${text}"`, () => {
      const deadline = parseDeadline(text);
      expect(deadline.kind).toBe(kind);
      expect(deadline.from).toBe(from);
      expect(deadline.to).toBe(to);
      expect(deadline.text).toBe(text);
    });
  }
  it("tests overlap with a month", () => {
    expect(deadlineOverlaps(parseDeadline("Quý I, năm 2026"), "2026-03-01", "2026-03-31")).toBe(true);
    expect(deadlineOverlaps(parseDeadline("8/2025"), "2026-03-01", "2026-03-31")).toBe(false);
    expect(deadlineOverlaps(parseDeadline("Hằng năm"), "2026-03-01", "2026-03-31")).toBe(false);
  });
});

describe("findRelativePeriod", () => {
  // Wednesday 10 June 2026.
  const today = "2026-06-10";
  const cases: [string, string | null, string | null][] = [
    ["hom nay", "2026-06-10", "2026-06-10"],
    ["ngay mai", "2026-06-11", "2026-06-11"],
    ["tuan nay", "2026-06-08", "2026-06-14"],
    ["tuan sau", "2026-06-15", "2026-06-21"],
    ["thang nay", "2026-06-01", "2026-06-30"],
    ["thang sau", "2026-07-01", "2026-07-31"],
    ["quy nay", "2026-04-01", "2026-06-30"],
    ["quy sau", "2026-07-01", "2026-09-30"],
    ["nam nay", "2026-01-01", "2026-12-31"],
    ["trong 30 ngay", "2026-06-10", "2026-07-10"],
    ["trong vong 7 ngay toi", "2026-06-10", "2026-06-17"],
    ["thang 3", "2026-03-01", "2026-03-31"],
    ["quy iii", "2026-07-01", "2026-09-30"],
    ["thang 3/2027", null, null],
    ["quy 3/2026", null, null],
    ["gia vang bao nhieu", null, null],
  ];
  for (const [text, from, to] of cases) {
    it(`reads "${text}"`, () => {
      const period = findRelativePeriod(text, today);
      expect(period?.from ?? null).toBe(from);
      expect(period?.to ?? null).toBe(to);
    });
  }
  it("rolls a quarter and a month over the year's end", () => {
    expect(findRelativePeriod("quy sau", "2026-11-02")).toMatchObject({ from: "2027-01-01", to: "2027-03-31" });
    expect(findRelativePeriod("thang sau", "2026-12-31")).toMatchObject({ from: "2027-01-01", to: "2027-01-31" });
  });
});

describe("isOverdue", () => {
  it("is due before today and not recurring", () => {
    expect(isOverdue(parseDeadline("8/2025"), "2026-06-10")).toBe(true);
    expect(isOverdue(parseDeadline("Tháng 6/2026"), "2026-06-10")).toBe(false);
    expect(isOverdue(parseDeadline("Trước 15/06/2026"), "2026-06-16")).toBe(true);
    expect(isOverdue(parseDeadline("Năm 2025 và thường xuyên"), "2026-06-10")).toBe(false);
    expect(isOverdue(parseDeadline("Hằng năm"), "2026-06-10")).toBe(false);
    expect(isOverdue(parseDeadline("Theo chỉ đạo của Trung ương"), "2026-06-10")).toBe(false);
  });
});

describe("dates written month first", () => {
  it("is decided per column from a second part above 12", () => {
    expect(readsMonthFirst(["1/1/2025", "1/31/2025", "6/30/2025"])).toBe(true);
    expect(readsMonthFirst(["31/12/2025", "1/6/2025"])).toBe(false);
    expect(readsMonthFirst(["1/6/2025", "3/4/2025"])).toBe(false);
  });

  it("reads a month-first date when the column says so, and keeps the text as written", () => {
    expect(parseDeadline("6/30/2025", { monthFirst: true })).toEqual({ text: "6/30/2025", kind: "date", from: "2025-06-30", to: "2025-06-30" });
    expect(parseDeadline("1/6/2025", { monthFirst: true }).from).toBe("2025-01-06");
    expect(parseDeadline("1/6/2025").from).toBe("2025-06-01");
  });
});
