import { describe, expect, it } from "vitest";
import { buildPassages } from "./passages.js";

describe("buildPassages", () => {
  it("ends a long body chunk between sentences, never inside a wrapped one", () => {
    const words = "các sở, ban, ngành liên quan tham mưu bổ sung nội dung về kiểm tra việc triển khai".split(" ");
    // Whole sentences, then one sentence wrapped over many lines: the chunk may pass its target, but does not cut it.
    const lines = [
      ...Array.from({ length: 12 }, (_, index) => `${index + 1}. Sở Tài chính bảo đảm kinh phí cho nhiệm vụ số ${index + 1} của kế hoạch.`),
      ...Array.from({ length: 30 }, (_, index) => `${words.slice(index % 8, (index % 8) + 6).join(" ")} `),
      "vào chương trình thanh tra hằng năm của UBND tỉnh.",
    ].map((text, index) => ({ line: index + 1, text }));
    const passages = buildPassages({ file: "a.txt", lines, tables: [], records: [], breadcrumbAt: () => ["IV. TỔ CHỨC THỰC HIỆN"] });
    expect(passages.length).toBeGreaterThan(1);
    for (const passage of passages.slice(0, -1)) expect(passage.text).toMatch(/[.;:!?]$/u);
    expect(passages.map((passage) => passage.text).join("\n").split("\n")).toHaveLength(lines.length);
  });
});
