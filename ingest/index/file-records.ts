import type Database from "better-sqlite3";
import type { z } from "zod";
import { parseRow } from "./index-database.js";
import { deepFreeze, WeightedRecentCache } from "./recent-cache.js";
import { IndexedRows, type IndexedFilter } from "./record-filters.js";

/**
 * What `recordsOf` asks: records of some kinds, of some files (all when absent or empty); only those
 * naming an agency in a role, or due within a period, when asked (record-filters.ts); the first
 * `limit` of them.
 */
export interface RecordKindsFilter extends IndexedFilter {
  files?: readonly string[];
  limit?: number;
}

/**
 * Records by kind, in source-file order then the order written (`ORDER BY file, rowid`), as list
 * answers read them: each file's records are parsed and frozen when first read and kept, so the next
 * list question reads none of them again (at 10× a list question parsed 5,000 records, 300 ms). A
 * reader's database does not change, so a kept file is never stale. What is kept is bounded by the
 * characters of its JSON: once a file does not fit, files not kept are read as asked and not kept
 * (kept files are not dropped for them, so a scan of every file still finds the same files kept).
 * A filter by agency or period reads the rows the index selects (record-filters.ts): from their
 * files, kept whole while the budget allows, else parsed one by one and kept among the last read (a
 * quarter of the budget).
 */
export class FileRecords<T extends { kind: string; id: string }> {
  private files: { doc: number; name: string }[] | null = null;
  private readonly kept = new Map<number, readonly T[]>();
  /** The kept records by id, and the ids more than one kept record has. */
  private readonly byId = new Map<string, T>();
  private readonly sharedIds = new Set<string>();
  private keptCharacters = 0;
  private full = false;
  private readonly keptByRowid = new Map<number, T>();
  private readonly ofFile: Database.Statement;
  private readonly ofFileAndKinds: Database.Statement;
  private readonly ofRowid: Database.Statement;
  private readonly indexed: IndexedRows;
  private readonly recentRows: WeightedRecentCache<number, T>;

  constructor(
    private readonly database: Database.Database,
    private readonly path: string,
    private readonly schema: z.ZodType<T>,
    private readonly budgetCharacters: number,
  ) {
    this.ofFile = database.prepare("SELECT rowid, json FROM records WHERE doc = ? ORDER BY rowid");
    this.ofFileAndKinds = database.prepare("SELECT json FROM records WHERE doc = ? AND kind IN (SELECT value FROM json_each(?)) ORDER BY rowid").pluck();
    this.ofRowid = database.prepare("SELECT json FROM records WHERE rowid = ?").pluck();
    this.indexed = new IndexedRows(database);
    this.recentRows = new WeightedRecentCache(budgetCharacters / 4);
  }

  /** The records of these kinds (and files, when given; agency and period, when given), in source-file order; shared and frozen. */
  where(filter: RecordKindsFilter): T[] {
    const limit = filter.limit ?? Infinity;
    if (filter.kinds.length === 0 || limit <= 0) return [];
    const named = filter.files && filter.files.length > 0 ? new Set(filter.files) : null;
    if (filter.agency || filter.due) return this.selected(filter, named, limit);
    const kinds = new Set<string>(filter.kinds);
    const found: T[] = [];
    for (const file of this.fileOrder()) {
      if (named && !named.has(file.name)) continue;
      for (const record of this.recordsOfFile(file, filter.kinds)) {
        if (!kinds.has(record.kind)) continue;
        found.push(record);
        if (found.length >= limit) return found;
      }
    }
    return found;
  }

  /** The rows the index selects, from the kept files or read one by one. */
  private selected(filter: RecordKindsFilter, named: ReadonlySet<string> | null, limit: number): T[] {
    const names = new Map(this.fileOrder().map((file) => [file.doc, file.name]));
    const found: T[] = [];
    for (const { rowid, doc } of this.indexed.select(filter)) {
      const file = names.get(doc) ?? "";
      if (named && !named.has(file)) continue;
      // A file not kept yet is kept whole while the budget allows, as a scan would keep it.
      if (!this.full && !this.kept.has(doc)) this.recordsOfFile({ doc, name: file }, filter.kinds);
      found.push(this.keptByRowid.get(rowid) ?? this.recentRows.get(rowid) ?? this.readRow(rowid, file));
      if (found.length >= limit) break;
    }
    return found;
  }

  private readRow(rowid: number, file: string): T {
    const json = this.ofRowid.get(rowid) as string;
    const record = deepFreeze(parseRow(this.path, `records row ${rowid} of ${file}`, json, this.schema));
    this.recentRows.set(rowid, record, json.length);
    return record;
  }

  /**
   * The record with this id, when every file is kept and no other record has the id — then it is the
   * row a lookup by id finds; undefined when this cannot say (the caller reads the row).
   */
  known(id: string): T | undefined {
    if (this.full || this.files === null || this.kept.size < this.files.length || this.sharedIds.has(id)) return undefined;
    return this.byId.get(id);
  }

  /** The record of this row when its file is kept (the row a lookup finds, parsed once). */
  keptRow(rowid: number): T | undefined {
    return this.keptByRowid.get(rowid);
  }

  /** Every record of the file when it is (or can be) kept; else only those of the kinds asked, not kept. */
  private recordsOfFile(file: { doc: number; name: string }, kinds: readonly string[]): readonly T[] {
    const kept = this.kept.get(file.doc);
    if (kept) return kept;
    if (this.full) return deepFreeze(this.parsed(this.ofFileAndKinds.all(file.doc, JSON.stringify(kinds)) as string[], file.name));
    const rows = this.ofFile.all(file.doc) as { rowid: number; json: string }[];
    const characters = rows.reduce((sum, row) => sum + row.json.length, 0);
    const records = this.parsed(rows.map((row) => row.json), file.name);
    if (this.keptCharacters + characters > this.budgetCharacters) {
      this.full = true;
      return deepFreeze(records);
    }
    this.keptCharacters += characters;
    const frozen = deepFreeze(records);
    this.kept.set(file.doc, frozen);
    frozen.forEach((record, position) => this.keptByRowid.set(rows[position]!.rowid, record));
    for (const record of frozen) {
      const id = record.id;
      if (this.byId.has(id)) this.sharedIds.add(id);
      else this.byId.set(id, record);
    }
    return frozen;
  }

  private parsed(jsons: readonly string[], file: string): T[] {
    return jsons.map((json, position) => parseRow(this.path, `records row ${position + 1} of ${file}`, json, this.schema));
  }

  /** The files in the order SQLite sorts their names (read once). */
  private fileOrder(): { doc: number; name: string }[] {
    this.files ??= this.database.prepare("SELECT rowid AS doc, name FROM files ORDER BY name").all() as { doc: number; name: string }[];
    return this.files;
  }
}
