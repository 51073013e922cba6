import type { DocumentInfo, KnowledgeRecord, Passage } from "../../../ingest/records/schemas.js";
import type { CorpusVocabulary } from "../../../ingest/index/vocabulary/corpus-vocabulary.js";

export { recordTitle } from "../../../ingest/index/vocabulary/record-texts.js";

/** A ranked hit from the search index. */
export interface SearchHit {
  id: string;
  score: number;
}

export interface SearchOptions {
  limit: number;
  /** Restrict to these source files; all files when absent or empty. */
  files?: string[];
  /** Passages only: body text, not table rows. */
  bodyOnly?: boolean;
}

/**
 * Which records to read: these kinds, in these files (all files when absent or empty); when given,
 * only those naming the agency (a canonical name) in one of the roles — a task's owners or
 * coordinators, a DTI criterion's implementing or confirming units, an indicator's owners — and only
 * those whose deadline ends within the period (ISO days, as `isDueWithin`); the first `limit`.
 */
export interface RecordFilter {
  kinds: readonly KnowledgeRecord["kind"][];
  files?: readonly string[];
  agency?: { name: string; roles: readonly ("owner" | "coordinator")[] };
  due?: { from: string; to: string };
  limit?: number;
}

/**
 * What the answering code needs from the index (implemented by ingest/index/search-index.ts). It
 * is opened, not loaded: the documents are few; records and passages are read by id, by search,
 * or by kind for list answers; whole-corpus statistics are read term by term from `vocabulary`.
 */
export interface KnowledgeBase {
  documents: DocumentInfo[];
  searchRecords(query: string, options: SearchOptions): Promise<SearchHit[]> | SearchHit[];
  searchPassages(query: string, options: SearchOptions): Promise<SearchHit[]> | SearchHit[];
  record(id: string): KnowledgeRecord | undefined;
  passage(id: string): Passage | undefined;
  /** The records of these kinds (and files), in source-file order. */
  recordsOf(filter: RecordFilter): KnowledgeRecord[];
  /** Title term counts, the words and pairs the documents use, their abbreviations (learned at ingest). */
  vocabulary: CorpusVocabulary;
}
