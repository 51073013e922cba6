import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../config/project-root.js";

/**
 * A fingerprint of the code and data that turn a document into records (ingest/ and the
 * glossary). It is part of the index identity and of the per-document cache key, so a change to
 * a parser or to the glossary rebuilds what it affects without anyone remembering to bump a
 * version number.
 */
// The sources are fingerprinted whether this runs from them (tsx) or from dist/.
const fingerprintedFolders = ["ingest", "vietnamese", "knowledge/glossary"];

function sourceFiles(folder: string): string[] {
  const entries = readdirSync(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(ts|json)$/.test(entry.name) && !entry.name.endsWith(".test.ts"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

let cached: string | null = null;

export function pipelineVersion(): string {
  if (cached !== null) return cached;
  const hash = createHash("sha256");
  for (const folder of fingerprintedFolders) {
    for (const file of sourceFiles(path.join(projectRoot, folder))) {
      hash.update(path.relative(projectRoot, file));
      hash.update(readFileSync(file));
    }
  }
  cached = hash.digest("hex").slice(0, 12);
  return cached;
}
