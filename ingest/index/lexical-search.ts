import type Database from "better-sqlite3";
import type { SearchSideName } from "./index-database.js";
import { DecodedPostings, decodePostingsInto, postingsKind, postingsQuery, type ColumnName } from "./postings.js";
import { RecentCache, WeightedRecentCache } from "./recent-cache.js";
import { adjacentPairs, tokenizeFields } from "./tokenize.js";
import { TopRows } from "./top-rows.js";
import { readSideRows } from "./side-rows.js";

/**
 * Lexical search over our own postings (postings.ts, decision 025): BM25 (k1 = 1.2, b = 0.75) exactly as
 * SQLite FTS5's `bm25()` computed it over the same terms (decision 019), bit for bit — the IDF of each
 * phrase through SQLite's own `ln()`, the same double operations in the same order, a row's score
 * summed in the query's phrase order. The query's syllables and pairs of adjacent syllables are each
 * looked up in two columns of the same text, `exact` (diacritics kept) and `folded` (none, đ→d): a
 * syllable spelt as in the document scores in both, one that matches only once folded ("han" ~ "hạn")
 * in `folded` alone, so exact spellings rank first while unaccented questions still find accented text.
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

/** BM25 column weights: a term's frequency in a column is the sum of its weight over its occurrences. */
export interface ColumnWeights {
  exact: number;
  folded: number;
}
export const defaultColumnWeights: ColumnWeights = { exact: 1, folded: 1 };

export interface QueryPhrase {
  column: ColumnName;
  term: string;
}

/** The phrases of a query, in FTS5's order: each distinct syllable, then each distinct adjacent pair, of `exact`, then of `folded`. */
export function queryPhrases(text: string): QueryPhrase[] {
  const tokens = tokenizeFields(text);
  return (["exact", "folded"] as const).flatMap((column) => {
    const syllableList = tokens[column];
    const terms = new Set([...syllableList, ...adjacentPairs(syllableList).map((pair) => pair.join(" "))]);
    return [...terms].map((term) => ({ column, term }));
  });
}

const k1 = 1.2;
const b = 0.75;

/** What BM25 needs of every row of a side, indexed by rowid: read on first search. */
interface SideRows {
  count: number;
  /** k1 · (1 − b + b · D / avgdl) of each row (D its token count), as FTS5 computes it. */
  norm: Float64Array;
  doc: Int32Array;
  body: Uint8Array;
  /** Each file's place in name order, by file number: ties rank by file, then rowid. */
  fileRank: Int32Array;
}

/** Searches whose results a reader keeps. */
const keptSearches = 256;
/** Postings entries a reader keeps scored, per side (12 bytes each: at most 24 MB). */
const defaultKeptEntries = 2_000_000;

/** A phrase's rows (rowids, in postings order) and its BM25 contribution to each. */
interface ScoredPostings {
  rowids: Int32Array;
  contributions: Float64Array;
}
const noPostings: ScoredPostings = { rowids: new Int32Array(0), contributions: new Float64Array(0) };

export class LexicalSearch {
  private rows: SideRows | null = null;
  private readonly idfs = new Map<number, number>();
  private readonly postings: Database.Statement;
  private readonly ln: Database.Statement;
  private readonly ids: Database.Statement;
  private readonly filesNamed: Database.Statement;
  /** Results by search, with the limit they were read with: the ranking is a total order, so a smaller limit is their beginning. */
  private readonly results = new RecentCache<string, { limit: number; hits: readonly LexicalHit[] }>(keptSearches);
  private seen = new Uint32Array(0);
  private score = new Float64Array(0);
  private generation = 0;
  private readonly decoded = new DecodedPostings();
  private readonly scored: WeightedRecentCache<string, ScoredPostings>;

  constructor(
    private readonly database: Database.Database,
    private readonly side: SearchSideName,
    private readonly weights: ColumnWeights = defaultColumnWeights,
    keptEntries = defaultKeptEntries,
  ) {
    this.scored = new WeightedRecentCache(keptEntries);
    const table = side === "records" ? "record_rows" : "passage_rows";
    this.postings = database.prepare(postingsQuery).raw();
    this.ln = database.prepare("SELECT ln(?)").pluck();
    this.ids = database.prepare(
      `SELECT r.rowid AS rowid, CASE WHEN r.own = 1 THEN f.name || ':' || r.item_key ELSE r.item_key END AS id ` +
        `FROM ${table} AS r JOIN files AS f ON f.rowid = r.doc WHERE r.rowid IN (SELECT value FROM json_each(?))`,
    );
    this.filesNamed = database.prepare("SELECT rowid FROM files WHERE name IN (SELECT value FROM json_each(?))").pluck();
  }

  /** Best first (higher score is better); ties in source-file order, then in the order written. */
  search(query: string, options: LexicalSearchOptions): LexicalHit[] {
    if (options.limit <= 0) return [];
    const phrases = queryPhrases(query);
    if (phrases.length === 0) return [];
    const files = options.files && options.files.length > 0 ? options.files : null;
    const bodyOnly = this.side === "passages" && options.bodyOnly === true;
    const key = `${bodyOnly}\u0000${files ? JSON.stringify(files) : ""}\u0000${phrases.map((phrase) => `${phrase.column}:${phrase.term}`).join("\u0001")}`;
    const kept = this.results.get(key);
    if (kept && kept.limit >= options.limit) return kept.hits.slice(0, options.limit).map((hit) => ({ ...hit }));
    const hits = this.ranked(phrases, options.limit, files, bodyOnly);
    this.results.set(key, { limit: options.limit, hits: hits.map((hit) => ({ ...hit })) });
    return hits;
  }

