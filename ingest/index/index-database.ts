import { deflateRawSync, inflateRawSync } from "node:zlib";
import Database from "better-sqlite3";
import { z } from "zod";
import { DocumentInfo, KnowledgeRecord, Passage } from "../records/schemas.js";
import { DocumentFindings } from "../document-findings.js";
import { AppError } from "../../errors/app-error.js";
import { registerRowFunctions } from "./row-blocks.js";
import { postingsSchema } from "./postings.js";
import { sideRowsTable } from "./side-rows.js";

/**
 * The index's database: one SQLite file holding documents, records and passages as validated JSON
 * rows (a record kind that gains a field needs no schema change), and the postings of their search
 * terms (postings.ts: per side, column and term, the rows and frequencies; no positions, no second
 * copy of the text), scored by lexical-search.ts. Rows of one source file are replaced together in
 * one transaction.
 */
export const databaseSchemaVersion = 14;

/** What ingestion found per document besides records (tables, warnings, unread rows), for the review page; created on older databases too when written. */
export const findingsTable = `CREATE TABLE IF NOT EXISTS findings (file TEXT PRIMARY KEY, json TEXT NOT NULL)`;

/** An item's id from its row (item-keys.ts). */
const wholeId = `CASE WHEN r.own = 1 THEN f.name || ':' || r.item_key ELSE r.item_key END`;

const schema = [
  `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
  // A document's metadata, and its facts apart (document-rows.ts, schema 13): a question reads the facts of a document only when it asks about one.
  `CREATE TABLE documents (file TEXT PRIMARY KEY, json BLOB NOT NULL, facts BLOB)`,
  // Records and passages: a row per item, its source file by number, its id without the file's name (item-keys.ts), its JSON
  // in a compressed block of its file's rows (row-blocks.ts); read through the views, which give the id, file and JSON back.
  `CREATE TABLE files (rowid INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)`,
  // AUTOINCREMENT: a block number is never reused, so a connection's cache of inflated blocks cannot serve another block's rows.
  `CREATE TABLE row_blocks (rowid INTEGER PRIMARY KEY AUTOINCREMENT, doc INTEGER NOT NULL, data BLOB NOT NULL)`,
  `CREATE INDEX row_blocks_doc ON row_blocks (doc)`,
  `CREATE TABLE record_rows (rowid INTEGER PRIMARY KEY, doc INTEGER NOT NULL, item_key TEXT NOT NULL, own INTEGER NOT NULL, kind TEXT NOT NULL, block INTEGER NOT NULL, start INTEGER NOT NULL, length INTEGER NOT NULL, tokens INTEGER NOT NULL, due TEXT)`,
  `CREATE UNIQUE INDEX records_key ON record_rows (item_key, doc, own)`,
  `CREATE INDEX records_doc ON record_rows (doc)`,
  `CREATE INDEX records_kind ON record_rows (kind, doc)`,
  // What list answers filter by (record-filters.ts): a task's or criterion's last day (`due` above), the agencies a record names by role.
  `CREATE INDEX records_due ON record_rows (due) WHERE due IS NOT NULL`,
  `CREATE TABLE agency_names (rowid INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)`,
  `CREATE TABLE record_agencies (agency INTEGER NOT NULL, role INTEGER NOT NULL, row INTEGER NOT NULL, PRIMARY KEY (agency, role, row)) WITHOUT ROWID`,
  `CREATE TABLE passage_rows (rowid INTEGER PRIMARY KEY, doc INTEGER NOT NULL, item_key TEXT NOT NULL, own INTEGER NOT NULL, body INTEGER NOT NULL, block INTEGER NOT NULL, start INTEGER NOT NULL, length INTEGER NOT NULL, tokens INTEGER NOT NULL)`,
  `CREATE UNIQUE INDEX passages_key ON passage_rows (item_key, doc, own)`,
  `CREATE INDEX passages_doc ON passage_rows (doc)`,
  `CREATE VIEW records AS SELECT r.rowid AS rowid, ${wholeId} AS id, f.name AS file, r.doc AS doc, r.item_key AS item_key, r.own AS own, r.kind AS kind, unpack_row(r.block, b.data, r.start, r.length) AS json ` +
    `FROM record_rows AS r JOIN files AS f ON f.rowid = r.doc LEFT JOIN row_blocks AS b ON b.rowid = r.block`,
  `CREATE VIEW passages AS SELECT r.rowid AS rowid, ${wholeId} AS id, f.name AS file, r.doc AS doc, r.item_key AS item_key, r.own AS own, r.body AS body, unpack_row(r.block, b.data, r.start, r.length) AS json ` +
    `FROM passage_rows AS r JOIN files AS f ON f.rowid = r.doc LEFT JOIN row_blocks AS b ON b.rowid = r.block`,
  // Our own postings (postings.ts, decision 025): per side and column (kind) and term, the rows holding it and how often; `tokens` above is each row's length.
  // The longer blobs in a table of their own, so that they are not split onto overflow pages mostly empty (postings.ts, schema 12).
  ...postingsSchema,
  // The corpus vocabulary (ingest/index/vocabulary/): term counts summed over documents, definitions, passage initials.
  `CREATE TABLE vocabulary (form INTEGER NOT NULL, term TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (form, term)) WITHOUT ROWID`,
  `CREATE TABLE abbreviation_definitions (file TEXT NOT NULL, seq INTEGER NOT NULL, key TEXT NOT NULL, phrase TEXT NOT NULL, example TEXT NOT NULL, PRIMARY KEY (file, seq)) WITHOUT ROWID`,
  `CREATE INDEX abbreviation_definitions_key ON abbreviation_definitions (key)`,
  `CREATE TABLE passage_initials (rowid INTEGER PRIMARY KEY, initials TEXT NOT NULL)`,
  // The agencies a document's owner columns name that the glossary does not list (vocabulary/document-agencies.ts), in the order it names them.
  `CREATE TABLE document_agencies (file TEXT NOT NULL, seq INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY (file, seq)) WITHOUT ROWID`,
  // The phrases that name each document in a question and, apart, the words of its target texts (vocabulary/document-names.ts), deflated JSON as `packRow`
  // writes it: every question reads the phrases, only a question about a document the words (schema 13). A rowid table (schema 14):
  // a row of 1–3 KB stays on its page, where a WITHOUT ROWID table keeps about 2 KB and puts the rest on an overflow page mostly empty.
  `CREATE TABLE document_names (file TEXT PRIMARY KEY, json BLOB NOT NULL, targets BLOB NOT NULL)`,
  // What BM25 needs of every row, per side, in one blob written when a build's documents are (side-rows.ts, schema 13).
  sideRowsTable,
  findingsTable,
];

export type SearchSideName = "records" | "passages";

export class IndexDatabaseError extends AppError {
  constructor(
    readonly path: string,
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super("INDEX_DATABASE", `Index database ${path} cannot be used (${detail}); rebuild it with \`npm run ingest -- --force\`.`, options);
  }
}

