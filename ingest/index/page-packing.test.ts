import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { localPayload, maxLocalPayload, pageBytes, pageFillingOrder } from "./page-packing.js";

/** An in-memory database with 8 KB pages and one rowid table of blobs. */
function blobTable(): Database.Database {
  const database = new Database(":memory:");
  database.pragma(`page_size = ${pageBytes}`);
  database.exec("CREATE TABLE blobs (rowid INTEGER PRIMARY KEY, data BLOB NOT NULL)");
  return database;
}

/** The table's pages by type, as SQLite's dbstat counts them. */
function pagesOf(database: Database.Database): { leaf: number; overflow: number } {
  const rows = database.prepare("SELECT pagetype AS type, count(*) AS pages FROM dbstat WHERE name = 'blobs' GROUP BY pagetype").all() as { type: string; pages: number }[];
  const count = (type: string) => rows.find((row) => row.type === type)?.pages ?? 0;
  return { leaf: count("leaf"), overflow: count("overflow") };
}

describe("rows on SQLite's leaf pages", () => {
  it("keeps on the leaf page what SQLite keeps there, the rest on full overflow pages", () => {
    for (const blobBytes of [100, 8_000, 8_150, 8_200, 9_000, 12_345, 17_000, 30_000]) {
      const database = blobTable();
      database.prepare("INSERT INTO blobs (data) VALUES (?)").run(Buffer.alloc(blobBytes, 7));
      // The record: its header (its size, a NULL for the rowid alias, the blob's type 2n + 12 as a varint) and the blob.
      const payload = blobBytes + 2 + (blobBytes < 58 ? 1 : blobBytes < 8_186 ? 2 : 3);
      const overflowBytes = payload - localPayload(payload);
      expect(pagesOf(database).overflow, `${blobBytes} bytes`).toBe(Math.ceil(overflowBytes / (pageBytes - 4)));
      const onPage = database.prepare("SELECT payload FROM dbstat WHERE name = 'blobs' AND pagetype = 'leaf'").pluck().get() as number;
      expect(onPage, `${blobBytes} bytes`).toBe(localPayload(payload));
      database.close();
    }
    expect(localPayload(maxLocalPayload())).toBe(maxLocalPayload());
  });

  it("orders rows so that appending them fills pages: fewer pages than the order made, as many as first fit predicts", () => {
    // A document's long blocks, then its short ones: appended as made, each 5 KB row is alone on its page.
    for (const sizes of [[...Array<number>(10).fill(5_000), ...Array<number>(10).fill(3_000)], [2_500, 6_000, 2_500, 2_600, 5_400, 2_700, 5_500, 1_000, 7_000, 1_100]]) {
      const natural = blobTable();
      const packed = blobTable();
      const insert = (database: Database.Database, size: number) => database.prepare("INSERT INTO blobs (data) VALUES (?)").run(Buffer.alloc(size, 1));
      for (const size of sizes) insert(natural, size);
      const order = pageFillingOrder(sizes.map((size) => size + 3));
      expect([...order].sort((left, right) => left - right)).toEqual(sizes.map((_, index) => index));
      for (const index of order) insert(packed, sizes[index]!);
      expect(pagesOf(packed).leaf).toBeLessThan(pagesOf(natural).leaf);
      // Each page of the packing holds what first fit decreasing put there: the total divided into full pages.
      expect(pagesOf(packed).leaf).toBe(Math.ceil(sizes.reduce((sum, size) => sum + size + 11, 0) / (pageBytes - 8)));
      natural.close();
      packed.close();
    }
    expect(pageFillingOrder([])).toEqual([]);
  });
});
