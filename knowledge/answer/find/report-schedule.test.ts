import { describe, expect, it } from "vitest";
import { askedReportPeriods, reportDeadlineTest, withoutReportPeriods, type ReportPeriod } from "./report-schedule.js";

const setsReportDeadline = (sentence: string, periods: ReportPeriod[]) => reportDeadlineTest(periods)(sentence);

// Two documents' reporting clauses: a provincial plan's (four periods, each with its deadline in brackets)
// and a national programme's (every six months, the deadlines after).
const provincial =
  "3. Người đứng đầu các sở, ban, ngành … tăng cường kiểm tra, đôn đốc việc triển khai thực hiện kế hoạch này; định kỳ hàng tuần (trước 10h00 thứ năm trong tuần), hàng tháng (trước ngày 18 của tháng), hàng quý (trước ngày 15 tháng cuối quý), hằng năm (trước ngày 15 tháng 12) báo cáo tình hình, kết quả thực hiện về Sở Khoa học và Công nghệ để tổng hợp.";
const national =
  "3. Bộ trưởng, Thủ trưởng cơ quan ngang bộ … tăng cường kiểm tra, đôn đốc việc triển khai thực hiện Chương trình hành động của Chính phủ, định kỳ 6 tháng báo cáo kết quả thực hiện về Bộ Khoa học và Công nghệ trước ngày 15 tháng 6 và trước ngày 01 tháng 12 để tổng hợp, báo cáo Chính phủ.";

describe("recurring reports and their deadlines", () => {
  it("reads the recurring reports a question asks about, and not one month or year named", () => {
    expect(askedReportPeriods("Báo cáo tháng về tình hình thực hiện kế hoạch NQ 57 phải gửi trước ngày nào?")).toEqual(["thang"]);
    expect(askedReportPeriods("hạn BC quý + BC năm KH NQ57?")).toEqual(["quy", "nam"]);
    expect(askedReportPeriods("bao cao hang tuan nop luc nao")).toEqual(["tuan"]);
    expect(askedReportPeriods("Báo cáo 6 tháng gửi trước ngày nào?")).toEqual(["6 thang"]);
    expect(askedReportPeriods("Báo cáo năm 2026 gửi trước ngày nào?")).toEqual([]);
    expect(askedReportPeriods("Báo cáo tháng 10 gửi khi nào?")).toEqual([]);
    expect(askedReportPeriods("Kế hoạch tháng này có gì?")).toEqual([]);
  });

  it("finds the sentence that sets the deadline of the period asked, in either layout", () => {
    expect(setsReportDeadline(provincial, ["thang"])).toBe(true);
    expect(setsReportDeadline(provincial, ["tuan"])).toBe(true);
    expect(setsReportDeadline(provincial, ["nam"])).toBe(true);
    expect(setsReportDeadline(national, ["6 thang"])).toBe(true);
    expect(setsReportDeadline(national, ["tuan"])).toBe(false);
    // A sentence that reports without a deadline for the period sets none.
    expect(setsReportDeadline("Định kỳ 6 tháng báo cáo kết quả với Ban Chỉ đạo Trung ương và Bộ Chính trị để chỉ đạo.", ["6 thang"])).toBe(false);
  });
});

describe("withoutReportPeriods", () => {
  it("leaves the period of a recurring report out of the topic, with or without diacritics", () => {
    expect(withoutReportPeriods("báo cáo quý và báo cáo năm · thực hiện")).toBe("báo cáo và báo cáo · thực hiện");
    expect(withoutReportPeriods("bao cao hang thang · tinh hinh thuc hien")).toBe("bao cao · tinh hinh thuc hien");
    expect(withoutReportPeriods("bc tuần · kế hoạch")).toBe("bc · kế hoạch");
  });

  it("keeps a period that names one month or year, and words that only begin like a period", () => {
    expect(withoutReportPeriods("báo cáo năm 2026 · tổng hợp")).toBe("báo cáo năm 2026 · tổng hợp");
    expect(withoutReportPeriods("báo cáo quyết toán")).toBe("báo cáo quyết toán");
  });
});
