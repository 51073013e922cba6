import { mkdtemp, readdir, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InvalidCacheKeyError, pruneCache, readCachedDocument, writeCachedDocument } from "./document-cache.js";
import { HashingEmbeddings } from "./embeddings/hashing-embeddings.js";
import { indexPaths } from "./index-layout.js";
import { IndexFileInvalidError, IndexNotFoundError, loadIndexFiles, recoverInterruptedSwap, writeIndexBuild } from "./index-store.js";
import { readManifest } from "./manifest.js";
import { buildSearchIndex } from "./search-index.js";
import { fixtureDocuments, fixtureFile, fixturePassages, fixtureRecords } from "./test-fixtures.js";

const manifestFiles = [{ file: fixtureFile, contentHash: "hash-1", size: 100 }];

describe("index store", () => {
  const directories: string[] = [];
  const freshDir = async () => {
    const directory = await mkdtemp(join(tmpdir(), "index-store-"));
    directories.push(directory);
    return directory;
  };
  afterAll(async () => {
    for (const directory of directories) await rm(directory, { recursive: true, force: true });
  });
  const content = { records: fixtureRecords(), passages: fixturePassages(), documents: fixtureDocuments() };

  it("writes a build and loads validated contents", async () => {
    const indexDir = await freshDir();
    await expect(loadIndexFiles(indexDir)).rejects.toThrow(IndexNotFoundError);
    await buildSearchIndex(content, new HashingEmbeddings(), indexDir, manifestFiles);
    const loaded = await loadIndexFiles(indexDir);
    expect(loaded.records).toEqual(content.records);
    expect(loaded.passages).toEqual(content.passages);
    expect(loaded.documents).toEqual(content.documents);
    expect(loaded.manifest.counts).toEqual({ records: 4, passages: content.passages.length, documents: 1 });
    expect(loaded.lexical.records.size).toBe(4);
    expect((await readdir(indexDir)).sort()).toEqual(["current"]);
  });

  it("leaves the previous index intact when a build throws midway", async () => {
    const indexDir = await freshDir();
    await buildSearchIndex(content, new HashingEmbeddings(), indexDir, manifestFiles);
    const before = await readManifest(indexDir);
    await expect(
      writeIndexBuild(indexDir, { ...before!, embeddingsId: "changed" }, async (folder) => {
        await writeFile(join(folder, "records.json"), "[]");
        throw new Error("disk full");
      }),
    ).rejects.toThrow("disk full");
    const failingEmbeddings = new (class extends HashingEmbeddings {
      override async embedDocuments(): Promise<number[][]> {
        throw new Error("embedding service down");
      }
    })();
    await expect(
      buildSearchIndex({ ...content, records: [] }, failingEmbeddings, indexDir, manifestFiles),
    ).rejects.toThrow("embedding service down");
    expect(await readManifest(indexDir)).toEqual(before);
    expect((await loadIndexFiles(indexDir)).records).toHaveLength(4);
    expect((await readdir(indexDir)).sort()).toEqual(["current"]);
  });

  it("recovers when a swap stopped between its two renames", async () => {
    const indexDir = await freshDir();
    await buildSearchIndex(content, new HashingEmbeddings(), indexDir, manifestFiles);
    const paths = indexPaths(indexDir);
    await rename(paths.current, paths.previous);
    expect((await loadIndexFiles(indexDir)).records).toHaveLength(4);
    await recoverInterruptedSwap(indexDir);
    expect((await readdir(indexDir)).sort()).toEqual(["current"]);
  });

  it("reports a damaged file with the way to fix it", async () => {
    const indexDir = await freshDir();
    await buildSearchIndex(content, new HashingEmbeddings(), indexDir, manifestFiles);
    await writeFile(join(indexPaths(indexDir).current, "records.json"), '[{"kind":"task"}]');
    await expect(loadIndexFiles(indexDir)).rejects.toThrow(IndexFileInvalidError);
    await expect(loadIndexFiles(indexDir)).rejects.toThrow(/npm run ingest/);
  });

  it("caches per-document output by content hash", async () => {
    const indexDir = await freshDir();
    const document = {
      file: fixtureFile,
      contentHash: "abc123",
      info: fixtureDocuments()[0]!,
      records: fixtureRecords(),
      passages: fixturePassages().slice(0, 2),
      counts: { tasks: 4 },
    };
    expect(await readCachedDocument(indexDir, "abc123")).toBeNull();
    await writeCachedDocument(indexDir, "abc123", document);
    expect(await readCachedDocument(indexDir, "abc123")).toEqual(document);
    await writeFile(join(indexPaths(indexDir).cache, "broken.json"), "{");
    expect(await readCachedDocument(indexDir, "broken")).toBeNull();
    expect(await pruneCache(indexDir, ["abc123"])).toBe(1);
    expect(await readCachedDocument(indexDir, "abc123")).not.toBeNull();
    await expect(readCachedDocument(indexDir, "../escape")).rejects.toThrow(InvalidCacheKeyError);
  });
});
