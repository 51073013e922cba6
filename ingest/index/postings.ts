import type Database from "better-sqlite3";
import type { SearchSideName } from "./index-database.js";

/**
 * The lexical index's postings, our own (decision 025): for each side (records, passages), column
 * (`exact`, `folded`) and term — a syllable or a pair of adjacent syllables ("hạn chế") — the rows
 * holding it and how often, in one blob per term (`term_postings`). With each row's token count
 * (`tokens` in record_rows/passage_rows) that is what FTS5's BM25 read, so lexical-search.ts scores
 * exactly as it did. An entry is a varint of the row's rowid minus the previous entry's (zigzag, so an
 * incremental build may append lower rowids) and, in its lowest bit, whether the term's frequency in
 * the row is more than 1; then, if so, a varint of that frequency less 2.
 */
export type ColumnName = "exact" | "folded";

/**
 * The postings' tables. A blob longer than `spillBytes` is kept in `postings_spill`, a table with rowids,
 * and its term's row names it (`spill`): a row of a WITHOUT ROWID table keeps at most about 2 KB on its
 * page (8 KB pages), so each blob of 2–10 KB took an overflow page mostly left empty — 25.7 of the 112.8 MB
 * of the 100× postings were unused (decision 037); a rowid table keeps up to 8 KB of a row on its page.
 */
export const postingsSchema = [
  `CREATE TABLE term_postings (kind INTEGER NOT NULL, term TEXT NOT NULL, rows INTEGER NOT NULL, data BLOB, spill INTEGER, PRIMARY KEY (kind, term)) WITHOUT ROWID`,
  `CREATE TABLE postings_spill (rowid INTEGER PRIMARY KEY, data BLOB NOT NULL)`,
];
export const spillBytes = 1_800;

/** A term's row count and blob, wherever the blob is kept (`raw()`: [rows, data]). */
export const postingsQuery =
  "SELECT t.rows, coalesce(t.data, s.data) FROM term_postings AS t LEFT JOIN postings_spill AS s ON s.rowid = t.spill WHERE t.kind = ? AND t.term = ?";

/** The key's `kind`: side and column in one small integer. */
export function postingsKind(side: SearchSideName, column: ColumnName): number {
  return (side === "records" ? 0 : 2) + (column === "exact" ? 0 : 1);
}

