import type Database from "better-sqlite3";
import type { SearchSideName } from "./index-database.js";
import { pageFillingOrder } from "./page-packing.js";
import { decodePostings, PostingsEncoder, postingsKind, postingsQuery, spillBytes, termCounts } from "./postings.js";

/** One item's terms: its rowid and its syllables in each column (as written to the index). */
export interface ItemTerms {
  side: SearchSideName;
  rowid: number;
  exact: readonly string[];
  folded: readonly string[];
}

/** The four kinds (side and column) of `postingsKind`, in its order: each exact kind before its folded one. */
const kinds = [0, 1, 2, 3] as const;

/** A spilled blob's row less its data: the record's header (the rowid is the cell's). */
const spillRowBytes = 6;

/** A term's postings as the build leaves them. */
interface WrittenPostings {
  rows: number;
  data: Buffer;
  /** An exact term with its folded term's rows: no blob of its own. */
  shared: boolean;
  spill: number | bigint | null;
}

/**
 * Collects the postings of a build and writes them when it ends (`flush`). Items added and removed
 * are given after their document's transaction committed (`apply`), so a rolled-back document leaves
 * no trace. A fresh build writes each term's blob once; an incremental one rewrites the blobs of the
 * terms its documents touch: the stored entries less the removed rows, then the new ones (a new row's
 * rowid is above every stored one; entries out of order would be sorted in). The blobs being built are kept by
 * kind, then by term (no key joining the two is made for each of a build's entries: 61 M at 100×).
 */
export class PostingsWriter {
  private readonly added: Map<string, PostingsEncoder>[] = kinds.map(() => new Map());
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
          if (!encoder) encoders.set(term, (encoder = new PostingsEncoder()));
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
      const kept = new PostingsEncoder();
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

  /**
   * Writes every blob the build changed, by kind then term (the order of their primary key). An exact term whose
   * rows are its folded term's shares that blob; one that shared a folded blob the build changes to other rows gets
   * its own again. The long blobs are written first, in an order that fills the spill table's pages
   * (page-packing.ts), each term's row then naming its blob.
   */
  flush(): void {
    const read = this.database.prepare(postingsQuery).raw();
    const sharing = this.database.prepare("SELECT data IS NULL AND spill IS NULL FROM term_postings WHERE kind = ? AND term = ?").pluck();
    const write = this.database.prepare("INSERT OR REPLACE INTO term_postings (kind, term, rows, data, spill) VALUES (?, ?, ?, ?, ?)");
    const spill = this.database.prepare("INSERT INTO postings_spill (data) VALUES (?)");
    const dropSpill = this.database.prepare("DELETE FROM postings_spill WHERE rowid = (SELECT spill FROM term_postings WHERE kind = ? AND term = ?)");
    const drop = this.database.prepare("DELETE FROM term_postings WHERE kind = ? AND term = ?");
    const stored = (kind: number, term: string) => read.get(kind, term) as [number, Buffer] | undefined;
    this.database.transaction(() => {
      const written: Map<string, WrittenPostings>[] = kinds.map(() => new Map());
      for (const kind of kinds) {
        const storedKeys = this.storedKeys[kind]!;
        const encoders = this.added[kind]!;
        const removed = this.removedStored[kind < 2 ? "records" : "passages"];
        for (const term of [...new Set([...storedKeys, ...encoders.keys()])].sort()) {
          const added = encoders.get(term);
          let encoder = added ?? new PostingsEncoder();
          const mayBeStored = storedKeys.has(term) || this.hasStored;
          if (mayBeStored) {
            const before = stored(kind, term)?.[1];
            if (before) {
              encoder = new PostingsEncoder();
              const merged = encoder;
              decodePostings(before, (rowid, count) => {
                if (!removed.has(rowid)) merged.add(rowid, count);
              });
              if (added) decodePostings(added.data(), (rowid, count) => merged.add(rowid, count));
            }
            // An exact term sharing this folded blob, and not rewritten itself, keeps its rows: the blob as stored.
            if (kind % 2 === 1 && !written[kind - 1]!.has(term) && sharing.get(kind - 1, term) === 1) {
              const [rows, data] = stored(kind - 1, term)!;
              written[kind - 1]!.set(term, { rows, data, shared: false, spill: null });
            }
            dropSpill.run(kind, term);
          }
          if (encoder.rows === 0) drop.run(kind, term);
          else written[kind]!.set(term, { rows: encoder.rows, data: encoder.data(), shared: false, spill: null });
          // Its blob is taken: what the encoder grew can go (a term's blob written once is about as large).
          encoders.delete(term);
        }
      }
      for (const kind of kinds) {
        if (kind % 2 === 1) continue;
        // An exact term not rewritten whose own rows are now its folded term's: shared from here on.
        for (const [term, folded] of this.hasStored ? written[kind + 1]! : []) {
          const before = written[kind]!.has(term) ? undefined : stored(kind, term);
          if (!before?.[1].equals(folded.data)) continue;
          dropSpill.run(kind, term);
          written[kind]!.set(term, { rows: before[0], data: folded.data, shared: true, spill: null });
        }
        for (const [term, entry] of written[kind]!) {
          const folded = written[kind + 1]!.get(term)?.data ?? (this.hasStored ? stored(kind + 1, term)?.[1] : undefined);
          entry.shared = folded !== undefined && folded.equals(entry.data);
        }
      }
      const spilled = written.flatMap((entries) => [...entries.values()].filter((entry) => !entry.shared && entry.data.length > spillBytes));
      for (const index of pageFillingOrder(spilled.map((entry) => entry.data.length + spillRowBytes))) {
        spilled[index]!.spill = spill.run(spilled[index]!.data).lastInsertRowid;
      }
      for (const kind of kinds) {
        for (const term of [...written[kind]!.keys()].sort()) {
          const entry = written[kind]!.get(term)!;
          const inRow = entry.shared || entry.spill !== null ? null : entry.data;
          write.run(kind, term, entry.rows, inRow, entry.shared ? null : entry.spill);
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
