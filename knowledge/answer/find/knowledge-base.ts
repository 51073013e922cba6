import type { DocumentInfo, KnowledgeRecord, Passage } from "../../../ingest/records/schemas.js";

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

/** What the answering code needs from the loaded index (implemented by ingest/index/search-index.ts). */
export interface KnowledgeBase {
  documents: DocumentInfo[];
  records: KnowledgeRecord[];
  passages: Passage[];
  searchRecords(query: string, options: SearchOptions): Promise<SearchHit[]> | SearchHit[];
  searchPassages(query: string, options: SearchOptions): Promise<SearchHit[]> | SearchHit[];
  record(id: string): KnowledgeRecord | undefined;
  passage(id: string): Passage | undefined;
  /** Every indexed text (body passages and table rows) with its file: the vocabulary the documents use, learned from (abbreviations). */
  vocabularyTexts(): { file: string; text: string }[];
}

/** The text a record is recognised by: what officials name it by. */
export function recordTitle(record: KnowledgeRecord): string {
  switch (record.kind) {
    case "task":
      return record.title;
    case "indicator":
      return record.name;
    case "dti-criterion":
      return record.name;
    case "budget-line":
      return record.item;
  }
}
