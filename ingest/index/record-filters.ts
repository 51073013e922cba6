import type Database from "better-sqlite3";
import { z } from "zod";
import type { KnowledgeRecord } from "../records/schemas.js";

/**
 * What list answers filter records by, written at ingest beside each record row (decision 031): the
 * agencies it names by role and the last day of its deadline. A list question then reads the rows it
 * can hold, not every task, criterion and indicator of the corpus.
 */
export type AgencyRole = "owner" | "coordinator";

/** The roles in the database (`record_agencies.role`). */
const roleCodes: Record<AgencyRole, number> = { owner: 0, coordinator: 1 };

/**
 * The agencies a record names, by role, as list answers read them (task-rows.ts `ownersOf`,
 * `coordinatorsOf`): a task's owners and coordinators, a DTI criterion's implementing and
 * confirming units, an indicator's owners. Budget lines are not listed and name none here.
 */
export function recordAgencies(record: KnowledgeRecord): Record<AgencyRole, readonly string[]> {
  switch (record.kind) {
    case "task":
      return { owner: record.owners, coordinator: record.coordinators };
    case "dti-criterion":
      return { owner: record.implementingUnits, coordinator: record.confirmingUnits };
    case "indicator":
      return { owner: record.owners, coordinator: [] };
    default:
      return { owner: [], coordinator: [] };
  }
}

/** The last day of a task's or criterion's deadline (ISO), what `isDueWithin` compares; null without one. */
export function recordDue(record: KnowledgeRecord): string | null {
  return record.kind === "task" || record.kind === "dti-criterion" ? record.deadline.to : null;
}

/**
 * Writes and removes a record row's agencies (`record_agencies`, each name numbered once in
 * `agency_names`). A row's entries are removed by recomputing them from the row as stored, as the
 * vocabulary's counts are (vocabulary-store.ts): the same code wrote them (the index identity).
 */
export class RecordAgenciesWriter {
  private readonly statements;
  private readonly numbers = new Map<string, number>();

  constructor(database: Database.Database) {
    const prepare = (sql: string) => database.prepare(sql);
    this.statements = {
      insertName: prepare("INSERT OR IGNORE INTO agency_names (name) VALUES (?)"),
      number: prepare("SELECT rowid FROM agency_names WHERE name = ?").pluck(),
      insert: prepare("INSERT OR IGNORE INTO record_agencies (agency, role, row) VALUES (?, ?, ?)"),
      delete: prepare("DELETE FROM record_agencies WHERE agency = ? AND role = ? AND row = ?"),
    };
  }

  add(rowid: number | bigint, record: KnowledgeRecord): void {
    this.each(record, (name, role) => this.statements.insert.run(this.numbered(name), role, rowid));
  }

  /** Removes what `add` wrote for this row; call before deleting it. */
  remove(rowid: number | bigint, record: KnowledgeRecord): void {
    this.each(record, (name, role) => {
      const number = this.numbers.get(name) ?? z.number().optional().parse(this.statements.number.get(name));
      if (number !== undefined) this.statements.delete.run(number, role, rowid);
    });
  }

  /** Drops the names numbered so far (after a rolled-back transaction, some are not in the database). */
  forgetNumbers(): void {
    this.numbers.clear();
  }

  private each(record: KnowledgeRecord, visit: (name: string, role: number) => void): void {
    const agencies = recordAgencies(record);
    for (const role of ["owner", "coordinator"] as const) for (const name of agencies[role]) visit(name, roleCodes[role]);
  }

  private numbered(name: string): number {
    let number = this.numbers.get(name);
    if (number === undefined) {
      this.statements.insertName.run(name);
      number = z.number().parse(this.statements.number.get(name));
      this.numbers.set(name, number);
    }
    return number;
  }
}

/** A filter on the indexed columns: records naming an agency in one of the roles, records due within a period. */
export interface IndexedFilter {
  kinds: readonly KnowledgeRecord["kind"][];
  agency?: { name: string; roles: readonly AgencyRole[] };
  due?: { from: string; to: string };
}

/** The rows (rowid and file number) a filter selects, in source-file order (file name in SQLite's order, then rowid). */
export class IndexedRows {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly database: Database.Database) {}

  select(filter: IndexedFilter): { rowid: number; doc: number }[] {
    const conditions = ["r.kind IN (SELECT value FROM json_each(@kinds))"];
    const parameters: Record<string, string> = { kinds: JSON.stringify(filter.kinds) };
    if (filter.due) {
      conditions.push("r.due >= @from AND r.due <= @to");
      Object.assign(parameters, { from: filter.due.from, to: filter.due.to });
    }
    if (filter.agency) {
      conditions.push(
        "r.rowid IN (SELECT a.row FROM record_agencies AS a WHERE a.agency = (SELECT rowid FROM agency_names WHERE name = @agency) AND a.role IN (SELECT value FROM json_each(@roles)))",
      );
      Object.assign(parameters, { agency: filter.agency.name, roles: JSON.stringify(filter.agency.roles.map((role) => roleCodes[role])) });
    }
    const sql = `SELECT r.rowid AS rowid, r.doc AS doc FROM record_rows AS r JOIN files AS f ON f.rowid = r.doc WHERE ${conditions.join(" AND ")} ORDER BY f.name, r.rowid`;
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.database.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement.all(parameters) as { rowid: number; doc: number }[];
  }
}
