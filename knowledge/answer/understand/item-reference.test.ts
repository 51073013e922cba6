import { describe, expect, it } from "vitest";
import { itemReference } from "./item-reference.js";

describe("itemReference", () => {
  it("reads an item number after a word that says so", () => {
    expect(itemReference("mục 39.7 do ai chủ trì?", [])).toEqual({ number: "39.7", aside: null });
    expect(itemReference("nhiệm vụ số 12 hạn khi nào?", [])).toEqual({ number: "12", aside: null });
  });

  it("reads a bracketed aside, with a label in any words or none, as the item and where it sits", () => {
    expect(itemReference("CT chuyên biệt về KHCN (WBS 1.1.33) do ai làm?", [])).toEqual({ number: "1.1.33", aside: "WBS 1.1.33" });
    expect(itemReference("Đề án bản sao số (deliverable 43) ai chủ trì?", [])).toEqual({ number: "43", aside: "deliverable 43" });
    expect(itemReference("Sửa đổi Luật NSNN (1.1.5) kéo dài mấy ngày?", [])).toEqual({ number: "1.1.5", aside: "1.1.5" });
  });

  it("takes no year and no document's own number for an item", () => {
    expect(itemReference("Thu hút doanh nghiệp công nghệ (mốc 2030) do ai chủ trì?", [])).toBeNull();
    expect(itemReference("Đề án chuyển đổi số (QĐ 1982) giao ai?", ["1982"])).toBeNull();
    expect(itemReference("Luật sửa đổi về cơ yếu (phục vụ chuyển đổi số) ai chủ trì?", [])).toBeNull();
  });
});
