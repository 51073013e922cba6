import { describe, expect, it } from "vitest";
import type { Passage } from "../../../ingest/records/schemas.js";
import { loadGlossary } from "../../../vietnamese/glossary/glossary.js";
import { sectionDuty } from "./section-duty.js";

const glossary = loadGlossary();
const passage = (breadcrumb: string[]) => ({ file: "f.txt", breadcrumb, text: "", startLine: 1, recordId: null }) as unknown as Passage;

describe("whose duty a body sentence states, by where and how it is written", () => {
  it("the agency heading the section; an item opening with an agency; its duty without the name", () => {
    expect(sectionDuty(passage(["VII. TỔ CHỨC THỰC HIỆN", "3. Sở Kế hoạch và Đầu tư"]), "- Tham mưu UBND tỉnh bố trí vốn đầu tư phát triển.", glossary)).toEqual({
      agency: { canonical: "Sở Kế hoạch và Đầu tư", written: "Sở Kế hoạch và Đầu tư" },
      duty: "Tham mưu UBND tỉnh bố trí vốn đầu tư phát triển.",
    });
    const item = sectionDuty(passage(["IV. TỔ CHỨC THỰC HIỆN"]), "6. Báo và Phát thanh Truyền hình tỉnh: đẩy mạnh công tác thông tin, tuyên truyền.", glossary);
    expect(item?.agency.canonical).toBe("Báo và Phát thanh, Truyền hình Quảng Trị");
    expect(item?.duty).toBe("đẩy mạnh công tác thông tin, tuyên truyền.");
  });

  it("the agency a sentence assigns the duty to ('Giao …', 'giao cho …'), in a section that names none", () => {
    for (const sentence of ["Giao Sở Khoa học và Công nghệ, Cơ quan thường trực Ban Chỉ đạo theo dõi, đôn đốc triển khai thực hiện.", "Hàng năm, giao cho Sở Tài chính rà soát, đề xuất danh mục các nhiệm vụ."]) {
      expect(sectionDuty(passage(["Chương trình công tác"]), sentence, glossary)?.duty, sentence).toBe(sentence);
    }
    expect(sectionDuty(passage(["Chương trình công tác"]), "Giao Sở Khoa học và Công nghệ theo dõi.", glossary)?.agency.canonical).toBe("Sở Khoa học và Công nghệ");
  });

  it("none: a heading naming two agencies, 'giao' before no agency, a sentence naming an agency in passing", () => {
    expect(sectionDuty(passage(["5. Sở Tài chính, Sở Nội vụ"]), "Phối hợp triển khai.", glossary)).toBeNull();
    expect(sectionDuty(passage(["Mục tiêu"]), "Giao thông thông minh được triển khai tại Sở Xây dựng.", glossary)).toBeNull();
    expect(sectionDuty(passage(["Mục tiêu"]), "Kết quả do Sở Y tế báo cáo.", glossary)).toBeNull();
  });
});
