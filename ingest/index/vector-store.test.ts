import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { HashingEmbeddings } from "./embeddings/hashing-embeddings.js";
import { VectorStore, VectorStoreMissingError } from "./vector-store.js";

const items = [
  { id: "land", text: "Xây dựng cơ sở dữ liệu đất đai" },
  { id: "health", text: "Triển khai hồ sơ sức khỏe điện tử" },
  { id: "network", text: "Phát triển hạ tầng mạng 5G" },
  { id: "documents", text: "Số hóa hồ sơ thủ tục hành chính" },
];

describe("VectorStore (HNSWLib over hnswlib-node)", () => {
  const directories: string[] = [];
  afterAll(async () => {
    for (const directory of directories) await rm(directory, { recursive: true, force: true });
  });

  it("builds, saves, loads and searches with the same results", async () => {
    const embeddings = new HashingEmbeddings();
    const store = await VectorStore.build(items, embeddings);
    const directory = await mkdtemp(join(tmpdir(), "vector-store-"));
    directories.push(directory);
    await store.save(directory);
    const loaded = await VectorStore.load(directory, embeddings);
    const hits = await loaded.similaritySearch("co so du lieu dat dai", 2);
    expect(hits[0]?.id).toBe("land");
    expect(hits[0]!.score).toBeGreaterThan(0.8);
    expect(await loaded.similaritySearch("co so du lieu dat dai", 2)).toEqual(await store.similaritySearch("co so du lieu dat dai", 2));
    expect(loaded.size).toBe(4);
  });

  it("filters by id and clamps k to the store size", async () => {
    const store = await VectorStore.build(items, new HashingEmbeddings());
    const hits = await store.similaritySearch("hồ sơ", 10, (id) => id !== "documents");
    expect(hits.map((hit) => hit.id)).not.toContain("documents");
    expect(hits.length).toBe(3);
    expect(hits[0]?.id).toBe("health");
  });

  it("handles an empty store and a missing directory", async () => {
    const directory = await mkdtemp(join(tmpdir(), "vector-store-"));
    directories.push(directory);
    const empty = await VectorStore.build([], new HashingEmbeddings());
    await empty.save(directory);
    expect(await (await VectorStore.load(directory, new HashingEmbeddings())).similaritySearch("x", 3)).toEqual([]);
    await expect(VectorStore.load(join(directory, "missing"), new HashingEmbeddings())).rejects.toThrow(VectorStoreMissingError);
  });
});