  private ranked(phrases: readonly QueryPhrase[], limit: number, files: readonly string[] | null, bodyOnly: boolean): LexicalHit[] {
    const rows = this.sideRows();
    const { seen, score } = this;
    const generation = this.nextGeneration();
    const touched: number[] = [];
    for (const phrase of phrases) {
      const { rowids, contributions } = this.scoredPostings(phrase, rows);
      for (let entry = 0; entry < rowids.length; entry += 1) {
        const rowid = rowids[entry]!;
        const contribution = contributions[entry]!;
        if (seen[rowid] !== generation) {
          seen[rowid] = generation;
          score[rowid] = 0.0 + contribution;
          touched.push(rowid);
        } else score[rowid] = score[rowid]! + contribution;
      }
    }
    const docs = files ? new Set(this.filesNamed.all(JSON.stringify(files)) as number[]) : null;
    const top = new TopRows(limit, (rowid) => score[rowid]!, (rowid) => rows.fileRank[rows.doc[rowid]!]!);
    for (const rowid of touched) {
      if (docs && !docs.has(rows.doc[rowid]!)) continue;
      if (bodyOnly && rows.body[rowid] !== 1) continue;
      top.offer(rowid);
    }
    const best = top.sorted();
    const idOf = new Map((this.ids.all(JSON.stringify(best)) as { rowid: number; id: string }[]).map((row) => [row.rowid, row.id]));
    return best.map((rowid) => ({ id: idOf.get(rowid)!, score: score[rowid]! }));
  }

  /**
   * A phrase's rows and what the phrase adds to each row's score — the same double, computed the same
   * way, whenever it is asked: the phrases of questions recur (96 % of the entries a loop of the eval
   * questions reads at 10× are of phrases read before), so the phrases read last are kept, up to
   * `keptEntries` entries (2 million by default) per side, instead of being read and decoded again.
   */
  private scoredPostings(phrase: QueryPhrase, rows: SideRows): ScoredPostings {
    const key = `${phrase.column}\u0000${phrase.term}`;
    const kept = this.scored.get(key);
    if (kept) return kept;
    const found = this.postings.get(postingsKind(this.side, phrase.column), phrase.term) as [number, Uint8Array] | undefined;
    if (!found) {
      this.scored.set(key, noPostings, 1);
      return noPostings;
    }
    const idf = this.idf(rows.count, found[0]);
    const weight = this.weights[phrase.column];
    const decoded = this.decoded;
    decodePostingsInto(found[1], decoded);
    // Rowids index the side's arrays, sized by the largest: they fit 32 bits.
    const rowids = new Int32Array(decoded.length);
    const contributions = new Float64Array(decoded.length);
    for (let entry = 0; entry < decoded.length; entry += 1) {
      const rowid = decoded.rowids[entry]!;
      const count = decoded.counts[entry]!;
      let frequency = count;
      if (weight !== 1) {
        frequency = 0;
        for (let index = 0; index < count; index += 1) frequency += weight;
      }
      rowids[entry] = rowid;
      contributions[entry] = idf * ((frequency * (k1 + 1.0)) / (frequency + rows.norm[rowid]!));
    }
    const scored = { rowids, contributions };
    this.scored.set(key, scored, 1 + decoded.length);
    return scored;
  }

  /** FTS5's IDF: ln((N − n + 0.5) / (n + 0.5)), or 1e-6 when that is not positive (a phrase in half the rows or more). */
  private idf(rowCount: number, rowsWith: number): number {
    let idf = this.idfs.get(rowsWith);
    if (idf === undefined) {
      idf = (this.ln.get((rowCount - rowsWith + 0.5) / (rowsWith + 0.5)) as number | null) ?? 0;
      if (idf <= 0.0) idf = 1e-6;
      this.idfs.set(rowsWith, idf);
    }
    return idf;
  }

  private nextGeneration(): number {
    this.generation += 1;
    if (this.generation === 0xffffffff) {
      this.seen.fill(0);
      this.generation = 1;
    }
    return this.generation;
  }

  private sideRows(): SideRows {
    if (this.rows) return this.rows;
    // Every row's rowid, file, length and body flag, in rowid order (side-rows.ts: one blob per side).
    const all = readSideRows(this.database, this.side);
    const count = all.rowids.length;
    const size = (count > 0 ? all.rowids[count - 1]! : 0) + 1;
    let totalTokens = 0;
    for (let index = 0; index < count; index += 1) totalTokens += all.tokens[index]!;
    // FTS5: avgdl = (double)nToken / (double)nRow.
    const averageLength = totalTokens / count;
    const rows: SideRows = { count, norm: new Float64Array(size), doc: new Int32Array(size), body: new Uint8Array(size), fileRank: new Int32Array(0) };
    for (let index = 0; index < count; index += 1) {
      const rowid = all.rowids[index]!;
      rows.norm[rowid] = k1 * (1 - b + (b * all.tokens[index]!) / averageLength);
      rows.doc[rowid] = all.docs[index]!;
      rows.body[rowid] = all.body[index]!;
    }
    const fileOrder = this.database.prepare("SELECT rowid FROM files ORDER BY name").pluck().all() as number[];
    rows.fileRank = new Int32Array(fileOrder.reduce((most, doc) => Math.max(most, doc), 0) + 1);
    fileOrder.forEach((doc, rank) => (rows.fileRank[doc] = rank));
    this.seen = new Uint32Array(size);
    this.score = new Float64Array(size);
    this.rows = rows;
    return rows;
  }
}
