import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeRecord, Passage } from "../records/schemas.js";
import { DatabaseWriter, termColumns } from "./database-writer.js";
import { createIndexDatabase } from "./index-database.js";
import { passageIndexText, recordIndexText } from "./index-text.js";
import { LexicalSearch, queryPhrases, type LexicalHit } from "./lexical-search.js";
import { adjacentPairs, tokenizeFields } from "./tokenize.js";
import { fixtureFile, fixturePassages, otherFile, taskRecord } from "./test-fixtures.js";

const passage = (id: string, file: string, text: string, recordId: string | null = null): Passage => ({ id, file, breadcrumb: [], text, startLine: 1, endLine: 1, recordId });

const records = (): KnowledgeRecord[] => [
  taskRecord("limit", fixtureFile, "Khắc phục hạn chế của hệ thống", ["Sở Nội vụ"]),
  taskRecord("weld", fixtureFile, "Sửa chữa máy hàn chế tạo", ["Sở Công Thương"]),
  taskRecord("apart", fixtureFile, "Chế độ báo cáo và thời hạn nộp", ["Văn phòng UBND tỉnh"]),
  taskRecord("science", fixtureFile, "Phát triển KH&CN và đổi mới sáng tạo", ["Sở Khoa học và Công nghệ"]),
  taskRecord("twice", fixtureFile, "hạn hạn hạn chế chế", ["Sở Nội vụ"]),
];
const otherRecords = (): KnowledgeRecord[] => [taskRecord("other", otherFile, "Khắc phục hạn chế về hạ tầng", ["Sở Xây dựng"])];
const passages = (): Passage[] => [passage("body", fixtureFile, "Đẩy mạnh đào tạo nguồn nhân lực số"), passage("row", fixtureFile, "Đào tạo nhân lực số", "limit"), ...fixturePassages()];

const queries = ["hạn chế", "han che", "khắc phục hạn chế của hệ thống", "chế độ báo cáo", "Sở Nội vụ", "phát triển KH&CN", "hạn hạn", "xây dựng cơ sở dữ liệu", "chuyển đổi số", "ai chủ trì"];

/** FTS5's own BM25 over the same terms, as the index computed it before decision 025 (syllables, filler, pairs as phrases). */
function fts5Scores(database: Database.Database, side: "records" | "passages", query: string, weights = [1, 1]): LexicalHit[] {
  const table = `fts_${side}`;
  if (!database.prepare("SELECT 1 FROM sqlite_master WHERE name = ?").get(table)) {
    database.exec(`CREATE VIRTUAL TABLE ${table} USING fts5(exact, folded, filler, content='', tokenize="unicode61 remove_diacritics 0 categories 'L* N* M* P* S* Co'")`);
    for (const row of database.prepare(`SELECT rowid, json FROM ${side}`).all() as { rowid: number; json: string }[]) {
      const item = JSON.parse(row.json);
      const columns = termColumns(side === "records" ? recordIndexText(item) : passageIndexText(item));
      database.prepare(`INSERT INTO ${table} (rowid, exact, folded, filler) VALUES (?, ?, ?, ?)`).run(row.rowid, columns.exact, columns.folded, columns.filler);
    }
  }
  const match = (["exact", "folded"] as const)
    .map((column) => {
      const terms = queryPhrases(query).filter((phrase) => phrase.column === column);
      return `{${column}} : (${terms.map((phrase) => `"${phrase.term.replaceAll('"', '""')}"`).join(" OR ")})`;
    })
    .join(" OR ");
  const rows = database
    .prepare(`SELECT item.id AS id, bm25(${table}, ?, ?) AS score FROM ${table} JOIN ${side} AS item ON item.rowid = ${table}.rowid WHERE ${table} MATCH ? ORDER BY score, item.file, item.rowid`)
    .all(weights[0], weights[1], match) as { id: string; score: number }[];
  return rows.map((row) => ({ id: row.id, score: -row.score }));
}

