import { deflateRawSync, inflateRawSync } from "node:zlib";
import type Database from "better-sqlite3";

/**
 * Records and passages are stored as JSON packed into compressed blocks: the rows of one source file,
 * in the order written, are concatenated until a block holds `blockBytes` of JSON, and each block is
 * raw-deflated as a whole. Rows of a document repeat its words, breadcrumbs and field names, which a
 * block compresses once (about a quarter of the size of each row deflated alone). A row keeps its
 * block and its byte range; the `records` and `passages` views give its JSON back through the SQL
 * function `unpack_row`, registered on every connection (`registerRowFunctions`), which keeps the
 * last blocks it inflated.
 */
export const blockBytes = 32 * 1024;
/** Inflated blocks kept per connection (each at most about `blockBytes` plus one row). */
const cachedBlocks = 64;

export interface PackedBlock {
  data: Buffer;
  /** The byte range of each row in the inflated block, in the order given. */
  rows: { start: number; length: number }[];
}

/** Packs JSON rows, in order, into blocks of about `blockBytes` each. */
export function packBlocks(jsons: readonly string[]): PackedBlock[] {
  const blocks: PackedBlock[] = [];
  let parts: Buffer[] = [];
  let rows: PackedBlock["rows"] = [];
  let size = 0;
  const close = () => {
    if (parts.length === 0) return;
    blocks.push({ data: deflateRawSync(Buffer.concat(parts), { level: 9 }), rows });
    parts = [];
    rows = [];
    size = 0;
  };
  for (const json of jsons) {
    const bytes = Buffer.from(json, "utf8");
    rows.push({ start: size, length: bytes.length });
    parts.push(bytes);
    size += bytes.length;
    if (size >= blockBytes) close();
  }
  close();
  return blocks;
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
