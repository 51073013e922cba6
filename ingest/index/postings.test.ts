import { describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { DecodedPostings, decodePostings, decodePostingsInto, postingsQuery, postingsSchema, spillBytes, termCounts } from "./postings.js";
import { PostingsWriter } from "./postings-writer.js";

describe("postings", () => {
  it("counts each distinct syllable, then each pair of adjacent syllables, overlapping pairs as often as they stand", () => {
    expect([...termCounts(["hạn", "hạn", "hạn", "chế"])]).toEqual([["hạn", 3], ["chế", 1], ["hạn hạn", 2], ["hạn chế", 1]]);
  });

  it("gives back every row and frequency written, in rowid order, also lower rowids after higher ones and large ones", () => {
    const database = new Database(":memory:");
    for (const statement of postingsSchema) database.exec(statement);
    const writer = new PostingsWriter(database);
    const rows = [5, 6, 900, 3, 2 ** 40, 1, 70000];
    writer.apply([], rows.map((rowid, index) => ({ side: "records" as const, rowid, exact: Array.from({ length: (index % 3) + 1 }, () => "a"), folded: [] })));
    writer.flush();
    const [storedRows, storedData] = database.prepare(postingsQuery).raw().get(0, "a") as [number, Buffer];
    const stored = { rows: storedRows, data: storedData };
    const read: [number, number][] = [];
    decodePostings(stored.data, (rowid, count) => read.push([rowid, count]));
    expect(stored.rows).toBe(rows.length);
    expect(read).toEqual(rows.map((rowid, index) => [rowid, (index % 3) + 1]).sort((left, right) => left[0]! - right[0]!));
    // A term once in each row: after the format byte, an entry with a step up to 128 is one byte; with frequencies, up to 64.
    writer.apply([], Array.from({ length: 100 }, (_, index) => ({ side: "passages" as const, rowid: index * 100 + 1, exact: ["b"], folded: ["b", ...(index === 0 ? ["b"] : [])] })));
    writer.flush();
    const bytes = (kind: number) => (database.prepare(postingsQuery).raw().get(kind, "b") as [number, Buffer])[1].length;
    expect(bytes(2)).toBe(1 + 100);
    expect(bytes(3)).toBe(1 + 1 + 1 + 99 * 2);
    database.close();
  });

  it("decodes into arrays reused from blob to blob: many entries, then few, frequencies of several bytes", () => {
    const database = new Database(":memory:");
    for (const statement of postingsSchema) database.exec(statement);
    const writer = new PostingsWriter(database);
    const many = Array.from({ length: 3000 }, (_, index) => ({ rowid: 1 + index * 7 + (index % 5) * 300, count: 1 + ((index * 37) % 400) }));
    const few = [{ rowid: 2 ** 35, count: 20000 }, { rowid: 4, count: 1 }];
    const items = (term: string, entries: { rowid: number; count: number }[]) =>
      entries.map(({ rowid, count }) => ({ side: "records" as const, rowid, exact: Array.from({ length: count }, () => term), folded: [] }));
    writer.apply([], items("many", many));
    writer.apply([], items("few", few));
    writer.flush();
    const blob = (term: string) => (database.prepare(postingsQuery).raw().get(0, term) as [number, Buffer])[1];
    const decoded = new DecodedPostings();
    for (const [term, entries] of [["many", many], ["few", few], ["many", many]] as const) {
      decodePostingsInto(blob(term), decoded);
      expect(decoded.length).toBe(entries.length);
      const inOrder = [...entries].sort((left, right) => left.rowid - right.rowid);
      expect(Array.from({ length: decoded.length }, (_, index) => ({ rowid: decoded.rowids[index], count: decoded.counts[index] }))).toEqual(inOrder);
    }
    database.close();
  });

  it("keeps a long blob in the spill table and a short one in its term's row, and rewrites both in an incremental build without leaving one behind", () => {
    const database = new Database(":memory:");
    for (const statement of postingsSchema) database.exec(statement);
    const item = (rowid: number, terms: string[]) => ({ side: "passages" as const, rowid, exact: terms, folded: [] });
    const long = Array.from({ length: 3000 }, (_, index) => item(index * 5 + 1, ["long", "short"].slice(0, index < 3 ? 2 : 1)));
    const writer = new PostingsWriter(database);
    writer.apply([], long);
    writer.flush();
    const read = (term: string) => {
      const entries: number[] = [];
      const found = database.prepare(postingsQuery).raw().get(2, term) as [number, Buffer] | undefined;
      if (found) decodePostings(found[1], (rowid) => entries.push(rowid));
      return entries;
    };
    const spilled = () => database.prepare("SELECT count(*) FROM postings_spill").pluck().get();
    expect(read("long")).toEqual(long.map((entry) => entry.rowid));
    expect(read("short")).toEqual([1, 6, 11]);
    const inRow = database.prepare("SELECT term, data IS NULL AS spilled, length(data) AS bytes FROM term_postings ORDER BY term").all();
    expect(inRow).toEqual([{ term: "long", spilled: 1, bytes: null }, { term: "long short", spilled: 0, bytes: 4 }, { term: "short", spilled: 0, bytes: 4 }]);
    expect(spilled()).toBe(1);
    expect((database.prepare("SELECT length(data) FROM postings_spill").pluck().get() as number) > spillBytes).toBe(true);
    // A second build over the same database removes most rows: the long blob becomes short, and the short one goes.
    const next = new PostingsWriter(database);
    next.apply(long.slice(3), []);
    next.apply(long.slice(0, 3), [item(1, ["long"]), item(6, ["long"]), item(11, ["long"])]);
    next.flush();
    expect(read("long")).toEqual([1, 6, 11]);
    expect(read("short")).toEqual([]);
    expect(spilled()).toBe(0);
    expect(database.prepare("SELECT term FROM term_postings ORDER BY term").pluck().all()).toEqual(["long"]);
    database.close();
  });

  it("stores an exact term holding its folded term's rows once, and gives it its own rows again when only the folded term changes", () => {
    const database = new Database(":memory:");
    for (const statement of postingsSchema) database.exec(statement);
    const item = (rowid: number, exact: string[], folded: string[]) => ({ side: "records" as const, rowid, exact, folded });
    const read = (kind: number, term: string) => {
      const entries: number[] = [];
      const found = database.prepare(postingsQuery).raw().get(kind, term) as [number, Buffer] | undefined;
      if (found) decodePostings(found[1], (rowid) => entries.push(rowid));
      return entries;
    };
    const ownBlob = (kind: number, term: string) => database.prepare("SELECT data IS NOT NULL OR spill IS NOT NULL FROM term_postings WHERE kind = ? AND term = ?").pluck().get(kind, term);
    // "2025" and "so" are written alike in both columns; "số" folds to "so" too, so exact "so" is not folded "so".
    const many = Array.from({ length: 2_000 }, (_, index) => item(10 + index * 3, ["2025"], ["2025"]));
    const first = new PostingsWriter(database);
    first.apply([], [item(1, ["so", "2025"], ["so", "2025"]), item(2, ["số"], ["so"]), item(3, ["hạn"], ["han"]), ...many]);
    first.flush();
    expect(read(0, "2025")).toEqual([1, ...many.map((entry) => entry.rowid)]);
    expect(ownBlob(0, "2025")).toBe(0);
    expect(ownBlob(1, "2025")).toBe(1);
    // One spilled blob for the two.
    expect(database.prepare("SELECT count(*) FROM postings_spill").pluck().get()).toBe(1);
    expect([read(0, "so"), read(1, "so"), ownBlob(0, "so")]).toEqual([[1], [1, 2], 1]);
    expect([read(0, "hạn"), read(1, "han")]).toEqual([[3], [3]]);

    const shared = new PostingsWriter(database);
    shared.apply([item(2, ["số"], ["so"])], []);
    shared.flush();
    expect([read(0, "so"), read(1, "so"), ownBlob(0, "so")]).toEqual([[1], [1], 0]);
    // A row that adds only to the folded term: the exact one keeps its rows.
    const next = new PostingsWriter(database);
    next.apply([], [item(5, ["sở"], ["so"])]);
    next.flush();
    expect([read(0, "so"), read(1, "so"), read(0, "sở"), ownBlob(0, "so")]).toEqual([[1], [1, 5], [5], 1]);
    database.close();
  });
});
