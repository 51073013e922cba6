import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildIndex } from "./build-index.js";
import { InvalidCacheKeyError, pruneCache, readCachedDocument, writeCachedDocument } from "./document-cache.js";
import { HashingEmbeddings } from "./embeddings/hashing-embeddings.js";
import { IndexDatabaseError } from "./index-database.js";
import { builtIndexFiles, indexPaths } from "./index-layout.js";
import { IndexNotFoundError, readIndexManifest, recoverInterruptedSwap, removeAbandonedBuilds, writeIndexBuild } from "./index-store.js";
import { readManifest } from "./manifest.js";
import { SearchIndex, buildSearchIndex } from "./search-index.js";
import { fixtureDocuments, fixtureFile, fixturePassages, fixtureRecords, otherFile, taskRecord } from "./test-fixtures.js";

const manifestFiles = [{ file: fixtureFile, contentHash: "hash-1", size: 100 }];
const open = (indexDir: string) => SearchIndex.load(indexDir, new HashingEmbeddings());

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

  it("writes a build into one database and reads validated rows back", async () => {
    const indexDir = await freshDir();
    await expect(readIndexManifest(indexDir)).rejects.toThrow(IndexNotFoundError);
    await buildSearchIndex(content, new HashingEmbeddings(), indexDir, manifestFiles);
    const index = await open(indexDir);
    expect(index.records).toEqual(content.records);
    expect(index.passages).toEqual(content.passages);
    expect(index.documents).toEqual(content.documents);
    expect(index.manifest.counts).toEqual({ records: 4, passages: content.passages.length, documents: 1 });
    expect((await readdir(indexDir)).sort()).toEqual(["current"]);
    expect((await readdir(indexPaths(indexDir).current)).sort()).toEqual(["index.sqlite", "manifest.json", "vectors"]);
    index.close();
  });

  it("replaces a changed document's rows and leaves the others as they were (incremental)", async () => {
    const indexDir = await freshDir();
    await buildSearchIndex(content, new HashingEmbeddings(), indexDir, manifestFiles);
    await buildIndex(indexDir, new HashingEmbeddings(), { incremental: true }, async (build) => {
      expect([...build.baseFiles].sort()).toEqual([fixtureFile, otherFile].sort());
      build.replaceDocument({ file: otherFile, info: null, records: [taskRecord("t9", otherFile, "Xây dựng cơ sở dữ liệu giáo dục", ["Sở Giáo dục và Đào tạo"])], passages: [] });
      return manifestFiles;
    });
    const index = await open(indexDir);
    expect(index.records.map((record) => record.id)).toEqual(["t1", "t2", "t3", "t9"]);
    expect(index.record("t4")).toBeUndefined();
    expect((await index.searchRecords("co so du lieu giao duc", { limit: 1 }))[0]?.id).toBe("t9");
    index.close();
  });

  it("leaves the previous index intact when a build throws midway", async () => {
    const indexDir = await freshDir();
    await buildSearchIndex(content, new HashingEmbeddings(), indexDir, manifestFiles);
    const before = await readManifest(indexDir);
    await expect(
      buildIndex(indexDir, new HashingEmbeddings(), { incremental: true }, async (build) => {
        build.removeDocument(fixtureFile);
        throw new Error("disk full");
      }),
    ).rejects.toThrow("disk full");
    const failingEmbeddings = new (class extends HashingEmbeddings {
      override async embedDocuments(): Promise<number[][]> {
        throw new Error("embedding service down");
      }
    })();
    await expect(buildSearchIndex(content, failingEmbeddings, indexDir, manifestFiles)).rejects.toThrow("embedding service down");
    expect(await readManifest(indexDir)).toEqual(before);
    expect((await open(indexDir)).records).toHaveLength(4);
    expect((await readdir(indexDir)).sort()).toEqual(["current"]);
  });

  it("recovers when a swap stopped between its two renames", async () => {
    const indexDir = await freshDir();
    await buildSearchIndex(content, new HashingEmbeddings(), indexDir, manifestFiles);
    const paths = indexPaths(indexDir);
    await rename(paths.current, paths.previous);
    expect((await open(indexDir)).records).toHaveLength(4);
    await recoverInterruptedSwap(indexDir);
    expect((await readdir(indexDir)).sort()).toEqual(["current"]);
  });

  it("removes the build folders of processes that died, not those of a running one", async () => {
    const indexDir = await freshDir();
    const dead = ".build-999999999-abc";
    const running = `.build-${process.ppid}-def`;
    const unnamed = ".build-XyZ123";
    for (const name of [dead, running, unnamed]) await mkdir(join(indexDir, name));
    expect((await removeAbandonedBuilds(indexDir)).sort()).toEqual([dead, unnamed].sort());
    expect(await readdir(indexDir)).toEqual([running]);
    await writeIndexBuild(indexDir, async () => {
      throw new Error("stop");
    }).catch(() => undefined);
    expect(await readdir(indexDir)).toEqual([running]);
  });

  it("reports a damaged database with the way to fix it", async () => {
    const indexDir = await freshDir();
    await buildSearchIndex(content, new HashingEmbeddings(), indexDir, manifestFiles);
    await writeFile(builtIndexFiles(indexPaths(indexDir).current).database, "not a database");
    await expect(open(indexDir)).rejects.toThrow(IndexDatabaseError);
    await expect(open(indexDir)).rejects.toThrow(/npm run ingest/);
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
