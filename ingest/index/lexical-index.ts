import { z } from "zod";
import { countTokens, tokenizeFields, type FieldTokens } from "./tokenize.js";
import { AppError } from "../../errors/app-error.js";

/**
 * BM25 index over two fields of the same text: `exact` (diacritics kept) and `folded` (no
 * diacritics). A query syllable spelt exactly as in the document scores in both fields, one that
 * only matches after folding ("han" ~ "hạn", or the collision "hàn" ~ "hạn") scores in `folded`
 * alone, so exact spellings rank first while unaccented questions still find accented text.
 */
export interface LexicalItem {
  id: string;
  text: string;
  /** Multiplies the item's score (default 1). */
  boost?: number;
}

export interface LexicalHit {
  id: string;
  score: number;
}

export interface LexicalSearchOptions {
  limit: number;
  filter?: (id: string) => boolean;
}

export type FieldName = keyof FieldTokens;
const fieldNames: readonly FieldName[] = ["exact", "folded"];

export interface LexicalIndexSettings {
  k1: number;
  b: number;
  fieldWeights: Record<FieldName, number>;
}

export const defaultLexicalSettings: LexicalIndexSettings = {
  k1: 1.2,
  b: 0.75,
  fieldWeights: { exact: 1, folded: 1 },
};

/** Postings are flat arrays `[itemIndex, termFrequency, itemIndex, termFrequency, …]`. */
interface FieldData {
  lengths: number[];
  averageLength: number;
  postings: Map<string, number[]>;
}

/** Postings arrays are only checked to be arrays: walking every number would double the load time. */
const FieldJson = z
  .object({
    lengths: z.array(z.number()),
    terms: z.array(z.string()),
    postings: z.array(z.custom<number[]>((value) => Array.isArray(value), "postings must be arrays")),
  })
  .refine((field) => field.terms.length === field.postings.length, "terms and postings differ in length");

export const LexicalIndexJson = z.object({
  format: z.literal("lexical-index"),
  version: z.literal(1),
  settings: z.object({
    k1: z.number(),
    b: z.number(),
    fieldWeights: z.object({ exact: z.number(), folded: z.number() }),
  }),
  ids: z.array(z.string()),
  /** Null when every boost is 1. */
  boosts: z.array(z.number()).nullable(),
  fields: z.object({ exact: FieldJson, folded: FieldJson }),
});
export type LexicalIndexJson = z.infer<typeof LexicalIndexJson>;

export class LexicalIndexFormatError extends AppError {
  constructor(readonly issues: string) {
    super("LEXICAL_INDEX_FORMAT", `The lexical index JSON is not in the expected format (${issues}); rebuild the index with \`npm run ingest\`.`);
  }
}

export class DuplicateItemIdError extends AppError {
  constructor(readonly id: string) {
    super("DUPLICATE_ITEM_ID", `Item id "${id}" is given twice to the lexical index; ids must be unique.`);
  }
}

export class LexicalIndex {
  private readonly positionById: Map<string, number>;

  private constructor(
    readonly settings: LexicalIndexSettings,
    private readonly ids: string[],
    private readonly boosts: number[] | null,
    private readonly fields: Record<FieldName, FieldData>,
  ) {
    this.positionById = new Map(ids.map((id, position) => [id, position]));
  }

  static build(items: readonly LexicalItem[], settings: Partial<LexicalIndexSettings> = {}): LexicalIndex {
    const merged: LexicalIndexSettings = { ...defaultLexicalSettings, ...settings };
    const ids: string[] = [];
    const seen = new Set<string>();
    const fields: Record<FieldName, FieldData> = {
      exact: { lengths: [], averageLength: 0, postings: new Map() },
      folded: { lengths: [], averageLength: 0, postings: new Map() },
    };
    items.forEach((item, position) => {
      if (seen.has(item.id)) throw new DuplicateItemIdError(item.id);
      seen.add(item.id);
      ids.push(item.id);
      const tokens = tokenizeFields(item.text);
      for (const field of fieldNames) {
        const data = fields[field];
        data.lengths.push(tokens[field].length);
        for (const [term, frequency] of countTokens(tokens[field])) {
          const postings = data.postings.get(term);
          if (postings) postings.push(position, frequency);
          else data.postings.set(term, [position, frequency]);
        }
      }
    });
    for (const field of fieldNames) fields[field].averageLength = average(fields[field].lengths);
    const hasBoosts = items.some((item) => item.boost !== undefined && item.boost !== 1);
    const boosts = hasBoosts ? items.map((item) => item.boost ?? 1) : null;
    return new LexicalIndex(merged, ids, boosts, fields);
  }

