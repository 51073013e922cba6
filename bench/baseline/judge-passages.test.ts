import { describe, expect, it } from "vitest";
import type { EvalCase } from "../../eval/case-schema.js";
import { holdsExpected, judgePassages } from "./judge-passages.js";

const evalCase: EvalCase = {
  id: "owner-example",
  document: "ke-hoach-429.md",
  kind: "coordinators",
  question: "Ai phối hợp nhiệm vụ ví dụ?",
  rewordings: ["Đơn vị phối hợp?", "Phối hợp là ai?"],
  expected: [["Sở KH&CN", "Sở Khoa học và Công nghệ"], ["Công an tỉnh"]],
  evidence: { line: 10, text: "Sở Khoa học và Công nghệ; Công an tỉnh" },
  split: "tune",
};

describe("holdsExpected", () => {
  it("needs one alternative of every group, ignoring accents and case, as whole words", () => {
    expect(holdsExpected("phối hợp: SỞ KHOA HOC VA CONG NGHE, công an tỉnh", evalCase.expected)).toBe(true);
    expect(holdsExpected("phối hợp: Sở KH&CN", evalCase.expected)).toBe(false);
    expect(holdsExpected("Sở KH&CN; Công an tỉnhxyz", evalCase.expected)).toBe(false);
  });
});

describe("judgePassages", () => {
  const right = { file: "ke-hoach-429.md", text: "Sở KH&CN, Công an tỉnh" };
  const otherDocument = { file: "quyet-dinh-1982.txt", text: "Sở KH&CN, Công an tỉnh" };

  it("counts top-1 only when the first passage is from the expected document and holds every group", () => {
    expect(judgePassages([right], evalCase)).toEqual({ top1: true, top3: true, top3AnyDocument: true });
    expect(judgePassages([otherDocument, right], evalCase)).toEqual({ top1: false, top3: true, top3AnyDocument: true });
  });

  it("joins the top three passages, and leaves out the fourth", () => {
    const first = { file: "ke-hoach-429.md", text: "chủ trì: Sở KH&CN" };
    const second = { file: "ke-hoach-429.md", text: "phối hợp: Công an tỉnh" };
    const filler = { file: "ke-hoach-429.md", text: "không liên quan" };
    expect(judgePassages([first, filler, second], evalCase).top3).toBe(true);
    expect(judgePassages([first, filler, filler, second], evalCase).top3).toBe(false);
  });

  it("separates the expected document from any document", () => {
    const judged = judgePassages([{ file: "ke-hoach-429.md", text: "Sở KH&CN" }, { file: "other.txt", text: "Công an tỉnh" }], evalCase);
    expect(judged).toEqual({ top1: false, top3: false, top3AnyDocument: true });
  });

  it("fails an empty retrieval", () => {
    expect(judgePassages([], evalCase)).toEqual({ top1: false, top3: false, top3AnyDocument: false });
  });
});
