import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toSourceLines } from "../../read/source-text.js";
import { readDocumentInfo } from "../metadata.js";
import { fileNameTitle } from "./opening-title.js";

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

  it("that name themselves nowhere take their title from the file name, written as their text writes its words", () => {
    // The WBS plan is a table and nothing else: "tháng" and "WBS" as its cells write them, "NQ57" a code.
    const plan = info("ke-hoach-theo-thang-nq57-wbs.md");
    expect(plan.title).toBe("Theo tháng NQ57 WBS");
    expect(plan.aliases.map((alias) => alias.toLowerCase())).toContain("kế hoạch theo tháng nq57 wbs");
    // A report exported as a bare table: the kind's words are not repeated, a word the text lacks stays as the file has it.
    const table = toSourceLines("| STT | Nội dung | Đơn vị chủ trì | Tiến độ |\n|---|---|---|---|\n| 1 | Số hóa dữ liệu hộ tịch | Sở Tư pháp | Quý II/2026 |\n");
    expect(readDocumentInfo("bao-cao-tien-do-so-hoa-du-lieu-ho-tich-2026.md", table)).toMatchObject({ kind: "Báo cáo", title: "Tiến độ số hóa dữ liệu hộ tịch 2026" });
    expect(fileNameTitle("ke-hoach.md", table, "Kế hoạch")).toBe("");
    // A document with a title of its own keeps it.
    expect(info("ket-qua-dau-ra-chuong-trinh-hanh-dong-nq03.md").title).toMatch(/^Bảng Deliverables/);
  });
});
