import { beforeAll, describe, expect, it } from "vitest";
import type { Assistant } from "../../knowledge/answer/answer-types.js";
import { leadingLines, sharedUngatedAssistant } from "./shared-assistant.js";

let assistant: Assistant;
beforeAll(async () => {
  // Which sentence answers is asserted here, not whether the confidence gate lets it through.
  assistant = await sharedUngatedAssistant();
});

describe("a 'which' question is answered from the sentence that names the noun asked", () => {
  it("'Xã nào …' from the objectives of QĐ 1982, though the question also says 'phối hợp'", async () => {
    const answer = await assistant.answer("Xã nào được chọn để phối hợp với Bộ TT&TT triển khai thử nghiệm các ứng dụng, dịch vụ chuyển đổi số?");
    expect(answer.found, answer.text).toBe(true);
    expect(leadingLines(answer.text, 1)).toContain("xã Hướng Phùng");
    expect(answer.citations[0]?.file).toBe("quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt");
  });

  it("'nền tảng nào chưa …' from a criterion's guidance in the DTI plan", async () => {
    const answer = await assistant.answer("nen tang nao chua co");
    expect(answer.found, answer.text).toBe(true);
    expect(leadingLines(answer.text, 1)).toMatch(/Các nền tảng chưa triển khai.*quản trị tổng thể/);
    expect(answer.citations[0]?.file).toBe("ke-hoach-nang-cao-chi-so-DTI-2025.txt");
  });
});

describe("a rank is answered where the documents state it", () => {
  it("QĐ 1982's ICT Index rank from its sentence; the DTI plan's provinces' ranks", async () => {
    const ict = await assistant.answer("Theo Đề án CĐS, năm 2020 Quảng Trị xếp hạng ICT Index thứ mấy?");
    expect(leadingLines(ict.text, 1)).toContain("27/63");
    const dti = await assistant.answer("Năm 2024 Quảng Bình xếp hạng DTI thứ mấy?");
    expect(leadingLines(dti.text, 1)).toContain("63/63");
  });
});

describe("the same fact for subjects the question does not choose between", () => {
  it("quotes each province's line (the DTI plan)", async () => {
    const answer = await assistant.answer("Tỷ lệ người dân từ 14 tuổi trở lên có danh tính điện tử dùng cho giao dịch điện tử của hai tỉnh năm 2024?");
    const lines = leadingLines(answer.text);
    expect(lines).toContain("81,94%");
    expect(lines).toContain("82,62%");
    expect(answer.citations).toHaveLength(2);
  });
});

describe("the deadline of recurring reports asked together", () => {
  it("'báo cáo quý và báo cáo năm' from the sentence that writes each recurrence (the NQ 57 plan)", async () => {
    const answer = await assistant.answer("Hạn báo cáo quý và báo cáo năm về kết quả thực hiện kế hoạch NQ 57 là khi nào?");
    expect(answer.found, answer.text).toBe(true);
    expect(leadingLines(answer.text, 1)).toMatch(/hàng quý \(trước ngày 15 tháng cuối quý\), hằng năm \(trước ngày 15 tháng 12\)/);
    expect(answer.citations[0]?.file).toBe("ke-hoach-thuc-hien-nghi-quyet-57-NQ-TW.txt");
  });
});

describe("who takes part in a criterion, from its guidance", () => {
  it("the DTI plan's criterion has no coordinators column; its guidance names the partner", async () => {
    const answer = await assistant.answer("Chỉ số tỷ trọng kinh tế số trong GRDP do đơn vị nào chủ trì thống kê, ai phối hợp?");
    expect(leadingLines(answer.text)).toMatch(/^Chi cục Thống kê tỉnh thực hiện tiêu chí: Tỷ trọng kinh tế số trong GRDP\.\n• Phối hợp: theo hướng dẫn — .*Chi cục Thuế phối hợp/);
  });
});

describe("who holds a position, from the sentence that says so", () => {
  it("'ai làm Trưởng ban …' from QĐ 1982's enforcement section; the DTI plan's criterion names it in its title", async () => {
    const qd = await assistant.answer("Theo cơ chế bảo đảm thực thi, ai làm Trưởng ban Ban Chỉ đạo Chuyển đổi số tỉnh?");
    expect(leadingLines(qd.text, 1)).toMatch(/Chủ tịch Ủy ban nhân dân tỉnh là Trưởng ban/);
    expect(qd.citations[0]?.file).toBe("quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt");
    const dti = await assistant.answer("Trưởng ban BCĐ chuyển đổi số tỉnh là ai?");
    expect(leadingLines(dti.text, 1)).toMatch(/Chủ tịch Tỉnh, tỉnh\) là Trưởng/);
  });
});
