import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { TableBlock } from "../../document/document-model.js";
import { markdownBlocks } from "./markdown-blocks.js";

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/devdocs/${name}`, import.meta.url), "utf8");
const tables = (text: string) => markdownBlocks(text).filter((block): block is TableBlock => block.type === "table");

describe("markdownBlocks", () => {
  it("reads headings with levels, paragraphs and nested list items with their lines", () => {
    const blocks = markdownBlocks(["# Kế hoạch", "", "## I. MỤC TIÊU", "", "Đoạn *một*.", "", "- Cơ quan chủ trì: Sở Y tế", "  - Phối hợp: Sở Tài chính", ""].join("\n"));
    expect(blocks.map((block) => block.type)).toEqual(["heading", "heading", "paragraph", "list-item", "list-item"]);
    expect(blocks[1]).toMatchObject({ type: "heading", level: 2, text: "I. MỤC TIÊU", provenance: { startLine: 3 } });
    expect(blocks[2]).toMatchObject({ text: "Đoạn một." });
    expect(blocks[3]).toMatchObject({ depth: 0, marker: "-", text: "Cơ quan chủ trì: Sở Y tế", provenance: { startLine: 7 } });
    expect(blocks[4]).toMatchObject({ depth: 1, text: "Phối hợp: Sở Tài chính", provenance: { startLine: 8 } });
  });

  it("reads a pipe table with its header row, bold cells and one line per row", () => {
    const [table] = tables(["| STT | Nhiệm vụ | Chủ trì |", "|---|---|---|", "| **I** | **Nhóm hạ tầng** | |", "| 1 | Phủ sóng 5G<br>toàn tỉnh | Sở KH&CN |"].join("\n"));
    expect(table?.rows.map((row) => row.kind)).toEqual(["header", "body", "body"]);
    expect(table?.rows[1]?.cells.map((cell) => cell.bold)).toEqual([true, true, false]);
    expect(table?.rows[2]?.cells[1]?.text).toBe("Phủ sóng 5G toàn tỉnh");
    expect(table?.rows[2]?.provenance.startLine).toBe(4);
  });

  it("reads the tables of two real documents outside the corpus", () => {
    const [wbs] = tables(fixture("ke-hoach-theo-thang-nq57-wbs.md"));
    expect(wbs?.rows[0]?.cells.map((cell) => cell.text)).toContain("TASK OWNER");
    expect(wbs?.rows.length).toBeGreaterThan(100);
    const [deliverables] = tables(fixture("ket-qua-dau-ra-chuong-trinh-hanh-dong-nq03.md"));
    expect(deliverables?.columnCount).toBe(9);
    expect(deliverables?.rows[0]?.cells.at(-1)?.text).toBe("Thời hạn hoàn thành");
  });
});
