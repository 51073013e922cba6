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
