import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../knowledge/answer/find/knowledge-base.js";
import { HashingEmbeddings } from "./embeddings/hashing-embeddings.js";
import { EmbeddingsMismatchError, SearchIndex, buildSearchIndex, fuseRankings } from "./search-index.js";
import { fixtureDocuments, fixtureFile, fixturePassages, fixtureRecords, otherFile, taskRecord } from "./test-fixtures.js";

describe("SearchIndex", () => {
  const directories: string[] = [];
  let index: SearchIndex;
  const freshDir = async () => {
    const directory = await mkdtemp(join(tmpdir(), "search-index-"));
    directories.push(directory);
    return directory;
  };

  let indexDirOf = "";

  beforeAll(async () => {
    const indexDir = await freshDir();
    indexDirOf = indexDir;
    const content = { records: fixtureRecords(), passages: fixturePassages(), documents: fixtureDocuments() };
    await buildSearchIndex(content, new HashingEmbeddings(), indexDir, [{ file: fixtureFile, contentHash: "h", size: 1 }]);
    index = await SearchIndex.load(indexDir, new HashingEmbeddings());
  });
  afterAll(async () => {
    for (const directory of directories) await rm(directory, { recursive: true, force: true });
  });

  it("serves the answering code's KnowledgeBase interface", () => {
    const knowledgeBase: KnowledgeBase = index;
    expect(knowledgeBase.record("t1")?.kind).toBe("task");
    expect(knowledgeBase.passage(index.passages[0]!.id)?.file).toBe(fixtureFile);
    expect(knowledgeBase.documents[0]?.number).toBe("429/KH-UBND");
  });

  it("keeps the rows it read by id, frozen: the same row is given again and no caller can change it", async () => {
    const opened = await SearchIndex.load(indexDirOf, new HashingEmbeddings());
    const record = opened.record("t1");
    expect(record).toBeDefined();
    expect(opened.record("t1")).toBe(record);
    expect(Object.isFrozen(record)).toBe(true);
    expect(() => (record as { owners: string[] }).owners.push("Sở Nội vụ")).toThrow(TypeError);
    expect(opened.record("no such id")).toBeUndefined();
    opened.close();
  });

  it("gives a record by id from the list records once they hold every file: the same frozen object", async () => {
    const opened = await SearchIndex.load(indexDirOf, new HashingEmbeddings());
    const listed = opened.recordsOf({ kinds: ["task"] });
    expect(listed.map((record) => record.id)).toEqual(["t1", "t2", "t3", "t4"]);
    for (const record of listed) expect(opened.record(record.id)).toBe(record);
    expect(opened.record("no such id")).toBeUndefined();
    opened.close();
  });

  it("gives a record by id from its kept file when only some files are kept (decision 031): the same frozen object", async () => {
    const opened = await SearchIndex.load(indexDirOf, new HashingEmbeddings());
    // A list of one agency keeps the file its records are in, and only that one.
    const listed = opened.recordsOf({ kinds: ["task"], agency: { name: "Sở Y tế", roles: ["owner"] } });
    expect(listed.map((record) => record.id)).toEqual(["t2"]);
    expect(opened.record("t2")).toBe(listed[0]);
    expect(opened.record("t1")).toBe(opened.recordsOf({ kinds: ["task"], files: [fixtureFile] })[0]);
    // A record of a file not kept is read from its row, as before.
    const fresh = await SearchIndex.load(indexDirOf, new HashingEmbeddings());
    expect(opened.record("t4")).toEqual(fresh.record("t4"));
    fresh.close();
    opened.close();
  });

  it("finds records from an unaccented question, by title or by owner", async () => {
    const byTitle = await index.searchRecords("co so du lieu dat dai", { limit: 3 });
    expect(byTitle[0]?.id).toBe("t1");
    expect(byTitle[0]?.lexicalRank).toBe(1);
    expect(byTitle[0]?.vectorRank).toBe(1);
    expect(byTitle[1]?.id).toBe("t4");
    const byOwner = await index.searchRecords("Sở Y tế chủ trì những nhiệm vụ nào?", { limit: 2 });
    expect(byOwner[0]?.id).toBe("t2");
  });

  it("restricts hits to the given files", async () => {
    const hits = await index.searchRecords("co so du lieu", { limit: 5, files: [otherFile] });
    expect(hits.map((hit) => hit.id)).toEqual(["t4"]);
    expect((await index.searchRecords("co so du lieu", { limit: 5, files: [] })).length).toBeGreaterThan(1);
  });

  it("finds the passage of the real plan that states a figure", async () => {
    const hits = await index.searchPassages("ty le phu song 5G", { limit: 3 });
    const top = index.passage(hits[0]!.id);
    expect(top?.text).toContain("Tỷ lệ phủ sóng 5G");
  });

  it("fuses ranks reciprocally with k = 60", () => {
    const fused = fuseRankings(
      [
        { id: "a", score: 9 },
        { id: "b", score: 5 },
      ],
      [
        { id: "b", score: 0.9 },
        { id: "c", score: 0.8 },
      ],
    );
    expect(fused.map((hit) => hit.id)).toEqual(["b", "a", "c"]);
    expect(fused[0]?.score).toBeCloseTo(1 / 62 + 1 / 61, 12);
    expect(fused[1]).toMatchObject({ lexicalRank: 1, vectorRank: null, score: 1 / 61 });
    const lexicalOnly = fuseRankings([{ id: "a", score: 1 }], [{ id: "c", score: 1 }], { lexical: 1, vector: 0 });
    expect(lexicalOnly.map((hit) => hit.id)).toEqual(["a", "c"]);
    expect(lexicalOnly[1]?.score).toBe(0);
  });

  it("refuses an index built with another embedding", async () => {
    await expect(SearchIndex.load(directories[0]!, new HashingEmbeddings({ dimensions: 256 }))).rejects.toThrow(
      EmbeddingsMismatchError,
    );
  });

  it("indexes the expanded text when given an expansion", async () => {
    const indexDir = await freshDir();
    const records = [
      taskRecord("abbreviated", fixtureFile, "Chuyển đổi, cập nhật CSDL đất đai từ ViLIS", ["Sở Nông nghiệp và Môi trường"]),
      taskRecord("other", fixtureFile, "Số hóa hồ sơ đất đai", ["Sở Nông nghiệp và Môi trường"]),
    ];
    const expandText = (text: string) => text.replace(/\bCSDL\b/g, "CSDL cơ sở dữ liệu");
    await buildSearchIndex({ records, passages: [], documents: [] }, new HashingEmbeddings(), indexDir, [], { expandText });
    const expanded = await SearchIndex.load(indexDir, new HashingEmbeddings());
    const hits = await expanded.searchRecords("cơ sở dữ liệu đất đai", { limit: 2 });
    expect(hits[0]?.id).toBe("abbreviated");
    expect(expanded.record("abbreviated")?.kind).toBe("task");
  });

  it("builds and loads 5,000 records quickly", async () => {
    const indexDir = await freshDir();
    const titles = fixturePassages().flatMap((passage) => passage.text.split("\n"));
    const records = Array.from({ length: 5000 }, (_, position) =>
      taskRecord(`r${position}`, position % 2 ? fixtureFile : otherFile, titles[position % titles.length]! + ` ${position}`, ["Sở Y tế"]),
    );
    const started = performance.now();
    await buildSearchIndex({ records, passages: [], documents: [] }, new HashingEmbeddings(), indexDir, []);
    const built = performance.now();
    const loaded = await SearchIndex.load(indexDir, new HashingEmbeddings());
    const finished = performance.now();
    const hits = await loaded.searchRecords(titles[7]!, { limit: 5 });
    const searched = performance.now();
    console.log(
      `search index, 5,000 records: build+write ${(built - started).toFixed(0)} ms, load ${(finished - built).toFixed(0)} ms, one query ${(searched - finished).toFixed(1)} ms`,
    );
    expect(loaded.records).toHaveLength(5000);
    expect(hits.length).toBe(5);
    expect(finished - built).toBeLessThan(5000);
  });
});
