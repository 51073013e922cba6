import { describe, expect, it } from "vitest";
import type { KnowledgeRecord } from "../../../ingest/records/schemas.js";
import { equalMatchesInDocumentOrder } from "./document-order.js";

const row = (file: string, line: number, place: number, breadcrumb = ["1. Mục tiêu"]): KnowledgeRecord =>
  ({ id: `${file}:${line}:indicator:prose${place}`, kind: "indicator", locator: { file, breadcrumb, appendix: null, groupPath: [], itemNumber: null, line } }) as unknown as KnowledgeRecord;
const order = (matches: { record: KnowledgeRecord; score: number }[]) => equalMatchesInDocumentOrder(matches).map((match) => match.record.id);

describe("equalMatchesInDocumentOrder", () => {
  it("lists sibling rows the score cannot tell apart as the document lists them, in two documents", () => {
    expect(order([{ record: row("qd.txt", 131, 2), score: 0.6267 }, { record: row("qd.txt", 131, 4), score: 0.6261 }, { record: row("qd.txt", 131, 3), score: 0.6252 }])).toEqual([
      "qd.txt:131:indicator:prose2", "qd.txt:131:indicator:prose3", "qd.txt:131:indicator:prose4",
    ]);
    expect(order([{ record: row("kh.md", 40, 1), score: 0.9 }, { record: row("kh.md", 12, 1), score: 0.899 }, { record: row("kh.md", 5, 1), score: 0.5 }])).toEqual([
      "kh.md:12:indicator:prose1", "kh.md:40:indicator:prose1", "kh.md:5:indicator:prose1",
    ]);
  });

  it("keeps the score's order when the first is ahead, or equal matches come from other parts or files", () => {
    expect(order([{ record: row("kh.md", 40, 1), score: 0.9 }, { record: row("kh.md", 12, 1), score: 0.85 }])).toEqual(["kh.md:40:indicator:prose1", "kh.md:12:indicator:prose1"]);
    expect(order([{ record: row("kh.md", 40, 1), score: 0.9 }, { record: row("kh.md", 12, 1, ["2. Nhiệm vụ"]), score: 0.9 }])).toEqual(["kh.md:40:indicator:prose1", "kh.md:12:indicator:prose1"]);
    expect(order([{ record: row("kh.md", 40, 1), score: 0.9 }, { record: row("qd.txt", 12, 1), score: 0.9 }])).toEqual(["kh.md:40:indicator:prose1", "qd.txt:12:indicator:prose1"]);
  });
});
