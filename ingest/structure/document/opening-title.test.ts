import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toSourceLines } from "../../read/source-text.js";
import { readDocumentInfo } from "../metadata.js";

const info = (name: string) =>
  readDocumentInfo(name, toSourceLines(readFileSync(new URL(`../../../test/fixtures/devdocs/${name}`, import.meta.url), "utf8")));

describe("documents without a formal title block", () => {
  it("take kind, number and title from their first heading, not from a text they quote further down", () => {
    const resolution = info("nghi-quyet-57-NQ-TW-toan-van.md");
    expect(resolution).toMatchObject({ kind: "Nghị quyết", number: "57-NQ/TW", title: "Nghị quyết số 57-NQ/TW" });
    expect(resolution.aliases).toEqual(expect.arrayContaining(["Nghị quyết 57", "NQ 57", "NQ 57-NQ/TW"]));
    expect(resolution.aliases).not.toContain("TW 57-NQ");
  });

  it("take the title from a bold opening line", () => {
    expect(info("ket-qua-dau-ra-chuong-trinh-hanh-dong-nq03.md").title).toMatch(/^Bảng Deliverables \(Kết quả đầu ra\)/);
  });

  it("are named by their file name too, and take their kind from it when the text never says", () => {
    const plan = info("ke-hoach-theo-thang-nq57-wbs.md");
    expect(plan.kind).toBe("Kế hoạch");
    expect(plan.aliases).toContain("ke hoach theo thang nq57 wbs");
  });
});
