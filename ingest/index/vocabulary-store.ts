import type Database from "better-sqlite3";
import { z } from "zod";
import type { DocumentInfo, KnowledgeRecord, Passage } from "../records/schemas.js";
import { inflateRawSync } from "node:zlib";
import { IndexDatabaseError, parseRow, rowSchemas } from "./index-database.js";
import { definitionsIn, initialsOf, type AbbreviationDefinition, type VocabularyText } from "./vocabulary/abbreviation-texts.js";
import { documentTermCounts, TermCounts, type CorpusVocabulary, type TermForm } from "./vocabulary/corpus-vocabulary.js";
import { matchText } from "./vocabulary/record-texts.js";
import { StoredDocumentNames } from "./vocabulary/document-names.js";
import { withLazyProperty } from "./document-rows.js";

/**
 * The corpus vocabulary's tables (index-database.ts). A document's definitions, passage initials and
 * agency names are written in the transaction that writes its rows; its term counts are added when it
 * is written and subtracted (recomputed from its rows) before it is replaced or removed, so the counts
 * are always those of the documents in the database. The counts of a document are staged in its
 * transaction and kept once it commits (`commit`; dropped by `discard` when it rolls back), summed
 * over the build's documents, and written together (`flush`): each term once, in key order, instead
 * of one upsert per document and term (5 M upserts into a table of 90,000 rows for the 500 documents
 * of the 100× corpus, whose copies share most of their words). Past `maxPending` terms held they are
 * written early, so memory stays bounded.
 */
export class VocabularyWriter {
  private readonly statements;

  /** The count changes of the document being written or removed (its transaction not committed yet). */
  private staged: { counts: TermCounts; sign: 1 | -1 }[] = [];

  /** The count changes of committed documents not written yet, by form and term. */
  private readonly pending = new TermCounts();

  /**
   * `titleText` is what a record title is matched on at question time (the glossary's abbreviation forms written in);
   * `agencyNames` the agencies a document's records name that the glossary does not list (vocabulary/document-agencies.ts).
   */
  constructor(
    private readonly database: Database.Database,
    private readonly titleText: (text: string) => string,
    private readonly agencyNames: (records: readonly KnowledgeRecord[]) => readonly string[],
    private readonly maxPending = 500_000,
  ) {
    const prepare = (sql: string) => database.prepare(sql);
    this.statements = {
      add: prepare("INSERT INTO vocabulary (form, term, count) VALUES (?, ?, ?) ON CONFLICT (form, term) DO UPDATE SET count = count + excluded.count"),
      dropEmpty: prepare("DELETE FROM vocabulary WHERE form = ? AND term = ? AND count <= 0"),
      deleteDefinitions: prepare("DELETE FROM abbreviation_definitions WHERE file = ?"),
      deleteInitials: prepare("DELETE FROM passage_initials WHERE rowid IN (SELECT rowid FROM passage_rows WHERE doc = (SELECT rowid FROM files WHERE name = ?))"),
      insertDefinition: prepare("INSERT INTO abbreviation_definitions (file, seq, key, phrase, example) VALUES (?, ?, ?, ?, ?)"),
      insertInitials: prepare("INSERT INTO passage_initials (rowid, initials) VALUES (?, ?)"),
      deleteAgencies: prepare("DELETE FROM document_agencies WHERE file = ?"),
      insertAgency: prepare("INSERT INTO document_agencies (file, seq, name) VALUES (?, ?, ?)"),
    };
  }

  /** Adds a document's counts (staged), definitions, passage initials and agency names; `passages` carry the rowids they were written with. */
  add(file: string, records: readonly KnowledgeRecord[], passages: readonly { rowid: number | bigint; passage: Passage }[]): void {
    this.staged.push({ counts: this.counts(records, passages.map((row) => row.passage)), sign: 1 });
    this.agencyNames(records).forEach((name, seq) => this.statements.insertAgency.run(file, seq, name));
    let seq = 0;
    for (const { rowid, passage } of passages) {
      for (const definition of definitionsIn({ file, text: passage.text })) {
        this.statements.insertDefinition.run(file, seq, definition.key, definition.phrase, definition.example.text);
        seq += 1;
      }
      const { initials } = initialsOf(passage.text);
      if (initials !== "") this.statements.insertInitials.run(rowid, initials);
    }
  }

  /** Subtracts what the rows of `file` now in the database (`records`, `passages`, as read back) added (counts staged); call before deleting them. */
  subtract(file: string, records: readonly KnowledgeRecord[], passages: readonly Passage[]): void {
    this.staged.push({ counts: this.counts(records, passages), sign: -1 });
    this.statements.deleteDefinitions.run(file);
    this.statements.deleteInitials.run(file);
    this.statements.deleteAgencies.run(file);
  }

  /** The document's transaction committed: its staged counts are kept (and written when many are held). */
  commit(): void {
    for (const { counts, sign } of this.staged) {
      for (const entry of counts.entries()) this.pending.add(entry.form, entry.term, sign * entry.count);
    }
    this.staged = [];
    if (this.pending.size > this.maxPending) this.flush();
  }

  /** The document's transaction rolled back: its staged counts are dropped. */
  discard(): void {
    this.staged = [];
  }

  /** Writes the kept count changes, each term once and in key order; a count that falls to zero or below leaves the table. */
  flush(): void {
    this.database.transaction(() => {
      for (const { form, term, count } of this.pending.sortedEntries()) {
        if (count === 0) continue;
        this.statements.add.run(form, term, count);
        if (count < 0) this.statements.dropEmpty.run(form, term);
      }
    })();
    this.pending.clear();
  }

