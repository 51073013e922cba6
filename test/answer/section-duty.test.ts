import { beforeAll, describe, expect, it } from "vitest";
import type { Assistant } from "../../knowledge/answer/answer-types.js";
import { sharedUngatedAssistant } from "./shared-assistant.js";

let assistant: Assistant;
beforeAll(async () => {
  // Which agency answers is asserted here, not whether the confidence gate lets it through.
  assistant = await sharedUngatedAssistant();
});

const firstLine = (text: string) => text.split("\n")[0] ?? "";

describe("a duty written in one agency's part of 'Tổ chức thực hiện' belongs to that agency", () => {
  it("a bullet under the agency's heading (QĐ 1982: '3. Sở Kế hoạch và Đầu tư' / '- Tham mưu …')", async () => {
    const answer = await assistant.answer("Sở nào tham mưu UBND tỉnh bố trí vốn đầu tư phát triển theo Luật Đầu tư công để thực hiện Đề án?");
    expect(answer.found, answer.text).toBe(true);
    expect(firstLine(answer.text)).toMatch(/^Sở Kế hoạch và Đầu tư thực hiện: Tham mưu UBND tỉnh bố trí vốn đầu tư phát triển/);
    expect(answer.citations[0]).toMatchObject({ file: "quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt", line: 406 });
  });

  it("a paragraph under the heading and an item opening with the agency (the DTI plan)", async () => {
    const paragraph = await assistant.answer("ai thong ke so lieu bao cao ubnd tinh gui bo khcn danh gia xep hang dti");
    expect(firstLine(paragraph.text)).toMatch(/^Sở Khoa học và Công nghệ thực hiện: Thống kê số liệu từ các đơn vị/);
    const item = await assistant.answer("Cơ quan báo chí nào được giao đẩy mạnh thông tin, tuyên truyền về các chỉ số chuyển đổi số?");
    // The agency's name is said once, as the answer, not again at the start of its duty.
    expect(firstLine(item.text)).toMatch(/^Báo và Phát thanh, Truyền hình Quảng Trị thực hiện: đẩy mạnh công tác thông tin, tuyên truyền/);
    expect(item.citations[0]?.file).toBe("ke-hoach-nang-cao-chi-so-DTI-2025.txt");
  });
});
