import { describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { DecodedPostings, decodePostings, decodePostingsInto, PostingsWriter, termCounts } from "./postings.js";

describe("postings", () => {
  it("counts each distinct syllable, then each pair of adjacent syllables, overlapping pairs as often as they stand", () => {
    expect([...termCounts(["hạn", "hạn", "hạn", "chế"])]).toEqual([["hạn", 3], ["chế", 1], ["hạn hạn", 2], ["hạn chế", 1]]);
  });

  it("gives back every row and frequency written, also lower rowids after higher ones and large ones", () => {
    const database = new Database(":memory:");
    database.exec("CREATE TABLE term_postings (kind INTEGER NOT NULL, term TEXT NOT NULL, rows INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (kind, term)) WITHOUT ROWID");
    const writer = new PostingsWriter(database);
    const rows = [5, 6, 900, 3, 2 ** 40, 1, 70000];
    writer.apply([], rows.map((rowid, index) => ({ side: "records" as const, rowid, exact: Array.from({ length: (index % 3) + 1 }, () => "a"), folded: [] })));
    writer.flush();
    const stored = database.prepare("SELECT rows, data FROM term_postings WHERE kind = 0 AND term = 'a'").get() as { rows: number; data: Buffer };
    const read: [number, number][] = [];
    decodePostings(stored.data, (rowid, count) => read.push([rowid, count]));
    expect(stored.rows).toBe(rows.length);
    expect(read).toEqual(rows.map((rowid, index) => [rowid, (index % 3) + 1]));
    // An entry with a small step and a frequency of 1 is one byte.
    writer.apply([], Array.from({ length: 100 }, (_, index) => ({ side: "passages" as const, rowid: index * 3 + 1, exact: ["b"], folded: [] })));
    writer.flush();
    expect((database.prepare("SELECT data FROM term_postings WHERE kind = 2 AND term = 'b'").pluck().get() as Buffer).length).toBe(100);
    database.close();
  });

  it("decodes into arrays reused from blob to blob: many entries, then few, frequencies of several bytes", () => {
    const database = new Database(":memory:");
    database.exec("CREATE TABLE term_postings (kind INTEGER NOT NULL, term TEXT NOT NULL, rows INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (kind, term)) WITHOUT ROWID");
    const writer = new PostingsWriter(database);
    const many = Array.from({ length: 3000 }, (_, index) => ({ rowid: 1 + index * 7 + (index % 5) * 300, count: 1 + ((index * 37) % 400) }));
    const few = [{ rowid: 2 ** 35, count: 20000 }, { rowid: 4, count: 1 }];
    const items = (term: string, entries: { rowid: number; count: number }[]) =>
      entries.map(({ rowid, count }) => ({ side: "records" as const, rowid, exact: Array.from({ length: count }, () => term), folded: [] }));
    writer.apply([], items("many", many));
    writer.apply([], items("few", few));
    writer.flush();
    const blob = (term: string) => database.prepare("SELECT data FROM term_postings WHERE kind = 0 AND term = ?").pluck().get(term) as Buffer;
    const decoded = new DecodedPostings();
    for (const [term, entries] of [["many", many], ["few", few], ["many", many]] as const) {
      decodePostingsInto(blob(term), decoded);
      expect(decoded.length).toBe(entries.length);
      expect(Array.from({ length: decoded.length }, (_, index) => ({ rowid: decoded.rowids[index], count: decoded.counts[index] }))).toEqual(entries);
    }
    database.close();
  });
});
