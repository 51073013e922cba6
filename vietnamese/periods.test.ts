import { describe, expect, it } from "vitest";
import { deadlineOverlaps, parseDeadline } from "./periods.js";

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
    ["", "none", null, null],
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
