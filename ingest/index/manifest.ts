import { access, readFile } from "node:fs/promises";
import { z } from "zod";
import { builtIndexFiles, indexPaths } from "./index-layout.js";

/** Describes a complete index build: which source files (by content hash) and which embedding made it. */
export const indexFormatVersion = 2;

export const ManifestFile = z.object({
  /** Source file name, e.g. "ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md". */
  file: z.string().min(1),
  /** sha256 of the source file's bytes. */
  contentHash: z.string().min(1),
  /** Source file size in bytes. */
  size: z.number().int().nonnegative(),
});
export type ManifestFile = z.infer<typeof ManifestFile>;

export const IndexManifest = z.object({
  version: z.number().int(),
  builtAt: z.string(),
  embeddingsId: z.string(),
  files: z.array(ManifestFile),
  counts: z.object({
    records: z.number().int().nonnegative(),
    passages: z.number().int().nonnegative(),
    documents: z.number().int().nonnegative(),
  }),
});
export type IndexManifest = z.infer<typeof IndexManifest>;

export interface SourceFileState {
  file: string;
  contentHash: string;
}

/**
 * The folder holding the index in use: `current/`, or `previous/` when a swap was interrupted
 * between its two renames. Null when neither holds a manifest.
 */
export async function activeIndexFolder(indexDir: string): Promise<string | null> {
  const paths = indexPaths(indexDir);
  for (const folder of [paths.current, paths.previous]) {
    if (await fileExists(builtIndexFiles(folder).manifest)) return folder;
  }
  return null;
}

async function fileExists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** The manifest of the index in use, or null when there is none or it cannot be read. */
export async function readManifest(indexDir: string): Promise<IndexManifest | null> {
  const folder = await activeIndexFolder(indexDir);
  if (folder === null) return null;
  const text = await readFile(builtIndexFiles(folder).manifest, "utf8").catch(() => null);
  if (text === null) return null;
  try {
    const parsed = IndexManifest.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Why the index must be rebuilt for these sources and this embedding; empty when it is up to date. */
export function staleReasons(
  manifest: IndexManifest | null,
  sourceFiles: readonly SourceFileState[],
  embeddingsId: string,
): string[] {
  if (!manifest) return ["no complete index has been built"];
  const reasons: string[] = [];
  if (manifest.version !== indexFormatVersion) reasons.push(`index format ${manifest.version} is not ${indexFormatVersion}`);
  if (manifest.embeddingsId !== embeddingsId) reasons.push(`embeddings changed from ${manifest.embeddingsId} to ${embeddingsId}`);
  const built = new Map(manifest.files.map((entry) => [entry.file, entry.contentHash]));
  const current = new Map(sourceFiles.map((entry) => [entry.file, entry.contentHash]));
  for (const [file, hash] of current) {
    const builtHash = built.get(file);
    if (builtHash === undefined) reasons.push(`${file} is new`);
    else if (builtHash !== hash) reasons.push(`${file} changed`);
  }
  for (const file of built.keys()) if (!current.has(file)) reasons.push(`${file} was removed`);
  return reasons;
}

export async function isIndexStale(
  indexDir: string,
  sourceFiles: readonly SourceFileState[],
  embeddingsId: string,
): Promise<boolean> {
  return staleReasons(await readManifest(indexDir), sourceFiles, embeddingsId).length > 0;
}
