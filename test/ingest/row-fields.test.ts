import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingestDocument } from "../../ingest/ingest-document.js";
import { readDocument } from "../../ingest/read/read-document.js";
import type { TaskRecord } from "../../ingest/records/schemas.js";
import { recordFact, type FactRequest } from "../../knowledge/answer/compose/record-facts.js";
import { foldText } from "../../vietnamese/fold.js";
import { loadGlossary } from "../../vietnamese/glossary/glossary.js";

const glossary = loadGlossary();
const root = path.join(import.meta.dirname, "..", "..");
const tasksOf = async (file: string) =>
  ingestDocument(await readDocument(path.join(root, file)), glossary).records.filter((record): record is TaskRecord => record.kind === "task");
const request = (kind: FactRequest["kind"], question: string): FactRequest => ({
  kind, year: null, valuePreference: null, valuePreferenceStrong: false, valuePreferenceWords: { result: [], target: [] },
  wantsRank: false, questionFolded: foldText(question), wantsConfirming: false, wantsProduct: false,
});

describe("columns no task field holds", () => {
  it("keeps them with their header, and answers a question naming the header from them", async () => {
    const tasks = await tasksOf("test/fixtures/documents/bang-theo-doi-nhiem-vu-du-lieu.md");
    const store = tasks.find((task) => task.title.startsWith("Xây dựng kho dữ liệu"));
    expect(store?.fields).toEqual([
      { label: "Ngày bắt đầu", text: "01/3/2026", role: "start" },
      { label: "Chỉ báo theo dõi", text: "Số cơ sở dữ liệu được kết nối vào kho" },
      { label: "Số ngày", text: "214", role: "duration" },
    ]);
    // A placeholder ("-") states nothing.
    expect(tasks.find((task) => task.title.startsWith("Số hóa"))?.fields).toEqual([
      { label: "Ngày bắt đầu", text: "01/5/2026", role: "start" },
      { label: "Số ngày", text: "213", role: "duration" },
    ]);
    if (!store) return;
    expect(recordFact(store, request("value", "Chỉ báo theo dõi của kho dữ liệu dùng chung là gì?")).line).toBe(
      "Chỉ báo theo dõi: Số cơ sở dữ liệu được kết nối vào kho — Xây dựng kho dữ liệu dùng chung của tỉnh.",
    );
    expect(recordFact(store, request("deadline", "Kho dữ liệu dùng chung bắt đầu và kết thúc khi nào?")).line).toBe(
      "Từ 01/3/2026 đến 30/9/2026 — Xây dựng kho dữ liệu dùng chung của tỉnh.",
    );
    expect(recordFact(store, request("value", "Xây dựng kho dữ liệu dùng chung kéo dài bao nhiêu ngày?")).line).toBe(
      "Số ngày: 214 — Xây dựng kho dữ liệu dùng chung của tỉnh.",
    );
    // Words of another kind in the subject ("ngân sách", read as a money question) do not hide the column named.
    expect(recordFact(store, request("budget", "Xây dựng kho dữ liệu dùng chung kéo dài bao nhiêu ngày?")).line).toBe(
      "Số ngày: 214 — Xây dựng kho dữ liệu dùng chung của tỉnh.",
    );
    expect(recordFact(store, request("budget", "Kinh phí xây dựng kho dữ liệu dùng chung bao nhiêu?")).found).toBe(false);
    // A question naming no column gets the owner, as before.
    expect(recordFact(store, request("general", "Kho dữ liệu dùng chung ai làm?")).line).toMatch(/^Sở Khoa học và Công nghệ chủ trì/);
  });

  it("reads a duration column with an English header in a plan of another layout", async () => {
    const tasks = await tasksOf("test/fixtures/devdocs/ke-hoach-theo-thang-nq57-wbs.md");
    const withDuration = tasks.filter((task) => task.fields?.some((field) => field.role === "duration" && /^\d+$/.test(field.text)));
    expect(withDuration.length).toBeGreaterThan(50);
    const first = withDuration[0];
    if (first) expect(recordFact(first, request("value", "kéo dài bao nhiêu ngày?")).line).toMatch(/^DURATION \(Days\): \d+ — /);
    const budgetLaw = tasks.find((task) => task.title === "Sửa đổi Luật NSNN");
    if (budgetLaw) expect(recordFact(budgetLaw, request("budget", "Sửa đổi Luật Ngân sách nhà nước kéo dài bao nhiêu ngày?")).line).toBe("DURATION (Days): 121 — Sửa đổi Luật NSNN.");
    expect(budgetLaw).toBeDefined();
  });

  it("keeps a remarks column of a corpus plan in another layout", async () => {
    const tasks = await tasksOf("knowledge/sources/quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt");
    const noted = tasks.filter((task) => task.fields?.some((field) => field.label === "Ghi chú"));
    expect(noted.length).toBeGreaterThan(5);
  });
});
