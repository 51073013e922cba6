import type { Embeddings } from "@langchain/core/embeddings";
import type { DocumentInfo, KnowledgeRecord, Passage } from "../records/schemas.js";
import { embeddingsIdOf } from "./embeddings/create-embeddings.js";
import { passageIndexText, recordIndexText } from "./index-text.js";
import { loadIndexFiles, loadIndexVectors, writeIndex } from "./index-store.js";
import { LexicalIndex, type LexicalHit } from "./lexical-index.js";
import { indexFormatVersion, type IndexManifest, type ManifestFile } from "./manifest.js";
import { VectorStore, type VectorHit } from "./vector-store.js";
import { AppError } from "../../errors/app-error.js";

/**
 * Query-time search over records and passages: lexical BM25 and vector ranks merged by reciprocal
 * rank fusion (k = 60). Each hit keeps its lexical and vector evidence so callers can threshold.
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

interface SearchSide {
  lexical: LexicalIndex;
  vectors: VectorStore;
  fileOf: (id: string) => string | undefined;
  /** For passages: true when the passage is body text rather than a table row. */
  isBody?: (id: string) => boolean;
  weights: FusionWeights;
}

export class SearchIndex {
  private readonly recordById: Map<string, KnowledgeRecord>;
  private readonly passageById: Map<string, Passage>;

  private constructor(
    readonly manifest: IndexManifest,
    readonly records: KnowledgeRecord[],
    readonly passages: Passage[],
    readonly documents: DocumentInfo[],
    private readonly recordSide: SearchSide,
    private readonly passageSide: SearchSide,
  ) {
    this.recordById = new Map(records.map((record) => [record.id, record]));
    this.passageById = new Map(passages.map((passage) => [passage.id, passage]));
    this.recordSide.fileOf = (id) => this.recordById.get(id)?.locator.file;
    this.passageSide.fileOf = (id) => this.passageById.get(id)?.file;
    this.passageSide.isBody = (id) => this.passageById.get(id)?.recordId === null;
  }

  /**
   * Loads the index in use. Refuses an index built with another embedding than the one given
   * (its id from `options.embeddingsId`, else carried by embeddings from `createEmbeddings`).
   */
  static async load(indexDir: string, embeddings: Embeddings, options: SearchIndexLoadOptions = {}): Promise<SearchIndex> {
    const files = await loadIndexFiles(indexDir);
    const queriedWith = options.embeddingsId ?? embeddingsIdOf(embeddings);
    if (queriedWith !== undefined && queriedWith !== files.manifest.embeddingsId) {
      throw new EmbeddingsMismatchError(files.manifest.embeddingsId, queriedWith);
    }
    const vectors = await loadIndexVectors(files.folder, embeddings);
    const noFile = () => undefined;
    const weights = options.fusionWeights ?? defaultFusionWeights;
    return new SearchIndex(
      files.manifest,
      files.records,
      files.passages,
      files.documents,
      { lexical: files.lexical.records, vectors: vectors.records, fileOf: noFile, weights },
      { lexical: files.lexical.passages, vectors: vectors.passages, fileOf: noFile, weights },
    );
  }

  record(id: string): KnowledgeRecord | undefined {
    return this.recordById.get(id);
  }

  passage(id: string): Passage | undefined {
    return this.passageById.get(id);
  }

  vocabularyTexts(): { file: string; text: string }[] {
    return this.passages.map((passage) => ({ file: passage.file, text: passage.text }));
  }

  searchRecords(query: string, options: SearchIndexOptions): Promise<FusedHit[]> {
    return fusedSearch(this.recordSide, query, options);
  }

  searchPassages(query: string, options: SearchIndexOptions): Promise<FusedHit[]> {
    return fusedSearch(this.passageSide, query, options);
  }
}

async function fusedSearch(side: SearchSide, query: string, options: SearchIndexOptions): Promise<FusedHit[]> {
  if (options.limit <= 0) return [];
  const allowed = options.files && options.files.length > 0 ? new Set(options.files) : null;
  const inFiles = allowed ? (id: string) => allowed.has(side.fileOf(id) ?? "") : null;
  const isBody = options.bodyOnly && side.isBody ? side.isBody : null;
  const filter = inFiles || isBody ? (id: string) => (inFiles ? inFiles(id) : true) && (isBody ? isBody(id) : true) : undefined;
  const depth = Math.max(options.limit * 3, minimumCandidateDepth);
  const lexicalHits = side.lexical.search(query, { limit: depth, filter });
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

export interface SearchIndexContent {
  records: KnowledgeRecord[];
  passages: Passage[];
  documents: DocumentInfo[];
}

export class UnknownEmbeddingsIdError extends AppError {
  constructor() {
    super("UNKNOWN_EMBEDDINGS_ID", "buildSearchIndex cannot tell which embedding this is: create it with createEmbeddings() or pass options.embeddingsId.");
  }
}

export interface BuildSearchIndexOptions {
  /** Id of the embedding; defaults to the one carried by embeddings from `createEmbeddings`. */
  embeddingsId?: string;
  /**
   * Rewrites each item's index text before indexing, e.g. the glossary's abbreviation expansion
   * ("CSDL đất đai" → "CSDL đất đai cơ sở dữ liệu") so spelt-out questions find abbreviated rows.
   */
  expandText?: (text: string) => string;
}

/** Builds lexical and vector indexes for records and passages and swaps them in as the index in use. */
export async function buildSearchIndex(
  content: SearchIndexContent,
  embeddings: Embeddings,
  indexDir: string,
  manifestFiles: ManifestFile[],
  options: BuildSearchIndexOptions = {},
): Promise<IndexManifest> {
  const embeddingsId = options.embeddingsId ?? embeddingsIdOf(embeddings);
  if (embeddingsId === undefined) throw new UnknownEmbeddingsIdError();
  const expand = options.expandText ?? ((text: string) => text);
  const recordItems = content.records.map((record) => ({ id: record.id, text: expand(recordIndexText(record)) }));
  const passageItems = content.passages.map((passage) => ({ id: passage.id, text: expand(passageIndexText(passage)) }));
  const [recordVectors, passageVectors] = await Promise.all([
    VectorStore.build(recordItems, embeddings),
    VectorStore.build(passageItems, embeddings),
  ]);
  const manifest: IndexManifest = {
    version: indexFormatVersion,
    builtAt: new Date().toISOString(),
    embeddingsId,
    files: manifestFiles,
    counts: { records: content.records.length, passages: content.passages.length, documents: content.documents.length },
  };
  await writeIndex(indexDir, manifest, {
    ...content,
    lexical: { records: LexicalIndex.build(recordItems), passages: LexicalIndex.build(passageItems) },
    vectors: { records: recordVectors, passages: passageVectors },
  });
  return manifest;
}