  private counts(records: readonly KnowledgeRecord[], passages: readonly Passage[]): TermCounts {
    return documentTermCounts(
      records.map((record) => this.titleText(matchText(record))),
      passages.map((passage) => passage.text),
    );
  }
}

const DefinitionRow = z.object({ file: z.string(), key: z.string(), phrase: z.string(), example: z.string() });
const TextPlace = z.object({ rowid: z.number(), block: z.number(), start: z.number(), length: z.number() });
/** What an abbreviation's lookup reads of a passage row. */
const PassageText = rowSchemas.passages.pick({ file: true, text: true });
/** Counts kept per reader; past this many the cache starts over. */
const maxCached = 100_000;

/** The corpus vocabulary read from the index database, term by term, with a small cache. */
export class IndexVocabulary implements CorpusVocabulary {
  private readonly statements;
  private readonly cache = new Map<string, number>();
  private titles: number | null = null;
  private agencies: readonly string[] | null = null;

  constructor(
    database: Database.Database,
    private readonly path: string,
  ) {
    const prepare = (sql: string) => database.prepare(sql);
    this.statements = {
      count: prepare("SELECT count FROM vocabulary WHERE form = ? AND term = ?").pluck(),
      titleCount: prepare("SELECT count(*) FROM records").pluck(),
      agencies: prepare("SELECT name FROM document_agencies ORDER BY file, seq").pluck(),
      definitions: prepare("SELECT file, key, phrase, example FROM abbreviation_definitions WHERE key = ? ORDER BY file, seq"),
      // Where each row's JSON is, not the JSON: the view would hand its block's data to unpack_row once per row (row-blocks.ts).
      texts: prepare(
        "SELECT r.rowid AS rowid, r.block AS block, r.start AS start, r.length AS length FROM files AS f JOIN passage_rows AS r ON r.doc = f.rowid " +
          "JOIN passage_initials AS i ON i.rowid = r.rowid WHERE instr(i.initials, ?) > 0 ORDER BY f.name, r.rowid",
      ),
      block: prepare("SELECT data FROM row_blocks WHERE rowid = ?").pluck(),
    };
  }

  titleCount(): number {
    this.titles ??= z.number().parse(this.statements.titleCount.get());
    return this.titles;
  }

  /** The documents' names in source-file order, each once (as a pass over their records in that order finds them); read once. */
  documentAgencies(): readonly string[] {
    this.agencies ??= Object.freeze([...new Set(z.array(z.string()).parse(this.statements.agencies.all()))]);
    return this.agencies;
  }

  count(form: TermForm, term: string): number {
    const key = `${form}\u0000${term}`;
    let count = this.cache.get(key);
    if (count === undefined) {
      if (this.cache.size >= maxCached) this.cache.clear();
      count = z.number().optional().parse(this.statements.count.get(form, term)) ?? 0;
      this.cache.set(key, count);
    }
    return count;
  }

  definitions(key: string): AbbreviationDefinition[] {
    return this.statements.definitions.all(key).map((row) => {
      const definition = DefinitionRow.parse(row);
      return { key: definition.key, phrase: definition.phrase, example: { file: definition.file, text: definition.example } };
    });
  }

  /** The passages whose initials hold `key`, in source-file order: each block inflated once, each row's file and text read from its JSON. */
  *textsWithInitials(key: string): Iterable<VocabularyText> {
    const places = z.array(TextPlace).parse(this.statements.texts.all(key));
    let block = -1;
    let bytes: Buffer | null = null;
    for (const { rowid, block: rowBlock, start, length } of places) {
      if (rowBlock !== block) {
        const data: unknown = this.statements.block.get(rowBlock);
        bytes = data instanceof Uint8Array ? inflateRawSync(data) : null;
        block = rowBlock;
      }
      if (bytes === null) throw new IndexDatabaseError(this.path, `passage row ${rowid}: its block ${rowBlock} is missing`);
      const passage = parseRow(this.path, `passage row ${rowid}`, bytes.toString("utf8", start, start + length), PassageText);
      yield { file: passage.file, text: passage.text };
    }
  }
}

const NamesRow = z.object({ file: z.string(), json: z.instanceof(Uint8Array), targets: z.instanceof(Uint8Array) });
const TargetWords = StoredDocumentNames.shape.targets;

/**
 * The names stored for each document (document_names), in the documents' order; null when one has none (an index built without them).
 * The words of its target texts are parsed when first read (a question about a document), the phrases now (document-rows.ts).
 */
export function readDocumentNames(database: Database.Database, path: string, documents: readonly DocumentInfo[]): StoredDocumentNames[] | null {
  const byFile = new Map<string, StoredDocumentNames>();
  for (const row of database.prepare("SELECT file, json, targets FROM document_names").all()) {
    const { file, json, targets } = NamesRow.parse(row);
    const phrases = parseRow(path, `document names of ${file}`, json, StoredDocumentNames.shape.phrases);
    byFile.set(file, withLazyProperty({ phrases } as StoredDocumentNames, "targets", () => parseRow(path, `target words of ${file}`, targets, TargetWords)));
  }
  const names = documents.map((document) => byFile.get(document.file));
  return names.every((entry) => entry !== undefined) ? names : null;
}
