import type Database from "better-sqlite3";
import type { z } from "zod";
import type { Embeddings } from "@langchain/core/embeddings";
import type { DocumentInfo, KnowledgeRecord, Passage } from "../records/schemas.js";
import { embeddingsIdOf } from "./embeddings/create-embeddings.js";
import { LexicalSearch, type LexicalHit } from "./lexical-search.js";
import { openIndexDatabase, parseRow, rowSchemas } from "./index-database.js";
import { builtIndexFiles } from "./index-layout.js";
import { loadIndexVectors, readIndexManifest } from "./index-store.js";
import type { IndexManifest } from "./manifest.js";
import type { VectorHit, VectorStore } from "./vector-store.js";
import { AppError } from "../../errors/app-error.js";
import type { CorpusVocabulary } from "./vocabulary/corpus-vocabulary.js";
import { IndexVocabulary, readDocumentNames } from "./vocabulary-store.js";
import { attachStoredDocumentNames } from "./vocabulary/document-names.js";
import { ItemLookup } from "./item-keys.js";
import { readDocuments } from "./document-rows.js";
import { FileRecords } from "./file-records.js";
import { deepFreeze, RecentCache } from "./recent-cache.js";

import type { RecordFilter } from "../../knowledge/answer/find/knowledge-base.js";

export { buildSearchIndex, UnknownEmbeddingsIdError, type BuildSearchIndexOptions, type SearchIndexContent } from "./build-index.js";

/**
 * Query-time search over records and passages: lexical BM25 (our own postings, lexical-search.ts) and vector ranks merged by
 * reciprocal rank fusion (k = 60). Each hit keeps its lexical and vector evidence so callers can
 * threshold. The database is opened, not loaded: rows are read when asked for.
 */
export interface SearchIndexOptions {
  limit: number;
  /** Restrict to these source files; all files when absent or empty. */
  files?: string[];
  /** Passages only: leave out table-row passages (their records are searched on their own). */
  bodyOnly?: boolean;
}

export interface FusedHit {
  id: string;
  /** Σ weight / (60 + rank) over the lexical and vector rankings (1-based ranks; weights 1 by default). */
  score: number;
  lexicalRank: number | null;
  lexicalScore: number | null;
  vectorRank: number | null;
  /** Cosine similarity of the query and item vectors. */
  vectorScore: number | null;
}

export const reciprocalRankConstant = 60;
/** Each ranking is read this deep (at least) before fusing. */
const minimumCandidateDepth = 50;
/** Vector neighbours at or below this similarity share nothing with the query and are dropped. */
const minimumVectorSimilarity = 0;

export class EmbeddingsMismatchError extends AppError {
  constructor(
    readonly builtWith: string,
    readonly queriedWith: string,
  ) {
    super("EMBEDDINGS_MISMATCH", `The index was built with embeddings ${builtWith} but is queried with ${queriedWith}: rebuild it with \`npm run ingest\`.`);
  }
}

/** Weights of the two rankings in the fusion: score = Σ weight / (60 + rank). */
export interface FusionWeights {
  lexical: number;
  vector: number;
}
export const defaultFusionWeights: FusionWeights = { lexical: 1, vector: 1 };

export interface SearchIndexLoadOptions {
  /** Refuse the index unless it was built with this embedding id. */
  embeddingsId?: string;
  fusionWeights?: FusionWeights;
}

/** The records' JSON characters a reader keeps parsed for list answers (about 3 × the 10× corpus's records). */
const keptRecordCharacters = 32_000_000;

/** Rows read by id that a reader keeps, per kind. */
const keptRows = 1024;

/** Rows of one kind, read from the database on first use of the whole list. */
class RowTable<T extends { id: string }> {
  private all: T[] | null = null;
  private readonly table: "records" | "passages";
  private byId: Map<string, T> | null = null;
  private readonly one: ItemLookup<{ json: string }>;
  private readonly every: Database.Statement;
  private readonly placeOf: ItemLookup<{ file: string; body: number }>;
  private readonly schema: z.ZodType<T>;
  private readonly recent = new RecentCache<string, T>(keptRows);
  private readonly rowidOf: ItemLookup<{ rowid: number }>;
  private readonly kept: ((rowid: number) => T | undefined) | undefined;

