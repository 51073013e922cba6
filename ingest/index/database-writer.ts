import type Database from "better-sqlite3";
import type { DocumentInfo, KnowledgeRecord, Passage } from "../records/schemas.js";
import type { DocumentFindings } from "../document-findings.js";
import type { z } from "zod";
import { findingsTable, packRow, parseRow, rowSchemas, type SearchSideName } from "./index-database.js";
import { itemKey } from "./item-keys.js";
import { packDocument } from "./document-rows.js";
import { writeSideRows } from "./side-rows.js";
import { blockRowBytes, packBlocks } from "./row-blocks.js";
import { pageFillingOrder } from "./page-packing.js";
import { passageIndexText, recordIndexText } from "./index-text.js";
import { tokenizeFields } from "./tokenize.js";
import { PostingsWriter, type ItemTerms } from "./postings-writer.js";
import { VocabularyWriter } from "./vocabulary-store.js";
import { RecordAgenciesWriter, recordDue } from "./record-filters.js";
import type { StoredDocumentNames } from "./vocabulary/document-names.js";

/** What one source file contributes to the index; `info` null when its metadata could not be read. */
export interface DocumentRows {
  file: string;
  info: DocumentInfo | null;
  records: readonly KnowledgeRecord[];
  passages: readonly Passage[];
  /** Tables, warnings and unread rows found in it, when ingestion reports them. */
  findings?: DocumentFindings;
}

/**
 * The terms of one item: its syllables, exact and folded (postings.ts), and its length as BM25 counts
 * it (`tokens`) — the count it had in the FTS5 table of decision 019: n syllables in each column plus
 * a `filler` of 2n − 2 tokens (`fillerToken`), the length the row had when each column also held the
 * pairs of adjacent syllables as tokens, so every score stays what it was. The three column texts are
 * what that table was given (lexical-search.test.ts compares with FTS5 over them).
 */
export function termColumns(text: string): { exact: string; folded: string; filler: string; syllables: { exact: string[]; folded: string[] }; tokens: number } {
  const tokens = tokenizeFields(text);
  const count = tokens.exact.length;
  const fillerCount = count > 1 ? 2 * count - 2 : 0;
  return {
    exact: tokens.exact.join(" "),
    folded: tokens.folded.join(" "),
    filler: count > 1 ? `${fillerToken}${` ${fillerToken}`.repeat(fillerCount - 1)}` : "",
    syllables: tokens,
    // The row's length as BM25 counts it: every token of the three columns.
    tokens: 2 * count + fillerCount,
  };
}

/** The token of the `filler` column: one punctuation mark, which no query syllable holds (normalizeText drops it). */
export const fillerToken = "·";

export interface DatabaseWriterOptions {
  /** Rewrites each item's index text first (the glossary's abbreviation forms); unchanged when absent. */
  expandText?: (text: string) => string;
  /** The agencies a document's records name that the glossary does not list (vocabulary/document-agencies.ts); none when absent. */
  agencyNames?: (records: readonly KnowledgeRecord[]) => readonly string[];
  /** The phrases that name a document in a question and the words of its target texts (vocabulary/document-names.ts), stored with it; none when absent. */
  documentNames?: (info: DocumentInfo) => StoredDocumentNames;
  /** The database's path, in error messages. */
  path?: string;
  /** How many vocabulary terms' count changes are held before they are written (vocabulary-store.ts); 500,000 when absent. */
  vocabularyBatch?: number;
}

/**
 * Writes documents into an index database, each in one transaction that first removes the
 * file's previous rows, so a document is replaced whole or not at all and the others are not touched.
 * `expandText` rewrites each item's index text first (the glossary's abbreviation forms), and each
 * record title the corpus vocabulary counts (vocabulary-store.ts), written in the same transaction
 * with the document's agency names (`agencyNames`).
 */
export class DatabaseWriter {
  private readonly statements;

  private readonly vocabulary: VocabularyWriter;

  private readonly postings: PostingsWriter;

  private readonly agencies: RecordAgenciesWriter;

  /** The terms of the document being written or removed, given to `postings` once its transaction committed. */
  private pending: { removed: ItemTerms[]; added: ItemTerms[] } = { removed: [], added: [] };

  private readonly expandText: (text: string) => string;

  private readonly path: string;

