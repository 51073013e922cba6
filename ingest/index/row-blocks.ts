import { deflateRawSync, inflateRawSync } from "node:zlib";
import type Database from "better-sqlite3";
import { maxLocalPayload } from "./page-packing.js";

/**
 * Records and passages are stored as JSON packed into compressed blocks: the rows of one source file,
 * in the order written, are concatenated into blocks, and each block is raw-deflated as a whole. Rows
 * of a document repeat its words, breadcrumbs and field names, which a block compresses once (about a
 * quarter of the size of each row deflated alone). A block is closed when its rows would deflate to
 * about `blockTarget` bytes, a leaf page less its overhead (page-packing.ts), estimated from the
 * compression of the block before it and corrected once by its own: one that comes out longer than a page
 * keeps the rows that fit, one well short of the target takes more rows if they still fit.
 * So a block takes one page with little left over, instead of a 32 KB block's 3–7 KB leaving a quarter
 * of its page empty. A row keeps its block and its byte range; the `records` and `passages` views give
 * its JSON back through the SQL function `unpack_row`, registered on every connection
 * (`registerRowFunctions`), which keeps the last blocks it inflated.
 */
export const blockTarget = 7_900;
/** At most this much JSON in a block, however well it compresses (what a row's read inflates). */
export const maxBlockBytes = 96 * 1024;
/** A block's row less its data: the record's header and document number (the rowid is the cell's). */
export const blockRowBytes = 8;
/** The deflated size a block may reach: its row stays on one page. */
const maxDeflatedBytes = maxLocalPayload() - blockRowBytes;
/** The compression assumed for a file's first block: less than the corpus's 7, so that it rarely comes out longer than a page. */
const firstRatio = 5;
/** Inflated blocks kept per connection (each at most `maxBlockBytes` plus one row). */
const cachedBlocks = 64;

export interface PackedBlock {
  data: Buffer;
  /** The byte range of each row in the inflated block, in the order given. */
  rows: { start: number; length: number }[];
}

/** Packs JSON rows, in order, into blocks that deflate to about `blockTarget` bytes each. */
export function packBlocks(jsons: readonly string[]): PackedBlock[] {
  const parts = jsons.map((json) => Buffer.from(json, "utf8"));
  const blocks: PackedBlock[] = [];
  let ratio = firstRatio;
  let first = 0;
  while (first < parts.length) {
    let block = deflated(parts, first, rowsEnd(parts, first, blockTarget * ratio));
    // Longer than a page: fewer rows, as many as its own compression says fit.
    while (block.data.length > maxDeflatedBytes && block.end - first > 1) {
      block = deflated(parts, first, Math.min(block.end - 1, rowsEnd(parts, first, (block.raw * blockTarget) / block.data.length)));
    }
    // Well short of the target with rows left: once more with the compression just seen, kept if it fits.
    if (block.data.length < blockTarget * 0.92 && block.end < parts.length && block.raw < maxBlockBytes) {
      const longer = deflated(parts, first, Math.max(block.end + 1, rowsEnd(parts, first, (block.raw * blockTarget) / block.data.length)));
      if (longer.data.length <= maxDeflatedBytes) block = longer;
    }
    ratio = block.raw / block.data.length;
    blocks.push({ data: block.data, rows: block.rows });
    first = block.end;
  }
  return blocks;
}

/** Where a block starting at row `first` ends to hold about `rawBytes` of JSON (at most `maxBlockBytes`, at least one row). */
function rowsEnd(parts: readonly Buffer[], first: number, rawBytes: number): number {
  const most = Math.min(rawBytes, maxBlockBytes);
  let end = first + 1;
  let size = parts[first]!.length;
  while (end < parts.length && size + parts[end]!.length <= most) size += parts[end++]!.length;
  return end;
}

/** Rows `first` to `end` (excluded) deflated as one block. */
function deflated(parts: readonly Buffer[], first: number, end: number): PackedBlock & { end: number; raw: number } {
  const rows: PackedBlock["rows"] = [];
  let raw = 0;
  for (let index = first; index < end; index += 1) {
    rows.push({ start: raw, length: parts[index]!.length });
    raw += parts[index]!.length;
  }
  return { data: deflateRawSync(Buffer.concat(parts.slice(first, end)), { level: 9 }), rows, end, raw };
}

/** Registers `unpack_row(block, data, start, length)`: the JSON text of one row of an inflated block. */
export function registerRowFunctions(database: Database.Database): void {
  const inflated = new Map<number, Buffer>();
  const blockOf = (block: number, data: Uint8Array): Buffer => {
    let bytes = inflated.get(block);
    if (bytes) {
      inflated.delete(block);
    } else {
      bytes = inflateRawSync(data);
      if (inflated.size >= cachedBlocks) inflated.delete(inflated.keys().next().value as number);
    }
    inflated.set(block, bytes);
    return bytes;
  };
  database.function("unpack_row", { deterministic: true }, (block: unknown, data: unknown, start: unknown, length: unknown) => {
    if (!(data instanceof Uint8Array)) return null;
    const from = Number(start);
    return blockOf(Number(block), data).toString("utf8", from, from + Number(length));
  });
}