  /** `kept`: rows already parsed elsewhere (the list records kept by file), by rowid; a row found there is not read again. */
  constructor(
    database: Database.Database,
    private readonly path: string,
    kind: { table: "records" | "passages"; schema: z.ZodType<T>; kept?: (rowid: number) => T | undefined },
  ) {
    this.table = kind.table;
    this.schema = kind.schema;
    this.kept = kind.kept;
    const table = kind.table;
    this.one = new ItemLookup(database, table, "json");
    this.rowidOf = new ItemLookup(database, table, "rowid");
    this.every = database.prepare(`SELECT json FROM ${table} ORDER BY file, rowid`);
    this.placeOf = new ItemLookup(database, table, `file, ${table === "passages" ? "body" : "1"} AS body`);
  }

  list(): T[] {
    if (this.all === null) {
      const rows = this.every.all() as { json: string }[];
      this.all = rows.map((row, position) => this.parse(row.json, `${this.table} row ${position + 1}`));
      this.byId = new Map(this.all.map((item) => [item.id, item]));
    }
    return this.all;
  }

  /** One row by id; the rows read last are kept, parsed and frozen (readers share them). */
  get(id: string): T | undefined {
    if (this.byId) return this.byId.get(id);
    const recent = this.recent.get(id);
    if (recent) return recent;
    // The row the id finds, from the records kept by file when its file is kept (no block inflated to read it).
    const rowid = this.kept ? this.rowidOf.get(id)?.rowid : undefined;
    const kept = rowid === undefined ? undefined : this.kept?.(rowid);
    if (kept) return kept;
    const row = this.one.get(id);
    if (!row) return undefined;
    const item = deepFreeze(this.parse(row.json, `${this.table} ${id}`));
    this.recent.set(id, item);
    return item;
  }

  /** The source file of an item and whether it is body text (passages), without parsing the row. */
  place(id: string): { file: string; body: boolean } | undefined {
    const row = this.placeOf.get(id);
    return row ? { file: row.file, body: row.body === 1 } : undefined;
  }

  private parse(json: string, what: string): T {
    return parseRow(this.path, what, json, this.schema);
  }
}

interface SearchSide {
  lexical: LexicalSearch;
  vectors: VectorStore;
  place: (id: string) => { file: string; body: boolean } | undefined;
  weights: FusionWeights;
}

export class SearchIndex {
  private constructor(
    readonly manifest: IndexManifest,
    readonly documents: DocumentInfo[],
    private readonly database: Database.Database,
    private readonly recordsByFile: FileRecords<KnowledgeRecord>,
    private readonly recordRows: RowTable<KnowledgeRecord>,
    private readonly passageRows: RowTable<Passage>,
    private readonly recordSide: SearchSide,
    private readonly passageSide: SearchSide,
  ) {
    this.vocabulary = new IndexVocabulary(database, database.name);
  }

  /** Term counts, abbreviations and initials of the whole corpus, read term by term. */
  readonly vocabulary: CorpusVocabulary;

  /**
   * Opens the index in use. Refuses an index built with another embedding than the one given
   * (its id from `options.embeddingsId`, else carried by embeddings from `createEmbeddings`).
   */
  static async load(indexDir: string, embeddings: Embeddings, options: SearchIndexLoadOptions = {}): Promise<SearchIndex> {
    const { folder, manifest } = await readIndexManifest(indexDir);
    const queriedWith = options.embeddingsId ?? embeddingsIdOf(embeddings);
    if (queriedWith !== undefined && queriedWith !== manifest.embeddingsId) {
      throw new EmbeddingsMismatchError(manifest.embeddingsId, queriedWith);
    }
    const path = builtIndexFiles(folder).database;
    const database = openIndexDatabase(path);
    try {
      // Their facts are parsed when a question about a document first reads them (document-rows.ts).
      const documents = readDocuments(database, path, { lazily: true });
      attachStoredDocumentNames(documents, () => readDocumentNames(database, path, documents));
      const vectors = await loadIndexVectors(folder, embeddings);
      const weights = options.fusionWeights ?? defaultFusionWeights;
      const recordsByFile = new FileRecords(database, path, rowSchemas.records, keptRecordCharacters);
      const records = new RowTable<KnowledgeRecord>(database, path, { table: "records", schema: rowSchemas.records, kept: (rowid) => recordsByFile.keptRow(rowid) });
      const passages = new RowTable<Passage>(database, path, { table: "passages", schema: rowSchemas.passages });
      return new SearchIndex(
        manifest,
        documents,
        database,
        recordsByFile,
        records,
        passages,
        { lexical: new LexicalSearch(database, "records"), vectors: vectors.records, place: (id) => records.place(id), weights },
        { lexical: new LexicalSearch(database, "passages"), vectors: vectors.passages, place: (id) => passages.place(id), weights },
      );
    } catch (error) {
      database.close();
      throw error;
    }
  }

