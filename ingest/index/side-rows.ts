import { deflateRawSync, inflateRawSync } from "node:zlib";
import type Database from "better-sqlite3";
import type { SearchSideName } from "./index-database.js";

/**
 * What BM25 needs of every row of a side (lexical-search.ts): its rowid, file number, length in tokens
 * and (passages) whether it is body text. A search reads it for every row on its first question: at
 * 100× 180,000 rows selected one by one took a fifth of a one-question process. So each build, when
 * all its documents are written, stores it per side as one deflated blob (`side_rows`, schema 13),
 * in rowid order, read back in one query: the same numbers as the rows'.
 */
export const sideRowsTable = `CREATE TABLE side_rows (side TEXT PRIMARY KEY, count INTEGER NOT NULL, data BLOB NOT NULL)`;

export interface SideRowColumns {
  rowids: Int32Array;
  docs: Int32Array;
  tokens: Int32Array;
  body: Uint8Array;
}

const tables = { records: "record_rows", passages: "passage_rows" } as const;

/** Writes both sides' blobs from their rows as they are now (call when the build's documents are written). */
export function writeSideRows(database: Database.Database): void {
  const write = database.prepare("INSERT OR REPLACE INTO side_rows (side, count, data) VALUES (?, ?, ?)");
  for (const side of ["records", "passages"] as const) {
    const body = side === "passages" ? "body" : "0";
    const rows = database.prepare(`SELECT rowid, doc, tokens, ${body} FROM ${tables[side]} ORDER BY rowid`).raw().all() as [number, number, number, number][];
    const bytes: number[] = [];
    let previous = 0;
    for (const [rowid, doc, tokens, isBody] of rows) {
      varint(bytes, rowid - previous);
      varint(bytes, doc);
      varint(bytes, tokens);
      bytes.push(isBody);
      previous = rowid;
    }
    write.run(side, rows.length, deflateRawSync(Uint8Array.from(bytes)));
  }
}

/** A side's rows as written by `writeSideRows`, in rowid order. */
export function readSideRows(database: Database.Database, side: SearchSideName): SideRowColumns {
  const row = database.prepare("SELECT count, data FROM side_rows WHERE side = ?").get(side) as { count: number; data: Uint8Array } | undefined;
  const count = row?.count ?? 0;
  const columns: SideRowColumns = { rowids: new Int32Array(count), docs: new Int32Array(count), tokens: new Int32Array(count), body: new Uint8Array(count) };
  if (!row) return columns;
  const bytes = inflateRawSync(row.data);
  let at = 0;
  const next = (): number => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = bytes[at++]!;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  };
  let rowid = 0;
  for (let index = 0; index < count; index += 1) {
    rowid += next();
    columns.rowids[index] = rowid;
    columns.docs[index] = next();
    columns.tokens[index] = next();
    columns.body[index] = bytes[at++]!;
  }
  return columns;
}

function varint(bytes: number[], value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
}
