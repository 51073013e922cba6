import { describe, expect, it } from "vitest";
import type { DocumentInfo } from "../../../ingest/records/schemas.js";
import { DocumentMentions } from "./document-mentions.js";

const document = (file: string, kind: string, aliases: string[], number: string | null = null) => ({ file, kind, aliases, number }) as unknown as DocumentInfo;

const documents = [
  document("kh429.md", "Kế hoạch", ["429/KH-UBND", "Kế hoạch 429", "KH 429", "Kế hoạch Chuyển đổi số tỉnh Quảng Trị năm 2026"], "429/KH-UBND"),
  document("nq57.md", "Nghị quyết", ["57-NQ/TW", "Nghị quyết 57", "NQ 57", "Nghị quyết 57-NQ/TW"]),
  document("nq03.md", "Nghị quyết", ["03/NQ-CP", "NQ 03", "Nghị quyết 03"]),
  document("wbs.md", "Kế hoạch", ["ke hoach theo thang nq57 wbs"]),
  document("dti.txt", "Kế hoạch", ["DTI", "Kế hoạch DTI", "Kế hoạch Nâng cao xếp hạng chỉ số chuyển đổi số (DTI) năm 2025"]),
  document("qd1982.txt", "Quyết định", ["1982/QĐ-UBND", "QĐ 1982", "Quyết định 1982"], "1982/QĐ-UBND"),
];

describe("DocumentMentions", () => {
  const mentions = new DocumentMentions(documents);

  it("finds a document by its number or its own letters, written together or apart", () => {
    expect([...mentions.named("nq57 giao chỉ tiêu gì")].sort()).toEqual(["nq57.md", "wbs.md"]);
    expect([...mentions.named("theo QĐ1982 ai chủ trì")]).toEqual(["qd1982.txt"]);
    expect([...mentions.named("kế hoạch WBS hạn tháng mấy")]).toEqual(["wbs.md"]);
    expect([...mentions.named("chi so dti tinh")]).toEqual(["dti.txt"]);
  });

  it("does not take ordinary words, years or a kind's initials for a document's mark", () => {
    expect(mentions.named("chuyển đổi số năm 2026 theo KH")).toEqual(new Set());
    expect(mentions.named("nâng cao xếp hạng")).toEqual(new Set());
    expect(mentions.named("NQ nào nói về dữ liệu")).toEqual(new Set());
  });
});

describe("DocumentMentions.marksOf", () => {
  const mentions = new DocumentMentions(documents);

  it("gives the marks one document is known by, none of them ordinary words", () => {
    expect(mentions.marksOf("wbs.md")).toContain("wbs");
    expect(mentions.marksOf("dti.txt")).toEqual(["dti"]);
    expect(mentions.marksOf("kh429.md")).not.toContain("ke");
  });
});
