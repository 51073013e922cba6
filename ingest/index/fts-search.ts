import type Database from "better-sqlite3";
import { termsTableOf, type SearchSideName } from "./index-database.js";
import { RecentCache } from "./recent-cache.js";
import { adjacentPairs, tokenizeFields } from "./tokenize.js";

/**
 * Lexical search in the index database: SQLite FTS5's BM25 (k1 = 1.2, b = 0.75) over two columns of
 * the same text, `exact` (diacritics kept) and `folded` (none, đ→d). The query's syllables and
 * bigrams are each looked up in both: a syllable spelt as in the document scores in both columns,
 * one that matches only once folded ("han" ~ "hạn") scores in `folded` alone, so exact spellings rank
 * first while unaccented questions still find accented text. A pair of adjacent syllables is an FTS5
 * phrase ("hạn chế", over the positions kept with detail=full): it scores only where the two
 * syllables stand together, with the frequency and row count a bigram token would have.
 */
export interface LexicalHit {
  id: string;
  score: number;
}

export interface LexicalSearchOptions {
  limit: number;
  /** Only items of these source files; all when absent or empty. */
  files?: readonly string[];
  /** Passages only: body text, not table rows. */
  bodyOnly?: boolean;
}

/** BM25 column weights: FTS5 multiplies a term's frequency in a column by its weight. */
export interface ColumnWeights {
  exact: number;
  folded: number;
}
export const defaultColumnWeights: ColumnWeights = { exact: 1, folded: 1 };

/** A term as an FTS5 string: in double quotes, any quote inside doubled; a space inside makes it a phrase. */
const quoted = (term: string) => `"${term.replaceAll('"', '""')}"`;

/**
 * The FTS5 query of a text: each distinct syllable, then each distinct pair of adjacent syllables as
 * a phrase, of each column, ORed; null when it has no term.
 */
export function ftsQuery(text: string): string | null {
  const tokens = tokenizeFields(text);
  const parts: string[] = [];
  for (const column of ["exact", "folded"] as const) {
    const syllableList = tokens[column];
    const terms = [...new Set([...syllableList, ...adjacentPairs(syllableList).map((pair) => pair.join(" "))])];
    if (terms.length > 0) parts.push(`{${column}} : (${terms.map(quoted).join(" OR ")})`);
  }
  return parts.length > 0 ? parts.join(" OR ") : null;
}

/** Searches whose results a reader keeps. */
const keptSearches = 256;

export class FtsSearch {
  private readonly cache = new Map<string, Database.Statement>();
  /** Results by search, with the limit they were read with: the ranking is a total order, so a smaller limit is their beginning. */
  private readonly results = new RecentCache<string, { limit: number; hits: readonly LexicalHit[] }>(keptSearches);

  constructor(
    private readonly database: Database.Database,
    private readonly side: SearchSideName,
    private readonly weights: ColumnWeights = defaultColumnWeights,
  ) {}

  /** Best first (higher score is better); ties in source-file order, then in the order written. */
  search(query: string, options: LexicalSearchOptions): LexicalHit[] {
    if (options.limit <= 0) return [];
    const match = ftsQuery(query);
    if (match === null) return [];
    const files = options.files && options.files.length > 0 ? options.files : null;
    const bodyOnly = this.side === "passages" && options.bodyOnly === true;
    const key = `${bodyOnly}\u0000${files ? JSON.stringify(files) : ""}\u0000${match}`;
    const kept = this.results.get(key);
    if (kept && kept.limit >= options.limit) return kept.hits.slice(0, options.limit).map((hit) => ({ ...hit }));
    const parameters: unknown[] = [this.weights.exact, this.weights.folded, match];
    if (files) parameters.push(JSON.stringify(files));
    parameters.push(options.limit);
    const rows = this.statement(files !== null, bodyOnly).all(...parameters) as { id: string; score: number }[];
    const hits = rows.map((row) => ({ id: row.id, score: -row.score }));
    this.results.set(key, { limit: options.limit, hits: hits.map((hit) => ({ ...hit })) });
    return hits;
  }

  private statement(byFile: boolean, bodyOnly: boolean): Database.Statement {
    const key = `${byFile}:${bodyOnly}`;
    let statement = this.cache.get(key);
    if (!statement) {
      const terms = termsTableOf[this.side];
      const conditions = [
        ...(byFile ? ["item.file IN (SELECT value FROM json_each(?))"] : []),
        ...(bodyOnly ? ["item.body = 1"] : []),
      ];
      statement = this.database.prepare(
        `SELECT item.id AS id, hit.score AS score FROM ` +
          `(SELECT rowid, bm25(${terms}, ?, ?) AS score FROM ${terms} WHERE ${terms} MATCH ?) AS hit ` +
          `JOIN ${this.side} AS item ON item.rowid = hit.rowid ` +
          (conditions.length > 0 ? `WHERE ${conditions.join(" AND ")} ` : "") +
          `ORDER BY hit.score, item.file, item.rowid LIMIT ?`,
      );
      this.cache.set(key, statement);
    }
    return statement;
  }
}
