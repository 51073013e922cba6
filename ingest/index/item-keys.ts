import type Database from "better-sqlite3";

/**
 * Item ids begin with their source file's name ("plan.md:721:task", "plan.md:r721"); the rows store
 * what follows it (`item_key`, with `own` = 1) beside the file's number, so the name is not written
 * again in every row and in the id index. An id that does not begin with its file's name is stored
 * whole (`own` = 0). The views (index-database.ts) give the whole id back.
 */
export function itemKey(file: string, id: string): { key: string; own: 0 | 1 } {
  const prefix = `${file}:`;
  return id.startsWith(prefix) ? { key: id.slice(prefix.length), own: 1 } : { key: id, own: 0 };
}

/** Finds the row of an id through the key index: the file is the known name the id begins with. */
export class ItemLookup<Row> {
  private documentNumbers: Map<string, number> | null = null;
  private readonly owned: Database.Statement;
  private readonly whole: Database.Statement;

  constructor(
    private readonly database: Database.Database,
    table: "records" | "passages",
    columns: string,
  ) {
    this.owned = database.prepare(`SELECT ${columns} FROM ${table} WHERE item_key = ? AND doc = ? AND own = 1`);
    this.whole = database.prepare(`SELECT ${columns} FROM ${table} WHERE item_key = ? AND own = 0`);
  }

  get(id: string): Row | undefined {
    for (let at = id.indexOf(":"); at >= 0; at = id.indexOf(":", at + 1)) {
      const doc = this.numbers().get(id.slice(0, at));
      if (doc === undefined) continue;
      const row = this.owned.get(id.slice(at + 1), doc) as Row | undefined;
      if (row) return row;
    }
    return this.whole.get(id) as Row | undefined;
  }

  /** The files' numbers, read once: a reader's database does not change. */
  private numbers(): Map<string, number> {
    if (this.documentNumbers === null) {
      const rows = this.database.prepare("SELECT rowid, name FROM files").all() as { rowid: number; name: string }[];
      this.documentNumbers = new Map(rows.map((row) => [row.name, row.rowid]));
    }
    return this.documentNumbers;
  }
}