/** Creates a new, empty index database (the file must not exist yet). */
export function createIndexDatabase(path: string): Database.Database {
  const database = new Database(path);
  registerRowFunctions(database);
  // 8 KB pages (set before the first table): a term's postings blob fits in a page more often than in 4 KB
  // (fewer overflow pages half used): 0.2 MB less at 1× for the same rows.
  database.pragma("page_size = 8192");
  writingAside(database);
  database.transaction(() => {
    for (const statement of schema) database.exec(statement);
    database.prepare("INSERT INTO meta (key, value) VALUES ('schema', ?)").run(String(databaseSchemaVersion));
  })();
  return database;
}

/** Opens an existing index database for reading only (nothing is loaded until asked for). */
export function openIndexDatabase(path: string): Database.Database {
  let database: Database.Database | null = null;
  let schemaVersion: string | undefined;
  try {
    database = new Database(path, { readonly: true, fileMustExist: true });
    registerRowFunctions(database);
    schemaVersion = (database.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as { value: string } | undefined)?.value;
  } catch (error) {
    database?.close();
    throw new IndexDatabaseError(path, (error as Error).message, { cause: error });
  }
  if (schemaVersion !== String(databaseSchemaVersion)) {
    database.close();
    throw new IndexDatabaseError(path, `schema ${schemaVersion ?? "none"} is not ${databaseSchemaVersion}`);
  }
  return database;
}

/** Opens an existing index database for writing (an incremental build's copy). */
export function openWritableIndexDatabase(path: string): Database.Database {
  const database = new Database(path, { fileMustExist: true });
  registerRowFunctions(database);
  writingAside(database);
  return database;
}

/**
 * A database being built is written aside and swapped in whole (index-store.ts), then only read, and
 * synced once when complete (build-index.ts): a crash mid-build leaves only a build folder the next
 * build removes. So a transaction needs no sync to disk, and its rollback journal stays in memory
 * (no journal file is written per document, or left next to the database).
 */
function writingAside(database: Database.Database): void {
  database.pragma("journal_mode = MEMORY");
  database.pragma("synchronous = OFF");
}

/** Documents and findings (a row per file) are stored as raw-deflated JSON (a BLOB); records and passages in blocks (row-blocks.ts). */
export function packRow(value: unknown): Buffer {
  return deflateRawSync(JSON.stringify(value));
}

/** Parses a JSON row (text, as the views give records and passages, or deflated by `packRow`) with its schema; a row that does not validate names the database and the row. */
export function parseRow<T>(path: string, what: string, json: string | Uint8Array, rowSchema: z.ZodType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(typeof json === "string" ? json : inflateRawSync(json).toString("utf8"));
  } catch (error) {
    throw new IndexDatabaseError(path, `${what} is not JSON`, { cause: error });
  }
  const parsed = rowSchema.safeParse(value);
  if (!parsed.success) throw new IndexDatabaseError(path, `${what}: ${parsed.error.message.slice(0, 300)}`);
  return parsed.data;
}

export const rowSchemas = { documents: DocumentInfo, records: KnowledgeRecord, passages: Passage, findings: DocumentFindings } as const;
