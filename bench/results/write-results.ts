import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

/** Writes `results.md` and `results.json` into the (git-ignored) results folder; returns their paths. */
export async function writeResults(resultsDir: string, markdown: string, json: unknown): Promise<{ markdown: string; json: string }> {
  await mkdir(resultsDir, { recursive: true });
  const files = { markdown: path.join(resultsDir, "results.md"), json: path.join(resultsDir, "results.json") };
  await writeFile(files.markdown, markdown, "utf8");
  await writeFile(files.json, `${JSON.stringify(json, null, 2)}\n`, "utf8");
  return files;
}
