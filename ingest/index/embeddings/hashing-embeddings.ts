import { Embeddings, type EmbeddingsParams } from "@langchain/core/embeddings";
import { foldText } from "../../../vietnamese/fold.js";

/**
 * An embedding that needs no model: feature hashing of folded syllable unigrams, syllable bigrams
 * and character trigrams into a fixed number of signed dimensions, with sublinear term frequency
 * (1 + ln tf) and L2 normalisation. Deterministic, so an index built today matches queries tomorrow.
 * It captures word overlap and near-spellings, not meaning; swap in a model provider for that.
 */
export interface HashingEmbeddingsSettings extends EmbeddingsParams {
  dimensions?: number;
}

/** Relative weight of each feature family before normalisation. */
const featureWeights = { unigram: 1, bigram: 1, trigram: 0.35 } as const;

export const hashingEmbeddingsVersion = 1;

export class HashingEmbeddings extends Embeddings {
  readonly dimensions: number;

  constructor(settings: HashingEmbeddingsSettings = {}) {
    super(settings);
    this.dimensions = settings.dimensions ?? 512;
    if (!Number.isInteger(this.dimensions) || this.dimensions < 8) {
      throw new RangeError(`HashingEmbeddings needs an integer number of dimensions ≥ 8, got ${this.dimensions}.`);
    }
  }

  /** Identifies this embedding for the index manifest (a change forces a rebuild). */
  get embeddingsId(): string {
    return `local:hashing-v${hashingEmbeddingsVersion}:${this.dimensions}`;
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((document) => this.embedText(document));
  }

  async embedQuery(document: string): Promise<number[]> {
    return this.embedText(document);
  }

  embedText(text: string): number[] {
    const vector = new Float64Array(this.dimensions);
    for (const [hash, count] of featureCounts(text)) {
      const slot = hash % this.dimensions;
      const sign = hash >>> 31 === 0 ? 1 : -1;
      vector[slot] = (vector[slot] ?? 0) + sign * count.weight * (1 + Math.log(count.frequency));
    }
    let squares = 0;
    for (const value of vector) squares += value * value;
    const norm = Math.sqrt(squares);
    return Array.from(vector, (value) => (norm === 0 ? 0 : value / norm));
  }
}

interface FeatureCount {
  frequency: number;
  weight: number;
}

/** Feature counts keyed by the feature's 32-bit hash (no feature strings are built). */
function featureCounts(text: string): Map<number, FeatureCount> {
  const counts = new Map<number, FeatureCount>();
  const add = (hash: number, weight: number) => {
    const existing = counts.get(hash);
    if (existing) existing.frequency += 1;
    else counts.set(hash, { frequency: 1, weight });
  };
  const folded = foldText(text);
  if (folded === "") return counts;
  const padded = ` ${folded} `;
  // Syllables are the runs between spaces of `padded`; a bigram is two runs and the space between.
  let previousStart = -1;
  let start = 1;
  for (let index = 1; index < padded.length; index += 1) {
    if (padded.charCodeAt(index) !== spaceCode) continue;
    add(fnv1a(unigramTag, padded, start, index), featureWeights.unigram);
    if (previousStart >= 0) add(fnv1a(bigramTag, padded, previousStart, index), featureWeights.bigram);
    previousStart = start;
    start = index + 1;
  }
  for (let index = 0; index + 3 <= padded.length; index += 1) {
    add(fnv1a(trigramTag, padded, index, index + 3), featureWeights.trigram);
  }
  return counts;
}

const spaceCode = 32;
const unigramTag = 0x75; // "u"
const bigramTag = 0x62; // "b"
const trigramTag = 0x63; // "c"

/** 32-bit FNV-1a over a family tag and `text[start, end)` as UTF-16 code units; platform-stable. */
function fnv1a(tag: number, text: string, start: number, end: number): number {
  let hash = Math.imul(0x811c9dc5 ^ tag, 0x01000193);
  for (let index = start; index < end; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