  private readonly documentNames: ((info: DocumentInfo) => StoredDocumentNames) | null;

  constructor(
    private readonly database: Database.Database,
    options: DatabaseWriterOptions = {},
  ) {
    this.expandText = options.expandText ?? ((text) => text);
    this.path = options.path ?? "index database";
    this.documentNames = options.documentNames ?? null;
    this.vocabulary = new VocabularyWriter(database, this.expandText, options.agencyNames ?? (() => []), options.vocabularyBatch);
    this.postings = new PostingsWriter(database);
    this.agencies = new RecordAgenciesWriter(database);
    const prepare = (sql: string) => database.prepare(sql);
    database.exec(findingsTable);
    this.statements = {
      rowsOf: {
        records: prepare("SELECT rowid, json FROM records WHERE file = ? ORDER BY rowid"),
        passages: prepare("SELECT rowid, json FROM passages WHERE file = ? ORDER BY rowid"),
      },
      deleteRows: {
        records: prepare("DELETE FROM record_rows WHERE doc = (SELECT rowid FROM files WHERE name = ?)"),
        passages: prepare("DELETE FROM passage_rows WHERE doc = (SELECT rowid FROM files WHERE name = ?)"),
      },
      deleteBlocks: prepare("DELETE FROM row_blocks WHERE doc = (SELECT rowid FROM files WHERE name = ?)"),
      insertFile: prepare("INSERT INTO files (name) VALUES (?)"),
      deleteFile: prepare("DELETE FROM files WHERE name = ?"),
      insertBlock: prepare("INSERT INTO row_blocks (doc, data) VALUES ((SELECT rowid FROM files WHERE name = ?), ?)"),
      deleteDocument: prepare("DELETE FROM documents WHERE file = ?"),
      deleteFindings: prepare("DELETE FROM findings WHERE file = ?"),
      insertFindings: prepare("INSERT INTO findings (file, json) VALUES (?, ?)"),
      insertDocument: prepare("INSERT INTO documents (file, json, facts) VALUES (?, ?, ?)"),
      insertNames: prepare("INSERT INTO document_names (file, json, targets) VALUES (?, ?, ?)"),
      deleteNames: prepare("DELETE FROM document_names WHERE file = ?"),
      insertRecord: prepare("INSERT INTO record_rows (item_key, own, doc, kind, block, start, length, tokens, due) VALUES (?, ?, (SELECT rowid FROM files WHERE name = ?), ?, ?, ?, ?, ?, ?)"),
      insertPassage: prepare("INSERT INTO passage_rows (item_key, own, doc, body, block, start, length, tokens) VALUES (?, ?, (SELECT rowid FROM files WHERE name = ?), ?, ?, ?, ?, ?)"),
    };
  }

  /** Replaces the rows of `rows.file` (validated first) in one transaction. */
  replaceDocument(rows: DocumentRows): void {
    const info = rows.info === null ? null : rowSchemas.documents.parse(rows.info);
    const records = rows.records.map((record) => rowSchemas.records.parse(record));
    const passages = rows.passages.map((passage) => rowSchemas.passages.parse(passage));
    const findings = rows.findings === undefined ? null : rowSchemas.findings.parse(rows.findings);
    this.pending = { removed: [], added: [] };
    const write = this.database.transaction(() => {
      this.deleteRows(rows.file);
      this.statements.insertFile.run(rows.file);
      if (info) {
        const packed = packDocument(info);
        this.statements.insertDocument.run(rows.file, packed.json, packed.facts);
      }
      if (info && this.documentNames) {
        const names = this.documentNames(info);
        this.statements.insertNames.run(rows.file, packRow(names.phrases), packRow(names.targets));
      }
      if (findings) this.statements.insertFindings.run(rows.file, packRow(findings));
      const recordPlaces = this.writeBlocks(rows.file, records);
      records.forEach((record, index) => {
        const place = recordPlaces[index]!;
        const { key, own } = itemKey(rows.file, record.id);
        const columns = termColumns(this.expandText(recordIndexText(record)));
        const { lastInsertRowid } = this.statements.insertRecord.run(key, own, rows.file, record.kind, place.block, place.start, place.length, columns.tokens, recordDue(record));
        this.insertTerms("records", lastInsertRowid, columns);
        this.agencies.add(lastInsertRowid, record);
      });
      const passagePlaces = this.writeBlocks(rows.file, passages);
      const written = passages.map((passage, index) => {
        const body = passage.recordId === null ? 1 : 0;
        const place = passagePlaces[index]!;
        const { key, own } = itemKey(rows.file, passage.id);
        const columns = termColumns(this.expandText(passageIndexText(passage)));
        const { lastInsertRowid } = this.statements.insertPassage.run(key, own, rows.file, body, place.block, place.start, place.length, columns.tokens);
        this.insertTerms("passages", lastInsertRowid, columns);
        return { rowid: lastInsertRowid, passage };
      });
      this.vocabulary.add(rows.file, records, written);
    });
    try {
      write();
    } catch (error) {
      this.agencies.forgetNumbers(); // names numbered in the rolled-back transaction are gone
      this.vocabulary.discard();
      throw error;
    }
    this.vocabulary.commit();
    this.postings.apply(this.pending.removed, this.pending.added);
  }