  /** Every record, read from the database on first use (tools and tests: answering reads rows on demand). */
  get records(): KnowledgeRecord[] {
    return this.recordRows.list();
  }

  /** Every passage, read from the database on first use (tools and tests). */
  get passages(): Passage[] {
    return this.passageRows.list();
  }

  /** A record by id: from the list records when they hold every file (file-records.ts), else read from its row. */
  record(id: string): KnowledgeRecord | undefined {
    return this.recordsByFile.known(id) ?? this.recordRows.get(id);
  }

  passage(id: string): Passage | undefined {
    return this.passageRows.get(id);
  }

  /** Every passage's file and text, in source-file order, read one row at a time and not kept (/tailieu reads the citations in them). */
  *passageTexts(): Iterable<{ file: string; text: string }> {
    for (const row of this.database.prepare("SELECT json FROM passages ORDER BY file, rowid").iterate() as Iterable<{ json: Uint8Array }>) {
      const passage = parseRow(this.database.name, "passage row", row.json, rowSchemas.passages);
      yield { file: passage.file, text: passage.text };
    }
  }

  /** The records of these kinds (and files, when given), in source-file order; each file's records kept once read, frozen (file-records.ts). */
  recordsOf(filter: RecordFilter): KnowledgeRecord[] {
    return this.recordsByFile.where(filter);
  }

  searchRecords(query: string, options: SearchIndexOptions): Promise<FusedHit[]> {
    return fusedSearch(this.recordSide, query, options);
  }

  searchPassages(query: string, options: SearchIndexOptions): Promise<FusedHit[]> {
    return fusedSearch(this.passageSide, query, options);
  }

  /** Closes the database; the index cannot be searched afterwards. */
  close(): void {
    this.database.close();
  }
}

async function fusedSearch(side: SearchSide, query: string, options: SearchIndexOptions): Promise<FusedHit[]> {
  if (options.limit <= 0) return [];
  const files = options.files && options.files.length > 0 ? new Set(options.files) : null;
  const bodyOnly = options.bodyOnly === true;
  const filter =
    files || bodyOnly
      ? (id: string) => {
          const place = side.place(id);
          return place !== undefined && (!files || files.has(place.file)) && (!bodyOnly || place.body);
        }
      : undefined;
  const depth = Math.max(options.limit * 3, minimumCandidateDepth);
  const lexicalHits = side.lexical.search(query, { limit: depth, files: options.files, bodyOnly });
  const vectorHits = (await side.vectors.similaritySearch(query, depth, filter)).filter(
    (hit) => hit.score > minimumVectorSimilarity,
  );
  return fuseRankings(lexicalHits, vectorHits, side.weights).slice(0, options.limit);
}

/** Reciprocal rank fusion of a lexical and a vector ranking; ties keep lexical order first. */
export function fuseRankings(
  lexicalHits: readonly LexicalHit[],
  vectorHits: readonly VectorHit[],
  weights: FusionWeights = defaultFusionWeights,
): FusedHit[] {
  const fused = new Map<string, FusedHit>();
  const entry = (id: string): FusedHit => {
    let hit = fused.get(id);
    if (!hit) {
      hit = { id, score: 0, lexicalRank: null, lexicalScore: null, vectorRank: null, vectorScore: null };
      fused.set(id, hit);
    }
    return hit;
  };
  lexicalHits.forEach((lexicalHit, index) => {
    const hit = entry(lexicalHit.id);
    hit.lexicalRank = index + 1;
    hit.lexicalScore = lexicalHit.score;
    hit.score += weights.lexical / (reciprocalRankConstant + index + 1);
  });
  vectorHits.forEach((vectorHit, index) => {
    const hit = entry(vectorHit.id);
    hit.vectorRank = index + 1;
    hit.vectorScore = vectorHit.score;
    hit.score += weights.vector / (reciprocalRankConstant + index + 1);
  });
  return [...fused.values()].sort((left, right) => right.score - left.score);
}
