import { mkdir, mkdtemp, open, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Embeddings } from "@langchain/core/embeddings";
import type { z } from "zod";
import type { DocumentInfo, KnowledgeRecord, Passage } from "../records/schemas.js";
import { openIndexDatabase, parseRow, rowSchemas } from "./index-database.js";
import { buildFolderPrefix, builtIndexFiles, indexPaths } from "./index-layout.js";
import { IndexManifest, activeIndexFolder } from "./manifest.js";
import { VectorStore } from "./vector-store.js";
import { AppError } from "../../errors/app-error.js";

export { pruneCache, readCachedDocument, writeCachedDocument } from "./document-cache.js";

/**
 * Builds and swaps index folders. A build is written into a fresh sibling folder and swapped in
 * with two renames only after every file (manifest last) is on disk, so a build that fails midway
 * leaves the previous index untouched. A build folder left by a process that died (`kill -9`) is
 * removed by the next build.
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

/**
 * Runs `writeFiles` on an empty build folder, writes the manifest it returns last, then swaps the
 * folder in. If anything throws, the build folder is removed and the index in use is left as it was.
 */
export async function writeIndexBuild(indexDir: string, writeFiles: (folder: string) => Promise<IndexManifest>): Promise<void> {
  await mkdir(indexDir, { recursive: true });
  await recoverInterruptedSwap(indexDir);
  await removeAbandonedBuilds(indexDir);
  const folder = await mkdtemp(join(indexDir, `${buildFolderPrefix}${process.pid}-`));
  try {
    const manifest = IndexManifest.parse(await writeFiles(folder));
    const manifestPath = builtIndexFiles(folder).manifest;
    await writeFile(manifestPath, JSON.stringify(manifest));
    await syncFile(manifestPath);
    await swapIn(indexDir, folder);
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}

/** Flushes a written file to disk, so a crash right after the swap cannot leave it empty. */
export async function syncFile(path: string): Promise<void> {
  const handle = await open(path, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
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

/**
 * Removes `.build-<pid>-…` folders whose process is gone (and older unnamed ones): what a killed
 * ingest left. A build of a process still running is left alone. Returns the folders removed.
 */
export async function removeAbandonedBuilds(indexDir: string): Promise<string[]> {
  const names = await readdir(indexDir).catch(() => [] as string[]);
  const abandoned = names.filter((name) => name.startsWith(buildFolderPrefix) && !isRunning(ownerPid(name)));
  // A folder that cannot be removed (read-only INDEX_DIR) is left for a later run: the build reports the real problem.
  const removed = await Promise.all(abandoned.map((name) => rm(join(indexDir, name), { recursive: true, force: true }).then(() => name, () => null)));
  return removed.filter((name): name is string => name !== null);
}

function ownerPid(folderName: string): number | null {
  const match = /^(\d+)-/.exec(folderName.slice(buildFolderPrefix.length));
  return match ? Number(match[1]) : null;
}

function isRunning(pid: number | null): boolean {
  if (pid === null) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The folder of the index in use and its validated manifest. */
export async function readIndexManifest(indexDir: string): Promise<{ folder: string; manifest: IndexManifest }> {
  const folder = await activeIndexFolder(indexDir);
  if (folder === null) throw new IndexNotFoundError(indexDir);
  const path = builtIndexFiles(folder).manifest;
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new IndexFileInvalidError(path, (error as Error).message);
  }
  const parsed = IndexManifest.safeParse(json);
  if (!parsed.success) throw new IndexFileInvalidError(path, parsed.error.message.slice(0, 300));
  return { folder, manifest: parsed.data };
}

export interface LoadedIndexFiles {
  /** The folder the index was read from. */
  folder: string;
  manifest: IndexManifest;
  records: KnowledgeRecord[];
  passages: Passage[];
  documents: DocumentInfo[];
}

/** Reads and validates every row of the index in use (tools and tests; answering opens it through SearchIndex). */
export async function loadIndexFiles(indexDir: string): Promise<LoadedIndexFiles> {
  const { folder, manifest } = await readIndexManifest(indexDir);
  const path = builtIndexFiles(folder).database;
  const database = openIndexDatabase(path);
  try {
    const rows = <T>(table: "documents" | "records" | "passages", schema: z.ZodType<T>): T[] =>
      (database.prepare(`SELECT json FROM ${table} ORDER BY file, rowid`).all() as { json: string }[]).map((row, position) =>
        parseRow(path, `${table} row ${position + 1}`, row.json, schema),
      );
    return { folder, manifest, records: rows("records", rowSchemas.records), passages: rows("passages", rowSchemas.passages), documents: rows("documents", rowSchemas.documents) };
  } finally {
    database.close();
  }
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
