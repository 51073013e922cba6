import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { buildIndex } from "./build-index.js";
import { HashingEmbeddings } from "./embeddings/hashing-embeddings.js";
import { builtIndexFiles } from "./index-layout.js";
import { readIndexManifest } from "./index-store.js";
import { blockRowBytes, blockTarget, maxBlockBytes, packBlocks } from "./row-blocks.js";
import { maxLocalPayload } from "./page-packing.js";
import { SearchIndex, buildSearchIndex } from "./search-index.js";
import { fixtureDocuments, fixtureFile, fixturePassages, fixtureRecords, otherFile, taskRecord } from "./test-fixtures.js";
import type { KnowledgeRecord } from "../records/schemas.js";

const manifestFiles = [{ file: fixtureFile, contentHash: "hash-1", size: 100 }];
const open = (indexDir: string) => SearchIndex.load(indexDir, new HashingEmbeddings());

/** Enough task records of one file to fill several blocks. */
function manyRecords(file: string, count: number, prefix: string): KnowledgeRecord[] {
  return Array.from({ length: count }, (_, index) =>
    taskRecord(`${prefix}${index}`, file, `Xây dựng cơ sở dữ liệu chuyên ngành số ${index} về đất đai, dân cư và hạ tầng số của tỉnh`, ["Sở Khoa học và Công nghệ"], index + 1),
  );
}

describe("rows packed in compressed blocks", () => {
  const directories: string[] = [];
  const freshDir = async () => {
    const directory = await mkdtemp(join(tmpdir(), "row-blocks-"));
    directories.push(directory);
    return directory;
  };
  afterAll(async () => {
    for (const directory of directories) await rm(directory, { recursive: true, force: true });
  });

  /** Rows that compress the way documents do: words drawn from a small vocabulary, numbers, some unique text. */
  function documentLikeRows(count: number, seed: number): string[] {
    const words = ["Sở", "Khoa", "học", "Công", "nghệ", "chuyển", "đổi", "số", "dữ", "liệu", "nền", "tảng", "tỉnh", "triển", "khai", "hạ", "tầng", "2025", "Quý", "II"];
    let state = seed;
    const next = () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    return Array.from({ length: count }, (_, index) => {
      const text = Array.from({ length: 20 + Math.floor(next() * 60) }, () => (next() < 0.2 ? Math.floor(next() * 1e6).toString(36) : words[Math.floor(next() * words.length)])).join(" ");
      return JSON.stringify({ id: `r${index}`, kind: "task", text, owners: ["Sở Khoa học và Công nghệ"] });
    });
  }

  it("packs rows in order into blocks that each deflate to about a page, each row its byte range of the inflated block", () => {
    for (const jsons of [documentLikeRows(3_000, 7), documentLikeRows(1_500, 11).map((json) => json.replace(/Sở/g, "Ủy ban"))]) {
      const blocks = packBlocks(jsons);
      expect(blocks.length).toBeGreaterThan(5);
      const read: string[] = [];
      for (const block of blocks) {
        const bytes = inflateRawSync(block.data);
        expect(bytes.length).toBeLessThanOrEqual(maxBlockBytes + 1_000);
        // Its row stays on one leaf page.
        expect(block.data.length + blockRowBytes).toBeLessThanOrEqual(maxLocalPayload());
        expect(bytes.length - (block.rows.at(-1)!.start + block.rows.at(-1)!.length)).toBe(0);
        for (const row of block.rows) read.push(bytes.toString("utf8", row.start, row.start + row.length));
      }
      expect(read).toEqual(jsons);
      // The blocks but the last come near the target (a first block split in two when its guess was wrong).
      const full = blocks.slice(0, -1).map((block) => block.data.length);
      expect(full.reduce((sum, length) => sum + length, 0) / full.length).toBeGreaterThan(blockTarget * 0.9);
    }
    expect(packBlocks([])).toEqual([]);
  });

  it("keeps a row longer than a page whole, in a block of its own", () => {
    const long = JSON.stringify({ id: "long", text: Array.from({ length: 4_000 }, (_, index) => (index * 7_919).toString(36)).join(" ") });
    const blocks = packBlocks([JSON.stringify({ id: "a" }), long, JSON.stringify({ id: "b" })]);
    const holding = blocks.filter((block) => inflateRawSync(block.data).toString("utf8").includes('"long"'));
    expect(holding).toHaveLength(1);
    expect(holding[0]!.rows).toHaveLength(1);
    expect(holding[0]!.data.length).toBeGreaterThan(maxLocalPayload());
  });

  it("reads every row back by id, and a replaced document leaves no block behind; searches score as in a fresh build", async () => {
    const first = { records: [...fixtureRecords(), ...manyRecords(otherFile, 300, "a")], passages: fixturePassages(), documents: fixtureDocuments() };
    // Terms are written from the expanded text (the glossary's abbreviation forms), and taken away the same way.
    const expandText = (text: string) => text.replace(/cơ sở dữ liệu/gi, "$& CSDL");
    const incrementalDir = await freshDir();
    await buildSearchIndex(first, new HashingEmbeddings(), incrementalDir, manifestFiles, { expandText });
    const replacement = manyRecords(otherFile, 200, "b");
    await buildIndex(incrementalDir, new HashingEmbeddings(), { incremental: true, expandText }, async (build) => {
      build.replaceDocument({ file: otherFile, info: null, records: replacement, passages: [] });
      return manifestFiles;
    });
    const final = { ...first, records: [...first.records.filter((record) => record.locator.file !== otherFile), ...replacement] };
    const freshDirectory = await freshDir();
    await buildSearchIndex(final, new HashingEmbeddings(), freshDirectory, manifestFiles, { expandText });

    const incremental = await open(incrementalDir);
    const fresh = await open(freshDirectory);
    for (const record of final.records) expect(incremental.record(record.id)).toEqual(record);
    for (const passage of final.passages) expect(incremental.passage(passage.id)).toEqual(passage);
    expect(incremental.record("a7")).toBeUndefined();
    for (const query of ["cơ sở dữ liệu đất đai", "co so du lieu dan cu 150", "csdl dan cu", "hạ tầng số", "ke hoach chuyen doi so"]) {
      for (const side of ["searchRecords", "searchPassages"] as const) {
        expect(await incremental[side](query, { limit: 20 }), `${side} ${query}`).toEqual(await fresh[side](query, { limit: 20 }));
      }
    }
    incremental.close();
    fresh.close();

    const { folder } = await readIndexManifest(incrementalDir);
    const database = new Database(builtIndexFiles(folder).database, { readonly: true });
    const blocksOf = (file: string) => database.prepare("SELECT count(*) FROM row_blocks WHERE doc = (SELECT rowid FROM files WHERE name = ?)").pluck().get(file);
    expect(blocksOf(otherFile)).toBe(packBlocks(replacement.map((record) => JSON.stringify(record))).length);
    expect(database.prepare("SELECT count(*) FROM row_blocks WHERE rowid NOT IN (SELECT block FROM record_rows UNION SELECT block FROM passage_rows)").pluck().get()).toBe(0);
    database.close();
  });
});
