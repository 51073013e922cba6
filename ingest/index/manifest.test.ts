import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeIndexBuild } from "./index-store.js";
import { indexFormatVersion, isIndexStale, readManifest, staleReasons, type IndexManifest } from "./manifest.js";

const manifest: IndexManifest = {
  version: indexFormatVersion,
  builtAt: "2026-01-01T00:00:00.000Z",
  embeddingsId: "local:hashing-v1:512",
  files: [
    { file: "a.txt", contentHash: "hash-a", size: 10 },
    { file: "b.md", contentHash: "hash-b", size: 20 },
  ],
  counts: { records: 0, passages: 0, documents: 0 },
};
const sources = [
  { file: "a.txt", contentHash: "hash-a" },
  { file: "b.md", contentHash: "hash-b" },
];

describe("index staleness", () => {
  const directories: string[] = [];
  afterAll(async () => {
    for (const directory of directories) await rm(directory, { recursive: true, force: true });
  });

  it("is current for the same hashes and embeddings", () => {
    expect(staleReasons(manifest, sources, manifest.embeddingsId)).toEqual([]);
  });

  it("is stale when a file's content hash changes, a file is added or removed", () => {
    expect(staleReasons(manifest, [sources[0]!, { file: "b.md", contentHash: "other" }], manifest.embeddingsId)).toEqual(["b.md changed"]);
    expect(staleReasons(manifest, [...sources, { file: "c.pdf", contentHash: "c" }], manifest.embeddingsId)).toEqual(["c.pdf is new"]);
    expect(staleReasons(manifest, [sources[0]!], manifest.embeddingsId)).toEqual(["b.md was removed"]);
  });

  it("is stale when the embeddings id changes or there is no index", () => {
    expect(staleReasons(manifest, sources, "openai:text-embedding-3-small")).toHaveLength(1);
    expect(staleReasons(null, sources, manifest.embeddingsId)).toEqual(["no complete index has been built"]);
  });

  it("reads the manifest of a written index from disk", async () => {
    const indexDir = await mkdtemp(join(tmpdir(), "manifest-"));
    directories.push(indexDir);
    expect(await readManifest(indexDir)).toBeNull();
    expect(await isIndexStale(indexDir, sources, manifest.embeddingsId)).toBe(true);
    await writeIndexBuild(indexDir, async () => manifest);
    expect(await readManifest(indexDir)).toEqual(manifest);
    expect(await isIndexStale(indexDir, sources, manifest.embeddingsId)).toBe(false);
    expect(await isIndexStale(indexDir, sources, "local:hashing-v1:256")).toBe(true);
    expect(await isIndexStale(indexDir, [sources[0]!, { file: "b.md", contentHash: "new" }], manifest.embeddingsId)).toBe(true);
  });
});
