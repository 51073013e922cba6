import { join } from "node:path";

/**
 * On-disk layout of an index directory:
 *   <indexDir>/current/            the index in use
 *     manifest.json                written last: its presence means the build is complete
 *     index.sqlite                 documents, records, passages and their FTS5 terms (index-database.ts)
 *     vectors/records/ vectors/passages/
 *   <indexDir>/cache/<key>.json    per-document ingest output, keyed by content hash
 *   <indexDir>/.build-<pid>-<random>/  a build in progress (swapped in by renames when complete)
 *   <indexDir>/previous/           the replaced index, only for the instant of a swap
 */
export const indexFileNames = {
  manifest: "manifest.json",
  database: "index.sqlite",
  vectors: "vectors",
} as const;

export const buildFolderPrefix = ".build-";

export interface IndexPaths {
  root: string;
  current: string;
  previous: string;
  cache: string;
}

export function indexPaths(indexDir: string): IndexPaths {
  return {
    root: indexDir,
    current: join(indexDir, "current"),
    previous: join(indexDir, "previous"),
    cache: join(indexDir, "cache"),
  };
}

/** Paths of the files inside one built index folder (`current/` or a build in progress). */
export function builtIndexFiles(folder: string) {
  return {
    manifest: join(folder, indexFileNames.manifest),
    database: join(folder, indexFileNames.database),
    recordVectors: join(folder, indexFileNames.vectors, "records"),
    passageVectors: join(folder, indexFileNames.vectors, "passages"),
  };
}
