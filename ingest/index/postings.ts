import type { SearchSideName } from "./index-database.js";

/**
 * The lexical index's postings, our own (decision 025): for each side (records, passages), column
 * (`exact`, `folded`) and term — a syllable or a pair of adjacent syllables ("hạn chế") — the rows
 * holding it and how often, in one blob per term (`term_postings`). With each row's token count
 * (`tokens` in record_rows/passage_rows) that is what FTS5's BM25 read, so lexical-search.ts scores
 * exactly as it did. A blob holds its entries in increasing rowid order (decision 045). Its first byte
 * says how: `withCounts`, each entry a varint of the rowid's step from the previous one less 1, times 2,
 * plus whether the term's frequency in the row is more than 1, then if so a varint of that frequency
 * less 2; `allOnce` (the term at most once in each of its rows: 55 % of the terms), each entry a varint
 * of the step less 1 alone. An exact term holding exactly the rows of its folded term (a number, a word
 * that no other word folds to: a third of the exact terms) keeps no blob of its own: its row has
 * neither `data` nor `spill`, and `postingsQuery` reads the folded term's.
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

/**
 * A term's row count and blob, wherever the blob is kept (`raw()`: [rows, data]); an exact term's row without a
 * blob reads its folded term's (the kind after it).
 */
export const postingsQuery =
  "SELECT t.rows, coalesce(t.data, s.data, f.data, fs.data) FROM term_postings AS t LEFT JOIN postings_spill AS s ON s.rowid = t.spill " +
  "LEFT JOIN term_postings AS f ON t.data IS NULL AND t.spill IS NULL AND f.kind = t.kind + 1 AND f.term = t.term " +
  "LEFT JOIN postings_spill AS fs ON fs.rowid = f.spill WHERE t.kind = ? AND t.term = ?";

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

/** A blob's first byte. */
const withCounts = 0;
const allOnce = 1;

/** Bytes growing by varints (7 bits a byte, lowest first). */
class VarintWriter {
  bytes: Uint8Array;
  length = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
  }

  varint(value: number): void {
    if (this.length + 10 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2 + 10);
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    let rest = value;
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.bytes[this.length++] = rest;
  }

  buffer(): Buffer {
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.length);
  }
}

/** A growing postings blob. Entries come in increasing rowid order; one that does not waits, and is sorted in when the blob is read. */
export class PostingsEncoder {
  /** The format byte, then the entries as `withCounts` writes them. */
  private out = new VarintWriter(16);
  private counted = false;
  private late: [number, number][] = [];
  rows = 0;
  last = 0;

  constructor() {
    this.out.varint(withCounts);
  }

  add(rowid: number, count: number): void {
    this.rows += 1;
    if (rowid <= this.last) {
      this.late.push([rowid, count]);
      return;
    }
    // Most frequencies are 1: the lowest bit says whether one follows (as frequency − 2).
    this.out.varint((rowid - this.last - 1) * 2 + (count > 1 ? 1 : 0));
    if (count > 1) {
      this.out.varint(count - 2);
      this.counted = true;
    }
    this.last = rowid;
  }

  /** The blob: as written, or, when every frequency is 1, each step alone. */
  data(): Buffer {
    if (this.late.length > 0) this.sortLate();
    const written = this.out.buffer();
    if (this.counted) return written;
    const once = new VarintWriter(written.length);
    once.varint(allOnce);
    let previous = 0;
    decodePostings(written, (rowid) => {
      once.varint(rowid - previous - 1);
      previous = rowid;
    });
    return once.buffer();
  }

  /** Writes the entries again in rowid order, those that came late among them. */
  private sortLate(): void {
    const entries = this.late;
    decodePostings(this.out.buffer(), (rowid, count) => entries.push([rowid, count]));
    entries.sort((left, right) => left[0] - right[0]);
    this.out = new VarintWriter(16);
    this.out.varint(withCounts);
    this.counted = false;
    this.late = [];
    this.rows = 0;
    this.last = 0;
    for (const [rowid, count] of entries) this.add(rowid, count);
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
  const once = data[0] === allOnce;
  let position = 1;
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
    let count = 1;
    if (once) rowid += value + 1;
    else {
      rowid += Math.floor(value / 2) + 1;
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
