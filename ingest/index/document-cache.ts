import { mkdir, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { DocumentInfo, KnowledgeRecord, Passage } from "../records/schemas.js";
import { indexPaths } from "./index-layout.js";
import { AppError } from "../../errors/app-error.js";

/**
 * Per-document ingest output cached under `<indexDir>/cache/<key>.json`, so a re-ingest parses
 * only files whose content changed. The key is the file's content hash; add a parser version to
 * it (`${hash}-p3`) when parsing changes should invalidate the cache. Extra fields the pipeline
 * stores (counts, unparsed rows…) are kept as they are.
 */
export const CachedDocumentFields = z.object({
  file: z.string(),
  contentHash: z.string(),
  info: DocumentInfo,
  records: z.array(KnowledgeRecord),
  passages: z.array(Passage),
});
export type CachedDocumentFields = z.infer<typeof CachedDocumentFields>;
export const CachedDocument = CachedDocumentFields.loose();
export type CachedDocument = z.infer<typeof CachedDocument>;

export class InvalidCacheKeyError extends AppError {
  constructor(readonly key: string) {
    super("INVALID_CACHE_KEY", `Cache key "${key}" must be letters, digits, "-", "_" or "." (use the content hash).`);
  }
}

const keyPattern = /^[A-Za-z0-9_.-]{1,200}$/;

function cachePath(indexDir: string, key: string): string {
  if (!keyPattern.test(key) || key.startsWith(".")) throw new InvalidCacheKeyError(key);
  return join(indexPaths(indexDir).cache, `${key}.json`);
}

/** The cached output for this key, validated; null when absent or unreadable (then re-parse). */
export async function readCachedDocument(indexDir: string, key: string): Promise<CachedDocument | null>;
export async function readCachedDocument<T>(indexDir: string, key: string, schema: z.ZodType<T>): Promise<T | null>;
export async function readCachedDocument(
  indexDir: string,
  key: string,
  schema: z.ZodType<unknown> = CachedDocument,
): Promise<unknown> {
  const text = await readFile(cachePath(indexDir, key), "utf8").catch(() => null);
  if (text === null) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Writes atomically (temporary file, then rename), so a crash never leaves half a cache entry. */
export async function writeCachedDocument(indexDir: string, key: string, data: CachedDocumentFields): Promise<void> {
  const path = cachePath(indexDir, key);
  await mkdir(indexPaths(indexDir).cache, { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.partial`;
  await writeFile(temporary, JSON.stringify(data));
  await rename(temporary, path);
}

/** Removes cache entries whose key is not in `keepKeys`; returns how many were removed. */
export async function pruneCache(indexDir: string, keepKeys: Iterable<string>): Promise<number> {
  const folder = indexPaths(indexDir).cache;
  const keep = new Set([...keepKeys].map((key) => `${key}.json`));
  const names = await readdir(folder).catch(() => [] as string[]);
  const removable = names.filter((name) => !keep.has(name));
  await Promise.all(removable.map((name) => rm(join(folder, name), { force: true })));
  return removable.length;
}