/** Each distinct syllable, then each distinct pair of adjacent syllables, with its count — in first-seen order. */
export function termCounts(syllableList: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const syllable of syllableList) counts.set(syllable, (counts.get(syllable) ?? 0) + 1);
  for (let index = 0; index + 1 < syllableList.length; index += 1) {
    const pair = `${syllableList[index]!} ${syllableList[index + 1]!}`;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** A growing postings blob. */
class Encoder {
  bytes = new Uint8Array(16);
  length = 0;
  rows = 0;
  last = 0;

  add(rowid: number, count: number): void {
    const delta = rowid - this.last;
    const zigzag = delta >= 0 ? delta * 2 : -delta * 2 - 1;
    // Most frequencies are 1: the lowest bit says whether one follows (as frequency − 2).
    this.varint(zigzag * 2 + (count > 1 ? 1 : 0));
    if (count > 1) this.varint(count - 2);
    this.last = rowid;
    this.rows += 1;
  }

  private varint(value: number): void {
    if (this.length + 10 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    while (value >= 0x80) {
      this.bytes[this.length++] = (value % 0x80) | 0x80;
      value = Math.floor(value / 0x80);
    }
    this.bytes[this.length++] = value;
  }

  data(): Buffer {
    return Buffer.from(this.bytes.buffer, 0, this.length);
  }
}

/** Decoded entries of a postings blob, in arrays reused from one blob to the next. */
export class DecodedPostings {
  rowids = new Float64Array(1024);
  counts = new Float64Array(1024);
  length = 0;
}

/**
 * Decodes a postings blob into `into` (its arrays grown when needed): a loop without a call per entry
 * (a search decodes tens of thousands), one-byte varints read without arithmetic on their scale.
 */
export function decodePostingsInto(data: Uint8Array, into: DecodedPostings): void {
  // Every entry takes at least one byte.
  if (into.rowids.length < data.length) {
    const size = Math.max(data.length, into.rowids.length * 2);
    into.rowids = new Float64Array(size);
    into.counts = new Float64Array(size);
  }
  const { rowids, counts } = into;
  const end = data.length;
  let position = 0;
  let rowid = 0;
  let entries = 0;
  while (position < end) {
    let byte = data[position++]!;
    let value = byte;
    if (byte >= 0x80) {
      value = byte & 0x7f;
      let scale = 0x80;
      do {
        byte = data[position++]!;
        value += (byte & 0x7f) * scale;
        scale *= 0x80;
      } while (byte >= 0x80);
    }
    const zigzag = Math.floor(value / 2);
    rowid += zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2;
    let count = 1;
    if (value % 2 !== 0) {
      byte = data[position++]!;
      count = byte;
      if (byte >= 0x80) {
        count = byte & 0x7f;
        let scale = 0x80;
        do {
          byte = data[position++]!;
          count += (byte & 0x7f) * scale;
          scale *= 0x80;
        } while (byte >= 0x80);
      }
      count += 2;
    }
    rowids[entries] = rowid;
    counts[entries] = count;
    entries += 1;
  }
  into.length = entries;
}

/** Calls `each(rowid, count)` for every entry of a postings blob. */
export function decodePostings(data: Uint8Array, each: (rowid: number, count: number) => void): void {
  const decoded = new DecodedPostings();
  decodePostingsInto(data, decoded);
  for (let index = 0; index < decoded.length; index += 1) each(decoded.rowids[index]!, decoded.counts[index]!);
}

/** One item's terms: its rowid and its syllables in each column (as written to the index). */
export interface ItemTerms {
  side: SearchSideName;
  rowid: number;
  exact: readonly string[];
  folded: readonly string[];
}

/** The four kinds (side and column) of `postingsKind`, in its order. */
const kinds = [0, 1, 2, 3] as const;

/**
 * Collects the postings of a build and writes them when it ends (`flush`). Items added and removed
 * are given after their document's transaction committed (`apply`), so a rolled-back document leaves
 * no trace. A fresh build writes each term's blob once; an incremental one rewrites the blobs of the
 * terms its documents touch: the stored entries less the removed rows, then the new ones. The blobs
 * being built are kept by kind, then by term (no key joining the two is made for each of a build's
 * entries: 61 M at 100×).
 */
export class PostingsWriter {
  private readonly added: Map<string, Encoder>[] = kinds.map(() => new Map());
  private readonly addedRows = { records: new Set<number>(), passages: new Set<number>() };
  /** Rows removed that were stored before this build, and the terms (by kind) whose stored blobs hold them. */
  private readonly removedStored = { records: new Set<number>(), passages: new Set<number>() };
  private readonly storedKeys: Set<string>[] = kinds.map(() => new Set());

  /** Whether the database held postings when this build started (an incremental build). */
  private readonly hasStored: boolean;

  constructor(private readonly database: Database.Database) {
    this.hasStored = database.prepare("SELECT 1 FROM term_postings LIMIT 1").get() !== undefined;
  }

  /** Removals then additions of one committed document. */
  apply(removed: readonly ItemTerms[], added: readonly ItemTerms[]): void {
    for (const item of removed) this.remove(item);
    for (const item of added) {
      this.addedRows[item.side].add(item.rowid);
      for (const column of ["exact", "folded"] as const) {
        const encoders = this.added[postingsKind(item.side, column)]!;
        for (const [term, count] of termCounts(item[column])) {
          let encoder = encoders.get(term);
          if (!encoder) encoders.set(term, (encoder = new Encoder()));
          encoder.add(item.rowid, count);
        }
      }
    }
  }

  private remove(item: ItemTerms): void {
    if (!this.addedRows[item.side].delete(item.rowid)) {
      this.removedStored[item.side].add(item.rowid);
      this.eachTerm(item, (kind, term) => this.storedKeys[kind]!.add(term));
      return;
    }
    // Added earlier in this build (a document written twice): its entries leave the new blobs.
    this.eachTerm(item, (kind, term) => {
      const encoders = this.added[kind]!;
      const encoder = encoders.get(term);
      if (!encoder) return;
      const kept = new Encoder();
      decodePostings(encoder.data(), (rowid, count) => {
        if (rowid !== item.rowid) kept.add(rowid, count);
      });
      encoders.set(term, kept);
    });
  }

  private eachTerm(item: ItemTerms, each: (kind: number, term: string) => void): void {
    for (const column of ["exact", "folded"] as const) {
      const kind = postingsKind(item.side, column);
      for (const term of termCounts(item[column]).keys()) each(kind, term);
    }
  }

  /** Writes every blob the build changed, by kind then term (the order of their primary key). */
  flush(): void {
    const read = this.database.prepare(postingsQuery).raw();
    const write = this.database.prepare("INSERT OR REPLACE INTO term_postings (kind, term, rows, data, spill) VALUES (?, ?, ?, ?, ?)");
    const spill = this.database.prepare("INSERT INTO postings_spill (data) VALUES (?)");
    const dropSpill = this.database.prepare("DELETE FROM postings_spill WHERE rowid = (SELECT spill FROM term_postings WHERE kind = ? AND term = ?)");
    const drop = this.database.prepare("DELETE FROM term_postings WHERE kind = ? AND term = ?");
    this.database.transaction(() => {
      for (const kind of kinds) {
        const storedKeys = this.storedKeys[kind]!;
        const encoders = this.added[kind]!;
        const removed = this.removedStored[kind < 2 ? "records" : "passages"];
        for (const term of [...new Set([...storedKeys, ...encoders.keys()])].sort()) {
          const added = encoders.get(term);
          let encoder = added ?? new Encoder();
          const mayBeStored = storedKeys.has(term) || this.hasStored;
          if (mayBeStored) {
            const stored = (read.get(kind, term) as [number, Buffer] | undefined)?.[1];
            if (stored) {
              encoder = new Encoder();
              decodePostings(stored, (rowid, count) => {
                if (!removed.has(rowid)) encoder.add(rowid, count);
              });
              if (added) decodePostings(added.data(), (rowid, count) => encoder.add(rowid, count));
            }
          }
          if (mayBeStored) dropSpill.run(kind, term);
          const data = encoder.data();
          if (encoder.rows === 0) drop.run(kind, term);
          else if (data.length > spillBytes) write.run(kind, term, encoder.rows, null, spill.run(data).lastInsertRowid);
          else write.run(kind, term, encoder.rows, data, null);
        }
      }
    })();
    for (const kind of kinds) {
      this.added[kind]!.clear();
      this.storedKeys[kind]!.clear();
    }
    for (const side of ["records", "passages"] as const) {
      this.addedRows[side].clear();
      this.removedStored[side].clear();
    }
  }
}
