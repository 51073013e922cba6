import { builtIndexFiles } from "../ingest/index/index-layout.js";
import { IndexDatabaseError, openIndexDatabase, parseRow, rowSchemas } from "../ingest/index/index-database.js";
import { readDocumentRows } from "../ingest/index/document-rows.js";
import { IndexFileInvalidError, IndexNotFoundError, readIndexManifest } from "../ingest/index/index-store.js";
import type { DocumentFindings } from "../ingest/document-findings.js";
import type { DocumentInfo, KnowledgeRecord } from "../ingest/records/schemas.js";
import { citedNumbers, type CitedNumber } from "../knowledge/documents/cited-numbers.js";

/** What the review page shows, read from the index in use: documents, their records and what ingestion found in them. */
export interface ReviewData {
  builtAt: string;
  /** Every source file of the index, in name order. */
  files: string[];
  documents: Map<string, DocumentInfo>;
  /** Records of each file, in the order written. */
  records: Map<string, KnowledgeRecord[]>;
  /** Null for a file indexed before the index kept its findings (rebuild with `npm run ingest -- --force`). */
  findings: Map<string, DocumentFindings | null>;
  /** For a document without its own number, the number and date another document cites it by. */
  cited: Map<string, CitedNumber>;
}

/** `unusable`: an index is there but damaged or built by another version of the program. */
export type ReviewLoad = { status: "ready"; data: ReviewData } | { status: "missing" } | { status: "unusable"; problem: string };

/** Reads the index; the same build is read once and kept (a new ingest swaps a new build in and is read again). */
export class ReviewSource {
  private cached: { key: string; data: ReviewData } | null = null;

  constructor(private readonly indexDir: string) {}

  async load(): Promise<ReviewLoad> {
    try {
      const found = await readIndexManifest(this.indexDir);
      const key = `${found.folder}\u0000${found.manifest.builtAt}`;
      if (this.cached?.key !== key) this.cached = { key, data: readDatabase(builtIndexFiles(found.folder).database, found.manifest.builtAt) };
      return { status: "ready", data: this.cached.data };
    } catch (error) {
      if (IndexNotFoundError.isInstance(error)) return { status: "missing" };
      if (IndexDatabaseError.isInstance(error) || IndexFileInvalidError.isInstance(error)) return { status: "unusable", problem: error.message };
      throw error;
    }
  }
}

function readDatabase(path: string, builtAt: string): ReviewData {
  const database = openIndexDatabase(path);
  try {
    const rows = (sql: string) => database.prepare(sql).all() as { file: string; json: string | Uint8Array }[];
    const hasFindings = database.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'findings'").get() !== undefined;
    const documents = new Map(readDocumentRows(database, path, { lazily: false }).map((row) => [row.file, row.document]));
    const records = new Map<string, KnowledgeRecord[]>();
    for (const row of rows("SELECT file, json FROM records ORDER BY file, rowid")) {
      const record = parseRow(path, `record of ${row.file}`, row.json, rowSchemas.records);
      const own = records.get(row.file);
      if (own) own.push(record);
      else records.set(row.file, [record]);
    }
    const stored = new Map(
      (hasFindings ? rows("SELECT file, json FROM findings") : []).map((row) => [row.file, parseRow(path, `findings of ${row.file}`, row.json, rowSchemas.findings)]),
    );
    const files = [...new Set([...documents.keys(), ...records.keys(), ...stored.keys()])].sort();
    const findings = new Map(files.map((file) => [file, stored.get(file) ?? null]));
    const passages = rows("SELECT file, json FROM passages ORDER BY file, rowid").map((row) => parseRow(path, `passage of ${row.file}`, row.json, rowSchemas.passages));
    const cited = citedNumbers([...documents.values()], passages);
    return { builtAt, files, documents, records, findings, cited };
  } finally {
    database.close();
  }
}
