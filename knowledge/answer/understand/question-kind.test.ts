import { describe, expect, it } from "vitest";
import { askedFields, asksWhichAgency, comparable, detectKind } from "./question-kind.js";

const noSignals = { hasAgency: false, hasPeriod: false };

describe("an agency head followed closely by 'nào' asks which agency", () => {
  it("'cơ quan báo chí nào', 'đơn vị sự nghiệp nào' ask who, typed with or without diacritics", () => {
    for (const question of [
      "Cơ quan báo chí nào được giao đẩy mạnh thông tin, tuyên truyền về các chỉ số chuyển đổi số?",
      "Co quan bao chi nao duoc giao day manh thong tin tuyen truyen?",
      "Đơn vị sự nghiệp nào vận hành Cổng thông tin điện tử tỉnh?",
    ]) {
      const target = comparable(question);
      expect(asksWhichAgency(target), question).toBe(true);
      expect(detectKind(target, noSignals), question).toBe("owner");
      expect(askedFields(target), question).toContain("owner");
    }
  });

  it("'nào' far from the head, or after another noun, asks something else", () => {
    for (const question of ["Cơ quan nhà nước phải số hóa hồ sơ theo kế hoạch nào?", "Kế hoạch nào giao cơ quan chuyên môn xây dựng CSDL?"]) {
      expect(asksWhichAgency(comparable(question)), question).toBe(false);
    }
  });
});

describe("a time of day asks when", () => {
  it("'nộp trước mấy giờ, thứ mấy' asks a deadline, with or without diacritics; 'xếp thứ mấy' alone a rank", () => {
    expect(detectKind(comparable("Báo cáo hàng tuần nộp trước mấy giờ, thứ mấy?"), noSignals)).toBe("deadline");
    expect(detectKind(comparable("bao cao tuan nop luc may gio"), noSignals)).toBe("deadline");
    expect(detectKind(comparable("Năm 2024 Quảng Bình xếp thứ mấy?"), noSignals)).toBe("score");
  });
});
