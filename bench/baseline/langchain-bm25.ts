import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { BM25Retriever } from "@langchain/community/retrievers/bm25";
import { Document } from "@langchain/core/documents";
import { RecursiveCharacterTextSplitter } from "@langchain/textsplitters";

/**
 * The usual LangChain retrieval pipeline, as a reference point for the project's quality and
 * speed: every source file loaded as one `Document`, split with `RecursiveCharacterTextSplitter`
 * (chunkSize 1000, chunkOverlap 200), ranked by `BM25Retriever` (k = 3). No answer is composed:
 * the retrieved passages are what a generator would read.
 */
export interface BaselineSettings {
  chunkSize: number;
  chunkOverlap: number;
  k: number;
}

export const defaultBaselineSettings: BaselineSettings = { chunkSize: 1000, chunkOverlap: 200, k: 3 };

export interface RetrievedPassage {
  /** File name inside the sources folder. */
  file: string;
  text: string;
}

export interface LangchainBm25Baseline {
  chunkCount: number;
  /** Loading, splitting and building the retriever. */
  buildMilliseconds: number;
  retrieve(question: string): Promise<RetrievedPassage[]>;
}

export async function loadSourceDocuments(sourcesDir: string): Promise<Document[]> {
  const entries = await readdir(sourcesDir, { withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && !entry.name.startsWith(".")).map((entry) => entry.name).sort();
  return Promise.all(
    files.map(async (file) => new Document({ pageContent: await readFile(path.join(sourcesDir, file), "utf8"), metadata: { source: file } })),
  );
}

export async function buildLangchainBm25Baseline(
  sourcesDir: string,
  settings: BaselineSettings = defaultBaselineSettings,
): Promise<LangchainBm25Baseline> {
  const started = performance.now();
  const documents = await loadSourceDocuments(sourcesDir);
  const splitter = new RecursiveCharacterTextSplitter({ chunkSize: settings.chunkSize, chunkOverlap: settings.chunkOverlap });
  const chunks = await splitter.splitDocuments(documents);
  const retriever = BM25Retriever.fromDocuments(chunks, { k: settings.k });
  const buildMilliseconds = performance.now() - started;
  return {
    chunkCount: chunks.length,
    buildMilliseconds,
    async retrieve(question: string): Promise<RetrievedPassage[]> {
      const found = await retriever.invoke(question);
      return found.map((document) => ({ file: String(document.metadata.source ?? ""), text: document.pageContent }));
    },
  };
}
