import { describe, expect, it } from "vitest";
import { yearsAskedApart } from "./years-asked.js";

const years = (question: string) => yearsAskedApart(question, question.match(/(?:19|20)\d{2}/g) ?? []);

describe("the years a question asks a value each for", () => {
  it("reads years listed apart, however they are joined", () => {
    expect(years("CSDL tỉnh số hóa + liên thông TW: KQ 2025, MT 2026?")).toEqual([2025, 2026]);
    expect(years("kinh te so grdp 2025 2030")).toEqual([2025, 2030]);
    expect(years("HĐ kiểm tra của CQQLNN qua MT số: MT 2025/2030?")).toEqual([2025, 2030]);
    expect(years("Tỷ lệ dân số có tài khoản thanh toán điện tử năm 2025 và năm 2030?")).toEqual([2025, 2030]);
  });

  it("reads a span as one period", () => {
    expect(years("Kế hoạch phát triển hạ tầng số giai đoạn 2026-2030")).toEqual([]);
    expect(years("nhiem vu tu 2026 den 2030")).toEqual([]);
    expect(years("chỉ tiêu 2026 – 2030")).toEqual([]);
  });

  it("needs two years", () => {
    expect(years("chỉ tiêu phủ sóng 5G năm 2026?")).toEqual([]);
  });
});