  /** Writes what the build's documents changed in the postings and the vocabulary's counts (build-index.ts, when all are written). */
  finish(): void {
    this.postings.flush();
    this.vocabulary.flush();
    writeSideRows(this.database);
  }

  /** Writes the rows' JSON in blocks of this file, inserted in an order that fills pages (page-packing.ts); where each row is, in the order given. */
  private writeBlocks(file: string, rows: readonly unknown[]): { block: number | bigint; start: number; length: number }[] {
    const blocks = packBlocks(rows.map((row) => JSON.stringify(row)));
    const numbers: (number | bigint)[] = [];
    for (const index of pageFillingOrder(blocks.map((packed) => packed.data.length + blockRowBytes))) {
      numbers[index] = this.statements.insertBlock.run(file, blocks[index]!.data).lastInsertRowid;
    }
    return blocks.flatMap((packed, index) => packed.rows.map((row) => ({ block: numbers[index]!, ...row })));
  }

  /** The source files with rows in the database. */
  files(): Set<string> {
    const rows = this.database.prepare("SELECT file FROM documents UNION SELECT name AS file FROM files").all() as { file: string }[];
    return new Set(rows.map((row) => row.file));
  }

  /** Removes every row of a source file that is no longer in the sources. */
  removeDocument(file: string): void {
    this.pending = { removed: [], added: [] };
    try {
      this.database.transaction(() => this.deleteRows(file))();
    } catch (error) {
      this.vocabulary.discard();
      throw error;
    }
    this.vocabulary.commit();
    this.postings.apply(this.pending.removed, []);
  }

  /**
   * Removes the file's rows, their terms and what they added to the vocabulary. The terms and counts
   * to take away are recomputed from the rows as stored: an incremental build runs the same code and
   * glossary as the build that wrote them (the index identity), so they are the ones written.
   */
  private deleteRows(file: string): void {
    const rowsOf = <T>(side: SearchSideName, schema: z.ZodType<T>) =>
      (this.statements.rowsOf[side].all(file) as { rowid: number; json: string }[]).map((row) => ({ rowid: row.rowid, item: parseRow(this.path, `${side} of ${file}`, row.json, schema) }));
    const records = rowsOf("records", rowSchemas.records);
    const passages = rowsOf("passages", rowSchemas.passages);
    this.vocabulary.subtract(file, records.map((row) => row.item), passages.map((row) => row.item));
    for (const { rowid, item } of records) {
      this.deleteTerms("records", rowid, recordIndexText(item));
      this.agencies.remove(rowid, item);
    }
    for (const { rowid, item } of passages) this.deleteTerms("passages", rowid, passageIndexText(item));
    for (const side of ["records", "passages"] as const) this.statements.deleteRows[side].run(file);
    this.statements.deleteBlocks.run(file);
    this.statements.deleteFile.run(file);
    this.statements.deleteDocument.run(file);
    this.statements.deleteNames.run(file);
    this.statements.deleteFindings.run(file);
  }

  private insertTerms(side: SearchSideName, rowid: number | bigint, columns: ReturnType<typeof termColumns>): void {
    this.pending.added.push({ side, rowid: Number(rowid), ...columns.syllables });
  }

  private deleteTerms(side: SearchSideName, rowid: number, text: string): void {
    const columns = termColumns(this.expandText(text));
    this.pending.removed.push({ side, rowid, ...columns.syllables });
  }
}
