import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { HNSWLib } from "@langchain/community/vectorstores/hnswlib";
import { Document } from "@langchain/core/documents";
import type { Embeddings } from "@langchain/core/embeddings";
import { z } from "zod";
import { AppError } from "../../errors/app-error.js";

/**
 * Approximate nearest-neighbour search over item vectors: LangChain's HNSWLib wrapper (works with
 * hnswlib-node 3.0.0) fed through any LangChain `Embeddings`. Documents carry only the item id
 * (no text) so the saved docstore stays small; the caller keeps the texts.
 */
export interface VectorItem {
  id: string;
  text: string;
}

export interface VectorHit {
  id: string;
  /** Cosine similarity, in [-1, 1]. */
  score: number;
}

const StoreInfo = z.object({ format: z.literal("vector-store"), version: z.literal(1), count: z.number().int().nonnegative() });
const infoFile = "store.json";
/** Candidate list size while searching: larger than hnswlib's default 10 for better recall. */
const minimumSearchBreadth = 100;

export class VectorStoreMissingError extends AppError {
  constructor(readonly directory: string) {
    super("VECTOR_STORE_MISSING", `No vector store in ${directory}: rebuild the index with \`npm run ingest\`.`);
  }
}

export class VectorStore {
  private constructor(
    private readonly store: HNSWLib | null,
    readonly size: number,
  ) {}

  /** A store with no vectors: searching it finds nothing. */
  static empty(): VectorStore {
    return new VectorStore(null, 0);
  }

  static async build(items: readonly VectorItem[], embeddings: Embeddings): Promise<VectorStore> {
    return VectorStore.buildFrom([items], embeddings);
  }

  /** Builds from batches of items, embedding one batch at a time (the items in the order given). */
  static async buildFrom(batches: Iterable<readonly VectorItem[]>, embeddings: Embeddings): Promise<VectorStore> {
    let store: HNSWLib | null = null;
    let size = 0;
    for (const items of batches) {
      if (items.length === 0) continue;
      const vectors = await embeddings.embedDocuments(items.map((item) => item.text));
      store ??= new (await hnswlib())(embeddings, { space: "cosine", numDimensions: vectors[0]?.length ?? 0 });
      await store.addVectors(
        vectors,
        items.map((item) => new Document({ pageContent: "", metadata: { id: item.id } })),
      );
      size += items.length;
    }
    return new VectorStore(store, size);
  }

  static async load(directory: string, embeddings: Embeddings): Promise<VectorStore> {
    const infoText = await readFile(join(directory, infoFile), "utf8").catch(() => {
      throw new VectorStoreMissingError(directory);
    });
    const info = StoreInfo.parse(JSON.parse(infoText));
    if (info.count === 0) return new VectorStore(null, 0);
    return new VectorStore(await (await hnswlib()).load(directory, embeddings), info.count);
  }

  async save(directory: string): Promise<void> {
    await mkdir(directory, { recursive: true });
    if (this.store) await this.store.save(directory);
    const info: z.infer<typeof StoreInfo> = { format: "vector-store", version: 1, count: this.size };
    await writeFile(join(directory, infoFile), JSON.stringify(info));
  }

  async similaritySearch(query: string, k: number, filter?: (id: string) => boolean): Promise<VectorHit[]> {
    if (!this.store || k <= 0) return [];
    return this.similaritySearchVector(await this.store.embeddings.embedQuery(query), k, filter);
  }

  async similaritySearchVector(vector: number[], k: number, filter?: (id: string) => boolean): Promise<VectorHit[]> {
    if (!this.store || k <= 0) return [];
    const limit = Math.min(k, this.size);
    this.store.index.setEf(Math.max(limit, minimumSearchBreadth));
    const documentFilter = filter ? (document: Document) => filter(idOf(document)) : undefined;
    const results = await this.store.similaritySearchVectorWithScore(vector, limit, documentFilter);
    return results.map(([document, distance]) => ({ id: idOf(document), score: 1 - distance }));
  }
}

/** The hnswlib wrapper, imported when vectors are built or loaded (an index without vectors never needs it). */
async function hnswlib(): Promise<typeof HNSWLib> {
  return (await import("@langchain/community/vectorstores/hnswlib")).HNSWLib;
}

function idOf(document: Document): string {
  const id: unknown = document.metadata.id;
  return typeof id === "string" ? id : "";
}