  static fromJSON(json: unknown): LexicalIndex {
    const parsed = LexicalIndexJson.safeParse(json);
    if (!parsed.success) throw new LexicalIndexFormatError(parsed.error.message.slice(0, 300));
    const data = parsed.data;
    const field = (name: FieldName): FieldData => ({
      lengths: data.fields[name].lengths,
      averageLength: average(data.fields[name].lengths),
      postings: zipPostings(data.fields[name].terms, data.fields[name].postings),
    });
    return new LexicalIndex(data.settings, data.ids, data.boosts, { exact: field("exact"), folded: field("folded") });
  }

  toJSON(): LexicalIndexJson {
    const field = (name: FieldName) => ({
      lengths: this.fields[name].lengths,
      terms: [...this.fields[name].postings.keys()],
      postings: [...this.fields[name].postings.values()],
    });
    return {
      format: "lexical-index",
      version: 1,
      settings: this.settings,
      ids: this.ids,
      boosts: this.boosts,
      fields: { exact: field("exact"), folded: field("folded") },
    };
  }

  get size(): number {
    return this.ids.length;
  }

  has(id: string): boolean {
    return this.positionById.has(id);
  }

  search(query: string, options: LexicalSearchOptions): LexicalHit[] {
    if (options.limit <= 0 || this.ids.length === 0) return [];
    const scores = new Float64Array(this.ids.length);
    const touched: number[] = [];
    const queryTokens = tokenizeFields(query);
    for (const field of fieldNames) {
      const weight = this.settings.fieldWeights[field];
      if (weight === 0) continue;
      for (const term of new Set(queryTokens[field])) {
        this.scoreTerm(this.fields[field], term, weight, scores, touched);
      }
    }
    const hits: LexicalHit[] = [];
    for (const position of touched) {
      const id = this.ids[position];
      if (id === undefined || (options.filter && !options.filter(id))) continue;
      const boost = this.boosts?.[position] ?? 1;
      hits.push({ id, score: (scores[position] ?? 0) * boost });
    }
    hits.sort((left, right) => right.score - left.score || compareIndex(this.positionById, left.id, right.id));
    return hits.slice(0, options.limit);
  }

  private scoreTerm(data: FieldData, term: string, weight: number, scores: Float64Array, touched: number[]): void {
    const postings = data.postings.get(term);
    if (!postings) return;
    const documentCount = this.ids.length;
    const documentFrequency = postings.length / 2;
    const inverseFrequency = bm25InverseFrequency(documentCount, documentFrequency);
    const { k1, b } = this.settings;
    const averageLength = data.averageLength || 1;
    for (let cursor = 0; cursor < postings.length; cursor += 2) {
      const position = postings[cursor] ?? 0;
      const frequency = postings[cursor + 1] ?? 0;
      const length = data.lengths[position] ?? 0;
      const saturation = (frequency * (k1 + 1)) / (frequency + k1 * (1 - b + (b * length) / averageLength));
      if (scores[position] === 0) touched.push(position);
      scores[position] = (scores[position] ?? 0) + weight * inverseFrequency * saturation;
    }
  }
}

/**
 * SQLite FTS5's BM25 IDF, log((N − n + ½) / (n + ½)), with its floor of 10⁻⁶ for a term in more
 * than half the items. The formula SQLite FTS5 ranks with, so that an FTS5 store ranks alike.
 */
export function bm25InverseFrequency(itemCount: number, itemsWithTerm: number): number {
  const idf = Math.log((itemCount - itemsWithTerm + 0.5) / (itemsWithTerm + 0.5));
  return idf > 0 ? idf : 1e-6;
}

function zipPostings(terms: readonly string[], postings: readonly number[][]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  terms.forEach((term, position) => map.set(term, postings[position] ?? []));
  return map;
}

function average(values: readonly number[]): number {
  if (values.length === 0) return 0;
  let total = 0;
  for (const value of values) total += value;
  return total / values.length;
}

function compareIndex(positionById: Map<string, number>, left: string, right: string): number {
  return (positionById.get(left) ?? 0) - (positionById.get(right) ?? 0);
}
