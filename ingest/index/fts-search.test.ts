import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatabaseWriter } from "./database-writer.js";
import { FtsSearch, ftsQuery } from "./fts-search.js";
import { createIndexDatabase } from "./index-database.js";
import { recordIndexText } from "./index-text.js";
import { adjacentPairs, tokenizeFields } from "./tokenize.js";
import { fixtureFile, otherFile, taskRecord } from "./test-fixtures.js";

const passage = (id: string, file: string, text: string, recordId: string | null = null) => ({
  id,
  file,
  breadcrumb: [],
  text,
  startLine: 1,
  endLine: 1,
  recordId,
});

describe("FTS5 lexical search", () => {
  let folder: string;
  let database: Database.Database;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "fts-search-"));
    database = createIndexDatabase(join(folder, "index.sqlite"));
    const writer = new DatabaseWriter(database);
    writer.replaceDocument({
      file: fixtureFile,
      info: null,
      records: [
        taskRecord("limit", fixtureFile, "Khắc phục hạn chế của hệ thống", ["Sở Nội vụ"]),
        taskRecord("weld", fixtureFile, "Sửa chữa máy hàn chế tạo", ["Sở Công Thương"]),
        taskRecord("apart", fixtureFile, "Chế độ báo cáo và thời hạn nộp", ["Văn phòng UBND tỉnh"]),
        taskRecord("science", fixtureFile, "Phát triển KH&CN và đổi mới sáng tạo", ["Sở Khoa học và Công nghệ"]),
      ],
      passages: [passage("body", fixtureFile, "Đẩy mạnh đào tạo nguồn nhân lực số"), passage("row", fixtureFile, "Đào tạo nhân lực số", "limit")],
    });
    writer.replaceDocument({
      file: otherFile,
      info: null,
      records: [taskRecord("other", otherFile, "Khắc phục hạn chế về hạ tầng", ["Sở Xây dựng"])],
      passages: [],
    });
  });
  afterAll(async () => {
    database.close();
    await rm(folder, { recursive: true, force: true });
  });

  it("looks every distinct syllable and pair of adjacent syllables (a phrase) up in both columns", () => {
    expect(ftsQuery("Hạn chế, hạn chế!")).toBe('{exact} : ("hạn" OR "chế" OR "hạn chế" OR "chế hạn") OR {folded} : ("han" OR "che" OR "han che" OR "che han")');
    expect(ftsQuery("...?")).toBeNull();
  });

  it("ranks the exact spelling first, and finds it unaccented too", () => {
    const records = new FtsSearch(database, "records");
    const accented = records.search("hạn chế", { limit: 10 }).map((hit) => hit.id);
    expect(accented.slice(0, 2).sort()).toEqual(["limit", "other"]);
    expect(accented).toContain("weld");
    // Unaccented, "hàn chế" folds to the same words as "hạn chế": all three come first.
    const unaccented = records.search("han che", { limit: 10 }).map((hit) => hit.id);
    expect(unaccented.slice(0, 3).sort()).toEqual(["limit", "other", "weld"]);
  });

  it("scores the two syllables higher where they stand together (bigram phrase)", () => {
    const hits = new FtsSearch(database, "records").search("chế độ", { limit: 10 });
    expect(hits[0]?.id).toBe("apart");
    const together = new FtsSearch(database, "records").search("hạn chế", { limit: 10 });
    const score = (id: string) => together.find((hit) => hit.id === id)?.score ?? 0;
    expect(score("limit")).toBeGreaterThan(score("apart"));
  });

  it("stores syllables only and finds a pair as a phrase: adjacent, in order, not separated or reversed", () => {
    const rowsOf = (match: string) =>
      (database.prepare("SELECT r.id AS id FROM record_terms t JOIN records r ON r.rowid = t.rowid WHERE record_terms MATCH ? ORDER BY r.rowid").all(match) as { id: string }[]).map((row) => row.id);
    // "Chế độ báo cáo và thời hạn nộp" holds both syllables, apart and in the other order.
    expect(rowsOf('{exact} : ("hạn" AND "chế")').sort()).toEqual(["apart", "limit", "other"]);
    expect(rowsOf('{exact} : "hạn chế"').sort()).toEqual(["limit", "other"]);
    expect(rowsOf('{folded} : "han che"').sort()).toEqual(["limit", "other", "weld"]);
    // No bigram token is written: "hạn_chế" is no term of the index.
    expect(rowsOf('{exact} : "hạn_chế"')).toEqual([]);
  });

  it("scores exactly as bigram tokens did: same frequencies and row counts, and the filler keeps the row lengths", () => {
    // The index as it was before decision 019: each column held the syllables and the "_"-joined pairs as tokens.
    const withPairs = (syllableList: string[]) => [...syllableList, ...adjacentPairs(syllableList).map((pair) => pair.join("_"))];
    database.exec(`CREATE VIRTUAL TABLE bigram_terms USING fts5(exact, folded, content='', tokenize="unicode61 remove_diacritics 0 categories 'L* N* M* P* S* Co'")`);
    const rows = database.prepare("SELECT rowid, json FROM records").all() as { rowid: number; json: string }[];
    for (const row of rows) {
      const tokens = tokenizeFields(recordIndexText(JSON.parse(row.json)));
      database.prepare("INSERT INTO bigram_terms (rowid, exact, folded) VALUES (?, ?, ?)").run(row.rowid, withPairs(tokens.exact).join(" "), withPairs(tokens.folded).join(" "));
    }
    const idOf = new Map((database.prepare("SELECT rowid, id FROM records").all() as { rowid: number; id: string }[]).map((row) => [row.rowid, row.id]));
    for (const query of ["hạn chế", "han che", "khắc phục hạn chế của hệ thống", "chế độ báo cáo", "Sở Nội vụ", "phát triển KH&CN"]) {
      const tokens = tokenizeFields(query);
      const match = (["exact", "folded"] as const).map((column) => `{${column}} : (${[...new Set(withPairs(tokens[column]))].map((term) => `"${term}"`).join(" OR ")})`).join(" OR ");
      const before = (database.prepare("SELECT rowid, bm25(bigram_terms, 1, 1) AS score FROM bigram_terms WHERE bigram_terms MATCH ?").all(match) as { rowid: number; score: number }[])
        .map((row) => ({ id: idOf.get(row.rowid), score: -row.score }))
        .sort((left, right) => left.id!.localeCompare(right.id!));
      const now = new FtsSearch(database, "records").search(query, { limit: 100 }).sort((left, right) => left.id.localeCompare(right.id));
      expect(now, query).toEqual(before);
    }
    database.exec("DROP TABLE bigram_terms");
  });

  it("keeps & inside a term (KH&CN) and restricts hits to files and to body passages", () => {
    const records = new FtsSearch(database, "records");
    expect(records.search("kh&cn", { limit: 5 })[0]?.id).toBe("science");
    expect(records.search("khắc phục hạn chế", { limit: 5, files: [otherFile] }).map((hit) => hit.id)).toEqual(["other"]);
    const passages = new FtsSearch(database, "passages");
    expect(passages.search("đào tạo nhân lực", { limit: 5 }).map((hit) => hit.id).sort()).toEqual(["body", "row"]);
    expect(passages.search("đào tạo nhân lực", { limit: 5, bodyOnly: true }).map((hit) => hit.id)).toEqual(["body"]);
  });

  it("gives a search asked again from what it kept, a smaller limit the beginning of the ranking, and copies the caller may change", () => {
    const kept = new FtsSearch(database, "records");
    const first = kept.search("hạn chế", { limit: 10 });
    const fresh = (limit: number) => new FtsSearch(database, "records").search("hạn chế", { limit });
    for (const limit of [1, 2, 3, 10]) expect(kept.search("hạn chế", { limit })).toEqual(fresh(limit));
    first[0]!.id = "changed by the caller";
    expect(kept.search("hạn chế", { limit: 1 })).toEqual(fresh(1));
    // A larger limit than the one kept is read again, and files or body passages are other searches.
    expect(kept.search("hạn chế", { limit: 20 })).toEqual(fresh(20));
    expect(kept.search("khắc phục hạn chế", { limit: 5, files: [otherFile] }).map((hit) => hit.id)).toEqual(["other"]);
    expect(kept.search("khắc phục hạn chế", { limit: 5 }).map((hit) => hit.id)).toContain("limit");
  });

  it("weighs the columns: with the folded column at 0 an unaccented query scores nothing", () => {
    const exactOnly = new FtsSearch(database, "records", { exact: 1, folded: 0 });
    expect(exactOnly.search("han che", { limit: 5 }).every((hit) => hit.score === 0)).toBe(true);
    expect(exactOnly.search("hạn chế", { limit: 5 })[0]?.score).toBeGreaterThan(0);
  });
});
