import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DocumentInfo, KnowledgeRecord, Passage, TaskRecord } from "../records/schemas.js";

/** Small index contents for tests: a few task records and passages cut from a real source file. */
export const fixtureFile = "ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md";
export const otherFile = "quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt";

export function taskRecord(id: string, file: string, title: string, owners: string[], line = 1): TaskRecord {
  return {
    kind: "task",
    id,
    locator: { file, breadcrumb: ["Phụ lục III"], appendix: "III", groupPath: [], itemNumber: id, line },
    sourceLines: [{ line, text: title }],
    itemNumber: id,
    title,
    owners,
    ownerText: owners.join(", "),
    coordinators: ["Các sở, ban, ngành"],
    coordinatorText: "Các sở, ban, ngành",
    product: "Báo cáo",
    deadline: { text: "Quý I/2026", kind: "quarter", from: "2026-01-01", to: "2026-03-31" },
    budget: null,
    inheritedFields: [],
    parentItemNumber: null,
  };
}

export function fixtureRecords(): KnowledgeRecord[] {
  return [
    taskRecord("t1", fixtureFile, "Xây dựng cơ sở dữ liệu đất đai", ["Sở Nông nghiệp và Môi trường"]),
    taskRecord("t2", fixtureFile, "Triển khai hồ sơ sức khỏe điện tử", ["Sở Y tế"]),
    taskRecord("t3", fixtureFile, "Phát triển hạ tầng mạng 5G", ["Sở Khoa học và Công nghệ"]),
    taskRecord("t4", otherFile, "Xây dựng cơ sở dữ liệu dân cư", ["Công an tỉnh"]),
  ];
}

/** Passages of about 8 non-empty lines each from the real plan 429 text. */
export function fixturePassages(): Passage[] {
  const text = readFileSync(join(import.meta.dirname, "../../knowledge/sources", fixtureFile), "utf8");
  const lines = text.split("\n").map((lineText, index) => ({ line: index + 1, text: lineText.trim() }));
  const filled = lines.filter((line) => line.text !== "").slice(0, 400);
  const passages: Passage[] = [];
  for (let start = 0; start < filled.length; start += 8) {
    const chunk = filled.slice(start, start + 8);
    const first = chunk[0]!;
    passages.push({
      id: `${fixtureFile}:p${first.line}`,
      file: fixtureFile,
      breadcrumb: [],
      text: chunk.map((line) => line.text).join("\n"),
      startLine: first.line,
      endLine: chunk.at(-1)!.line,
      recordId: null,
    });
  }
  return passages;
}

export function fixtureDocuments(): DocumentInfo[] {
  return [
    {
      file: fixtureFile,
      kind: "Kế hoạch",
      number: "429/KH-UBND",
      date: "2025-01-30",
      dateText: "ngày 30 tháng 01 năm 2025",
      issuer: "UBND tỉnh Quảng Trị",
      title: "Chuyển đổi số tỉnh Quảng Trị năm 2026",
      aliases: ["Kế hoạch 429"],
    },
  ];
}
