import type Database from "better-sqlite3";
import type { DocumentInfo, KnowledgeRecord, Passage } from "../records/schemas.js";
import type { DocumentFindings } from "../document-findings.js";
import { findingsTable, packRow, rowSchemas, termsTableOf, type SearchSideName } from "./index-database.js";
import { passageIndexText, recordIndexText } from "./index-text.js";
import { tokenizeFields } from "./tokenize.js";
import { VocabularyWriter } from "./vocabulary-store.js";

/** What one source file contributes to the index; `info` null when its metadata could not be read. */
export interface DocumentRows {
  file: string;
  info: DocumentInfo | null;
  records: readonly KnowledgeRecord[];
  passages: readonly Passage[];
  /** Tables, warnings and unread rows found in it, when ingestion reports them. */
  findings?: DocumentFindings;
}

/** The terms of one item as FTS5 column texts: its tokens joined by spaces. */
export function termColumns(text: string): { exact: string; folded: string } {
  const tokens = tokenizeFields(text);
  return { exact: tokens.exact.join(" "), folded: tokens.folded.join(" ") };
}

/**
 * Writes documents into an index database, each in one transaction that first removes the
 * file's previous rows, so a document is replaced whole or not at all and the others are not touched.
 * `expandText` rewrites each item's index text first (the glossary's abbreviation forms), and each
 * record title the corpus vocabulary counts (vocabulary-store.ts), written in the same transaction.
 */
export class DatabaseWriter {
  private readonly statements;

  private readonly vocabulary: VocabularyWriter;

  constructor(
    private readonly database: Database.Database,
    private readonly expandText: (text: string) => string = (text) => text,
    path = "index database",
  ) {
    this.vocabulary = new VocabularyWriter(database, path, expandText);
    const prepare = (sql: string) => database.prepare(sql);
    database.exec(findingsTable);
    this.statements = {
      deleteTerms: {
        records: prepare(`DELETE FROM ${termsTableOf.records} WHERE rowid IN (SELECT rowid FROM records WHERE file = ?)`),
        passages: prepare(`DELETE FROM ${termsTableOf.passages} WHERE rowid IN (SELECT rowid FROM passages WHERE file = ?)`),
      },
      deleteRows: {
        records: prepare("DELETE FROM records WHERE file = ?"),
        passages: prepare("DELETE FROM passages WHERE file = ?"),
      },
      deleteDocument: prepare("DELETE FROM documents WHERE file = ?"),
      deleteFindings: prepare("DELETE FROM findings WHERE file = ?"),
      insertFindings: prepare("INSERT INTO findings (file, json) VALUES (?, ?)"),
      insertDocument: prepare("INSERT INTO documents (file, json) VALUES (?, ?)"),
      insertRecord: prepare("INSERT INTO records (id, file, kind, json) VALUES (?, ?, ?, ?)"),
      insertPassage: prepare("INSERT INTO passages (id, file, body, json) VALUES (?, ?, ?, ?)"),
      insertTerms: {
        records: prepare(`INSERT INTO ${termsTableOf.records} (rowid, exact, folded) VALUES (?, ?, ?)`),
        passages: prepare(`INSERT INTO ${termsTableOf.passages} (rowid, exact, folded) VALUES (?, ?, ?)`),
      },
    };
  }

  /** Replaces the rows of `rows.file` (validated first) in one transaction. */
  replaceDocument(rows: DocumentRows): void {
    const info = rows.info === null ? null : rowSchemas.documents.parse(rows.info);
    const records = rows.records.map((record) => rowSchemas.records.parse(record));
    const passages = rows.passages.map((passage) => rowSchemas.passages.parse(passage));
    const findings = rows.findings === undefined ? null : rowSchemas.findings.parse(rows.findings);
    this.database.transaction(() => {
      this.deleteRows(rows.file);
      if (info) this.statements.insertDocument.run(rows.file, JSON.stringify(info));
      if (findings) this.statements.insertFindings.run(rows.file, JSON.stringify(findings));
      for (const record of records) {
        const { lastInsertRowid } = this.statements.insertRecord.run(record.id, rows.file, record.kind, packRow(record));
        this.insertTerms("records", lastInsertRowid, recordIndexText(record));
      }
      const written = passages.map((passage) => {
        const body = passage.recordId === null ? 1 : 0;
        const { lastInsertRowid } = this.statements.insertPassage.run(passage.id, rows.file, body, packRow(passage));
        this.insertTerms("passages", lastInsertRowid, passageIndexText(passage));
        return { rowid: lastInsertRowid, passage };
      });
      this.vocabulary.add(rows.file, records, written);
    })();
  }

  /** The source files with rows in the database. */
  files(): Set<string> {
    const rows = this.database.prepare("SELECT file FROM documents UNION SELECT file FROM records UNION SELECT file FROM passages").all() as { file: string }[];
    return new Set(rows.map((row) => row.file));
  }

  /** Removes every row of a source file that is no longer in the sources. */
  removeDocument(file: string): void {
    this.database.transaction(() => this.deleteRows(file))();
  }

  private deleteRows(file: string): void {
    this.vocabulary.subtract(file);
    for (const side of ["records", "passages"] as const) {
      this.statements.deleteTerms[side].run(file);
      this.statements.deleteRows[side].run(file);
    }
    this.statements.deleteDocument.run(file);
    this.statements.deleteFindings.run(file);
  }

  private insertTerms(side: SearchSideName, rowid: number | bigint, text: string): void {
    const columns = termColumns(this.expandText(text));
    this.statements.insertTerms[side].run(rowid, columns.exact, columns.folded);
  }
}
