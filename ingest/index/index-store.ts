import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import type { Embeddings } from "@langchain/core/embeddings";
import { z } from "zod";
import { DocumentInfo, KnowledgeRecord, Passage } from "../records/schemas.js";
import { buildFolderPrefix, builtIndexFiles, indexPaths } from "./index-layout.js";
import { LexicalIndex, LexicalIndexJson } from "./lexical-index.js";
import { IndexManifest, activeIndexFolder } from "./manifest.js";
import { VectorStore } from "./vector-store.js";
import { AppError } from "../../errors/app-error.js";

export { pruneCache, readCachedDocument, writeCachedDocument } from "./document-cache.js";

/**
 * Writes and reads a whole index directory. A build is written into a fresh sibling folder and
 * swapped in with two renames only after every file (manifest last) is on disk, so a build that
 * fails midway leaves the previous index untouched.
 */
export class IndexNotFoundError extends AppError {
  constructor(readonly indexDir: string) {
    super("INDEX_NOT_FOUND", `No search index in ${indexDir}: build it with \`npm run ingest\`.`);
  }
}

export class IndexFileInvalidError extends AppError {
  constructor(
    readonly file: string,
    readonly issues: string,
  ) {
    super("INDEX_FILE_INVALID", `Index file ${file} is damaged or from another version (${issues}); rebuild it with \`npm run ingest\`.`);
  }
}

/** The lexical indexes of the two kinds of searchable item, stored together in lexical.json. */
const LexicalFile = z.object({ records: LexicalIndexJson, passages: LexicalIndexJson });

export interface IndexContents {
  records: KnowledgeRecord[];
  passages: Passage[];
  documents: DocumentInfo[];
  lexical: { records: LexicalIndex; passages: LexicalIndex };
  vectors: { records: VectorStore; passages: VectorStore };
}

export interface LoadedIndexFiles {
  /** The folder the index was read from. */
  folder: string;
  manifest: IndexManifest;
  records: KnowledgeRecord[];
  passages: Passage[];
  documents: DocumentInfo[];
  lexical: { records: LexicalIndex; passages: LexicalIndex };
}

/** Writes a complete index into a temporary folder, then swaps it in as `current/`. */
export async function writeIndex(indexDir: string, manifest: IndexManifest, contents: IndexContents): Promise<void> {
  await writeIndexBuild(indexDir, manifest, async (folder) => {
    const files = builtIndexFiles(folder);
    await writeJson(files.records, contents.records);
    await writeJson(files.passages, contents.passages);
    await writeJson(files.documents, contents.documents);
    await writeJson(files.lexical, { records: contents.lexical.records.toJSON(), passages: contents.lexical.passages.toJSON() });
    await contents.vectors.records.save(files.recordVectors);
    await contents.vectors.passages.save(files.passageVectors);
  });
}

/**
 * Runs `writeFiles` on an empty build folder, writes the manifest last, then swaps the folder in.
 * If anything throws, the build folder is removed and the index in use is left as it was.
 */
export async function writeIndexBuild(
  indexDir: string,
  manifest: IndexManifest,
  writeFiles: (folder: string) => Promise<void>,
): Promise<void> {
  await mkdir(indexDir, { recursive: true });
  await recoverInterruptedSwap(indexDir);
  const folder = await mkdtemp(`${indexDir}/${buildFolderPrefix}`);
  try {
    await writeFiles(folder);
    await writeJson(builtIndexFiles(folder).manifest, IndexManifest.parse(manifest));
    await swapIn(indexDir, folder);
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}

async function swapIn(indexDir: string, folder: string): Promise<void> {
  const paths = indexPaths(indexDir);
  await rm(paths.previous, { recursive: true, force: true });
  const hadCurrent = await rename(paths.current, paths.previous).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return false;
      throw error;
    },
  );
  await rename(folder, paths.current);
  if (hadCurrent) await rm(paths.previous, { recursive: true, force: true });
}

/** Puts `previous/` back as `current/` when a swap stopped between its two renames. */
export async function recoverInterruptedSwap(indexDir: string): Promise<void> {
  const paths = indexPaths(indexDir);
  if ((await activeIndexFolder(indexDir)) === paths.previous) {
    await rm(paths.current, { recursive: true, force: true });
    await rename(paths.previous, paths.current);
  }
}

/** Reads and validates every file of the index in use, except the vectors (they need an embedding). */
export async function loadIndexFiles(indexDir: string): Promise<LoadedIndexFiles> {
  const folder = await activeIndexFolder(indexDir);
  if (folder === null) throw new IndexNotFoundError(indexDir);
  const files = builtIndexFiles(folder);
  const [manifest, records, passages, documents, lexical] = await Promise.all([
    readValidated(files.manifest, IndexManifest),
    readValidated(files.records, z.array(KnowledgeRecord)),
    readValidated(files.passages, z.array(Passage)),
    readValidated(files.documents, z.array(DocumentInfo)),
    readValidated(files.lexical, LexicalFile),
  ]);
  return {
    folder,
    manifest,
    records,
    passages,
    documents,
    lexical: { records: LexicalIndex.fromJSON(lexical.records), passages: LexicalIndex.fromJSON(lexical.passages) },
  };
}

/** Loads the two vector stores of the index in use. */
export async function loadIndexVectors(
  folder: string,
  embeddings: Embeddings,
): Promise<{ records: VectorStore; passages: VectorStore }> {
  const files = builtIndexFiles(folder);
  const [records, passages] = await Promise.all([
    VectorStore.load(files.recordVectors, embeddings),
    VectorStore.load(files.passageVectors, embeddings),
  ]);
  return { records, passages };
}

async function readValidated<T>(path: string, schema: z.ZodType<T>): Promise<T> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new IndexFileInvalidError(path, (error as Error).message);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new IndexFileInvalidError(path, parsed.error.message.slice(0, 300));
  return parsed.data;
}

async function writeJson(path: string, value: unknown): Promise<void> {
  await writeFile(path, JSON.stringify(value));
}
