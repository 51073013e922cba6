import { copyFileSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../config/project-root.js";

/**
 * The documents outside the corpus (real national documents in other layouts, kept as test
 * fixtures, never shipped) asked beside the shipped ones: both folders' files are copied into
 * one sources folder next to the index, which gets an index of its own.
 */
// From the project root: the built eval (dist/eval) finds them too.
export const DEVDOCS_DIR = path.join(projectRoot, "test", "fixtures", "devdocs");
export const DEVDOCS_CASES_DIR = path.join(projectRoot, "eval", "devdocs");

export interface DevdocsFolders {
  sourcesDir: string;
  indexDir: string;
}

export function prepareDevdocsSources(shippedSourcesDir: string, indexDir: string): DevdocsFolders {
  const base = `${indexDir.replace(/[\\/]+$/, "")}-devdocs`;
  const sourcesDir = path.join(base, "sources");
  rmSync(sourcesDir, { recursive: true, force: true });
  mkdirSync(sourcesDir, { recursive: true });
  for (const folder of [shippedSourcesDir, DEVDOCS_DIR]) {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isFile() && !entry.name.startsWith(".")) copyFileSync(path.join(folder, entry.name), path.join(sourcesDir, entry.name));
    }
  }
  return { sourcesDir, indexDir: path.join(base, "index") };
}