function write(database: Database.Database): void {
  const writer = new DatabaseWriter(database);
  writer.replaceDocument({ file: fixtureFile, info: null, records: records(), passages: passages() });
  writer.replaceDocument({ file: otherFile, info: null, records: otherRecords(), passages: [] });
  writer.finish();
}

describe("lexical search over our own postings", () => {
  let folder: string;
  let database: Database.Database;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "lexical-search-"));
    database = createIndexDatabase(join(folder, "index.sqlite"));
    write(database);
  });
  afterAll(async () => {
    database.close();
    await rm(folder, { recursive: true, force: true });
  });

  it("looks every distinct syllable and pair of adjacent syllables up in both columns, in FTS5's order", () => {
    expect(queryPhrases("Hạn chế, hạn chế!").map((phrase) => `${phrase.column}:${phrase.term}`)).toEqual([
      "exact:hạn", "exact:chế", "exact:hạn chế", "exact:chế hạn", "folded:han", "folded:che", "folded:han che", "folded:che han",
    ]);
    expect(queryPhrases("...?")).toEqual([]);
  });

  it("gives FTS5's BM25 to the bit: the same rows, scores and order, records and passages", () => {
    for (const side of ["records", "passages"] as const) {
      for (const query of queries) {
        const expected = fts5Scores(database, side, query);
        expect(new LexicalSearch(database, side).search(query, { limit: 1000 }), `${side}: ${query}`).toEqual(expected);
        expect(new LexicalSearch(database, side).search(query, { limit: 3 }), `${side}: ${query}`).toEqual(expected.slice(0, 3));
      }
    }
    expect(fts5Scores(database, "passages", "chuyển đổi số").length).toBeGreaterThan(3);
  });

  it("keeps the phrases it scored and gives FTS5's BM25 for every query after the others, whether it kept all, some or none of them", () => {
    for (const keptEntries of [1_000_000, 6, 0]) {
      for (const side of ["records", "passages"] as const) {
        const reader = new LexicalSearch(database, side, { exact: 1, folded: 1 }, keptEntries);
        for (let pass = 0; pass < 2; pass += 1) {
          // Each query at a new limit, so that it is scored again, not given from the searches kept.
          for (const query of queries) expect(reader.search(query, { limit: 900 + pass }), `${side}: ${query} (${keptEntries})`).toEqual(fts5Scores(database, side, query));
        }
      }
      const weighted = new LexicalSearch(database, "records", { exact: 0.3, folded: 1.7 }, keptEntries);
      for (const query of [...queries, ...queries]) expect(weighted.search(query, { limit: 50 })).toEqual(fts5Scores(database, "records", query, [0.3, 1.7]).slice(0, 50));
    }
  });

  it("weighs the columns as FTS5 did: with the folded column at 0 an unaccented query matches with score 0", () => {
    const exactOnly = new LexicalSearch(database, "records", { exact: 1, folded: 0 });
    for (const query of ["han che", "hạn chế"]) expect(exactOnly.search(query, { limit: 50 })).toEqual(fts5Scores(database, "records", query, [1, 0]));
    expect(exactOnly.search("han che", { limit: 5 }).every((hit) => hit.score === 0)).toBe(true);
    expect(new LexicalSearch(database, "records", { exact: 0.3, folded: 1.7 }).search("hạn hạn chế", { limit: 50 })).toEqual(fts5Scores(database, "records", "hạn hạn chế", [0.3, 1.7]));
  });

  it("ranks the exact spelling first, finds it unaccented too, and scores a pair higher where it stands together", () => {
    const search = new LexicalSearch(database, "records");
    expect(search.search("hạn chế", { limit: 10 }).slice(0, 3).map((hit) => hit.id)).toContain("limit");
    expect(search.search("han che", { limit: 10 }).map((hit) => hit.id)).toContain("weld");
    const together = search.search("hạn chế", { limit: 10 });
    const score = (id: string) => together.find((hit) => hit.id === id)?.score ?? 0;
    expect(score("limit")).toBeGreaterThan(score("apart"));
  });

  it("restricts hits to files and to body passages, and keeps & inside a term (KH&CN)", () => {
    const search = new LexicalSearch(database, "records");
    expect(search.search("kh&cn", { limit: 5 })[0]?.id).toBe("science");
    expect(search.search("khắc phục hạn chế", { limit: 5, files: [otherFile] }).map((hit) => hit.id)).toEqual(["other"]);
    expect(search.search("khắc phục hạn chế", { limit: 5, files: ["no-such-file.md"] })).toEqual([]);
    const passageSearch = new LexicalSearch(database, "passages");
    expect(passageSearch.search("đào tạo nhân lực số", { limit: 2 }).map((hit) => hit.id).sort()).toEqual(["body", "row"]);
    expect(passageSearch.search("đào tạo nhân lực số", { limit: 5, bodyOnly: true }).map((hit) => hit.id)).not.toContain("row");
  });

  it("gives a search asked again from what it kept, a smaller limit the beginning of the ranking, and copies the caller may change", () => {
    const kept = new LexicalSearch(database, "records");
    const first = kept.search("hạn chế", { limit: 10 });
    const fresh = (limit: number) => new LexicalSearch(database, "records").search("hạn chế", { limit });
    for (const limit of [1, 2, 3, 10]) expect(kept.search("hạn chế", { limit })).toEqual(fresh(limit));
    first[0]!.id = "changed by the caller";
    expect(kept.search("hạn chế", { limit: 1 })).toEqual(fresh(1));
    expect(kept.search("hạn chế", { limit: 20 })).toEqual(fresh(20));
  });

  it("after an incremental build (a document replaced, one removed, one written twice) scores as a fresh build of the same contents", async () => {
    const changed = [taskRecord("limit", fixtureFile, "Khắc phục hạn chế của hệ thống mạng", ["Sở Nội vụ"]), taskRecord("new", fixtureFile, "Hạn chế chế độ", ["Sở Y tế"])];
    const incremental = createIndexDatabase(join(folder, "incremental.sqlite"));
    write(incremental);
    const writer = new DatabaseWriter(incremental);
    writer.replaceDocument({ file: otherFile, info: null, records: otherRecords(), passages: [passage("gone", otherFile, "hạn chế")] });
    writer.replaceDocument({ file: fixtureFile, info: null, records: changed, passages: passages().slice(0, 3) });
    writer.removeDocument(otherFile);
    writer.finish();
    const fresh = createIndexDatabase(join(folder, "fresh.sqlite"));
    const freshWriter = new DatabaseWriter(fresh);
    freshWriter.replaceDocument({ file: fixtureFile, info: null, records: changed, passages: passages().slice(0, 3) });
    freshWriter.finish();
    const byId = (hits: LexicalHit[]) => [...hits].sort((left, right) => left.id.localeCompare(right.id));
    for (const side of ["records", "passages"] as const) {
      for (const query of [...queries, "hệ thống mạng"]) {
        const now = byId(new LexicalSearch(incremental, side).search(query, { limit: 1000 }));
        expect(now, `${side}: ${query}`).toEqual(byId(new LexicalSearch(fresh, side).search(query, { limit: 1000 })));
        expect(now, `${side}: ${query}`).toEqual(byId(fts5Scores(incremental, side, query)));
      }
    }
    expect(new LexicalSearch(incremental, "records").search("hạ tầng", { limit: 5 }).map((hit) => hit.id)).toEqual([]);
    incremental.close();
    fresh.close();
  });

  it("counts a pair's overlapping occurrences as a bigram token did", () => {
    const pairs = adjacentPairs(tokenizeFields("hạn hạn hạn").exact).map((pair) => pair.join(" "));
    expect(pairs).toEqual(["hạn hạn", "hạn hạn"]);
    expect(new LexicalSearch(database, "records").search("hạn hạn", { limit: 1 })[0]?.id).toBe("twice");
  });
});
